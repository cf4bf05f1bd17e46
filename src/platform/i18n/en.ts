import type { fr } from "./fr.ts";

/** The platform's English messages: typed against the French ones, so a missing key fails the type-check. */
export const en: Record<keyof typeof fr, string> = {
  "nav.skipToContent": "Skip to content",
  "nav.main": "Main navigation",
  "nav.accountMenu": "Your account",
  "nav.home": "Home",
  "nav.signIn": "Sign in",
  "nav.signUp": "Create an account",
  "nav.signOut": "Sign out",
  "nav.account": "My account",
  "nav.accountOf": "{name}, my account",
  "nav.staff": "Staff area",
  "footer.nav": "Information",
  "footer.legal": "Legal notice",
  "footer.privacy": "Privacy",
  "footer.accessibility": "Accessibility: partially compliant",
  "footer.language": "Language",
  "footer.poweredBy": "Powered by Confiance, free software.",
  "nav.notifications": "Notifications",
  "nav.unread": "unread",
  "nav.news": "News",
  "footer.transparency": "Transparency",
  "footer.newsletter": "Newsletter",
  "footer.contact": "Contact us",
  "footer.cookies": "Manage my cookies",
  "footer.rights": "My data rights",
  "pagination.label": "Pages",
  "pagination.previous": "Previous page",
  "pagination.next": "Next page",
  "pagination.page": "Page {page}",
  "pagination.older": "Older entries",
  "pagination.range": "Showing {from} to {to} of {total}",
  "pagination.total": "{total} in all",

  "role.member": "Member",
  "role.advisor": "Advisor",
  "role.community_manager": "Community manager",
  "role.compliance_officer": "Compliance officer",
  "role.dpo": "Data protection officer",
  "role.administrator": "Administrator",

  "form.required": "(required)",
  "form.errorPrefix": "Error:",
  "form.errorSummary": "There are problems to fix in the form",
  "field.email": "E-mail address",
  "field.displayName": "Display name",
  "field.password": "Password",
  "field.currentPassword": "Current password",
  "field.newPassword": "New password",
  "field.newEmail": "New e-mail address",
  "field.totpCode": "6-digit code or recovery code",

  "password.hint":
    "At least {min} characters. A phrase of several words is safer and easier to remember. Pasting is allowed.",
  "password.tooShort": "The password must be at least 8 characters long.",
  "password.tooLong": "The password cannot be longer than 256 characters.",
  "password.common":
    "This password is one of the most used and would be guessed quickly: choose another one.",
  "password.personal": "The password must not repeat your e-mail address or your name.",

  "staff.secondFactorRequired": "Turn on and enter your second factor before any staff action.",

  "error.backHome": "Back to the home page",
  "error.requestId": "Incident reference to give to support:",
  "error.400.title": "Bad request",
  "error.400.body": "The request could not be understood. Check what you entered and try again.",
  "error.401.title": "Sign-in needed",
  "error.401.body": "Sign in to continue.",
  "error.403.title": "Access denied",
  "error.403.body": "Your account does not have access to this page.",
  "access.emailUnverified":
    "Confirm your e-mail address first: open the link we sent you, or ask for a new one from the sign-in page.",
  "error.csrf.body": "The form has expired or comes from another site. Reload the page and send it again.",
  "error.404.title": "Page not found",
  "error.404.body": "This page does not exist or has moved.",
  "error.413.title": "Too large",
  "error.413.body": "What you sent is too large. Shorten it and try again.",
  "error.controlCharacters.body":
    "What you sent contains an invisible character (a control character) that is not accepted. Type the text again, without pasting it from another program, and retry.",
  "error.414.title": "Address too long",
  "error.414.body":
    "The address of this page is too long. Go back to the home page and browse from the site.",
  "error.431.title": "Request too large",
  "error.431.body":
    "Your browser sent a request that is too large. Go back to the home page and browse from the site.",
  "error.badDate": "This date does not exist. Give a date as YYYY-MM-DD, for example 2026-03-12.",
  "error.415.title": "Format not accepted",
  "error.415.body": "This format is not accepted. Use the form on the page.",
  "error.429.title": "Too many attempts",
  "error.429.body": "You made too many attempts in a short time. Wait a few minutes before trying again.",
  "error.500.title": "Something went wrong",
  "error.500.body":
    "An error on our side stopped the page from showing. Nothing you had saved is lost. Try again in a moment.",
  "error.503.title": "Service briefly unavailable",
  "error.503.body":
    "The service is restarting and will be back in a few moments. Nothing you had saved is lost. Try again in a minute.",

  "mail.greeting": "Hello {name},",
  "mail.linkFallback": "If the button does not work, copy this link into your browser:",
  "personalData.notice.title": "Before publishing, we will hide this personal data:",
  "personalData.kind.iban": "IBAN (account number)",
  "personalData.kind.card": "payment card number",
  "personalData.kind.phone": "phone number",
  "personalData.kind.email": "e-mail address",
  "personalData.kind.nir": "social security number",
  "personalData.mask.iban": "[IBAN hidden]",
  "personalData.mask.card": "[card hidden]",
  "personalData.mask.phone": "[phone hidden]",
  "personalData.mask.email": "[e-mail hidden]",
  "personalData.mask.nir": "[social security no. hidden]",
  "personalData.notice.body":
    'Anyone can read the community: this data would be exposed there. Remove it, or publish as it is: it will be replaced by a "hidden" mark. For your own situation, write to us in a private message instead.',
  "personalData.masked": "Your post is published. The personal data it held was hidden.",
  "publicReply.reason.clientRelationship":
    "This reply confirms that the person is a client (bank secrecy): continue in a private message.",
  "publicReply.reason.accountFact":
    "This reply reveals the state of an account, card, loan or file (bank secrecy): continue in a private message.",
  "publicReply.reason.balance":
    "This reply reveals a balance or an overdraft (bank secrecy): continue in a private message.",
  "publicReply.reason.operation":
    "This reply reveals a transaction, its amount or its date (bank secrecy): continue in a private message.",
  "publicReply.reason.cardOrAccountDigits":
    "This reply quotes digits of a card, account or file (bank secrecy): remove them.",
  "publicReply.reason.creditWithoutWarning":
    "This reply mentions a credit with a rate or an amount: add the legal sentence, in French: « Un crédit vous engage et doit être remboursé. Vérifiez vos capacités de remboursement avant de vous engager. » (A loan is a commitment and must be repaid; check that you can afford the repayments.)",
  "publicReply.reason.personalData":
    "This reply contains personal data (IBAN, card, phone, e-mail, social security number): remove it.",
  "community.mention.label": "Members to mention",
  "cookies.video.frameTitle": "Video:",
  "cookies.video.hint":
    "Video hosted outside this site. To watch it here, allow videos in “Manage my cookies”.",
};
