import type { fr } from "./fr.ts";

/** The accounts' messages (signing up and in, the member's account, its e-mails), in English: a key missing here fails the type-check. */
export const en: Record<keyof typeof fr, string> = {
  "account.email.missing": "Enter your e-mail address.",
  "account.email.tooLong": "The e-mail address cannot be longer than 254 characters.",
  "account.email.disposable":
    "Disposable addresses are not accepted: use an address you keep, so that our answers reach you.",
  "account.email.malformed": "Enter a complete e-mail address, for example name@example.com.",
  "account.email.same": "This is already your current address.",
  "account.displayName.missing": "Enter the name to display.",
  "account.displayName.tooShort": "The display name must be at least 2 characters long.",
  "account.displayName.tooLong": "The display name cannot be longer than 40 characters.",
  "account.displayName.reserved":
    "This name could make people think you speak for the bank (words such as “advisor”, “support”, “official” or the bank's name): choose another one. The bank's team carries a badge nobody can copy.",
  "account.displayName.personalData":
    "Your name is shown on your posts: do not put a phone number, an e-mail address or an account number in it.",
  "account.displayName.invalidCharacters":
    "The display name contains invisible or control characters: remove them.",
  "account.displayName.notAName":
    "The display name starts with a letter or a digit and holds only letters, digits, spaces and the signs . , ' ’ - _ & ( ): remove any other sign.",
  "account.password.wrong": "The password is not correct.",
  "signUp.title": "Create an account",
  "signUp.intro":
    "An account lets you ask questions, answer and manage your preferences. It is free and you can delete it at any time.",
  "signUp.displayNameHint": "Visible to everyone. Avoid your full name if you prefer to stay discreet.",
  "signUp.submit": "Create my account",
  "signUp.haveAccount": "Already have an account?",
  "signUp.checkEmail.title": "Check your inbox",
  "signUp.checkEmail.body":
    "If this address can be used, we have just sent a link to it. Open it to activate your account. The link is valid for 48 hours.",
  "verify.ok": "Your e-mail address is confirmed",
  "link.expired": "This link is no longer valid",
  "link.expiredHelp":
    "It has already been used or it has expired. You can ask for a new one from the sign-in page.",
  "signIn.title": "Sign in",
  "signIn.submit": "Sign in",
  "signIn.forgot": "Forgot your password?",
  "signIn.noAccount": "No account yet?",
  "signIn.invalid": "Incorrect e-mail address or password.",
  "signIn.unverified":
    "Your e-mail address is not confirmed yet. Open the link we sent you, or ask for a new one.",
  "signIn.resend": "Send the confirmation link again",
  "signIn.deactivated": "This account is deactivated. Contact the bank if you think this is a mistake.",
  "signIn.staffTitle": "Bank staff",
  "signIn.withProvider": "Sign in with {provider}",
  "signIn.providerUnavailable": "The bank's identity service is not answering. Try again in a few minutes.",
  "signIn.providerFailed":
    "Signing in through the identity service did not succeed. Start again from the sign-in page.",
  "signIn.providerNoEmail":
    "The identity service did not send a verified e-mail address: the account cannot be linked.",
  "signOut.done": "You are signed out.",
  "secondFactor.title": "Second factor",
  "secondFactor.intro": "Enter the 6-digit code shown by your authenticator app.",
  "secondFactor.hint": "Without your phone, use one of your recovery codes.",
  "secondFactor.submit": "Confirm",
  "secondFactor.invalid": "This code is not valid. Check your phone's clock and enter the code shown now.",
  "secondFactor.locked":
    "Too many wrong codes were entered for this account: for safety, the second factor is locked for 15 minutes. The account holder has been told by e-mail.",
  "reset.title": "Forgotten password",
  "reset.intro": "Enter your account's address: we will send you a link to choose a new password.",
  "reset.submit": "Send the link",
  "reset.sent.title": "Link sent",
  "reset.sent.body":
    "If an account uses this address, a link has just been sent to it. It is valid for one hour.",
  "reset.newTitle": "Choose a new password",
  "reset.save": "Save the password",
  "reset.done": "Your password is changed. Sign in with the new one.",
  "account.title": "My account",
  "account.nav.label": "Account sections",
  "account.nav.overview": "Profile",
  "account.nav.security": "Security",
  "account.nav.sessions": "Signed-in devices",
  "account.nav.delete": "Delete the account",
  "account.profile": "Profile",
  "account.role": "Role",
  "account.memberSince": "Member since",
  "account.password.title": "Change password",
  "account.password.submit": "Change the password",
  "account.password.changed": "Your password is changed. Your other devices have been signed out.",
  "account.email.title": "Change e-mail address",
  "account.email.intro": "We will send a confirmation link to the new address and let the old one know.",
  "account.email.submit": "Change the address",
  "account.email.sent.title": "Confirm the new address",
  "account.email.sent.body":
    "A confirmation link has just been sent to the new address, if it can be used. The change takes effect when you open it.",
  "account.email.changed": "Your new e-mail address is saved",
  "account.delete.title": "Delete my account",
  "account.delete.intro":
    "Your account, your preferences and your sessions will be deleted. This cannot be undone.",
  "account.delete.confirmLabel": "I understand that deletion cannot be undone.",
  "account.delete.confirmMissing": "Tick the box to confirm the deletion.",
  "account.delete.lastAdministrator":
    "You are the last administrator: appoint another one before deleting your account.",
  "account.delete.submit": "Delete my account for good",
  "account.deleted.title": "Your account is deleted",
  "account.deleted.body": "Thank you for taking part. An e-mail confirms the deletion.",
  "sessions.title": "Signed-in devices",
  "sessions.intro":
    "These are the devices where your account is open. Sign out the ones you do not recognise.",
  "sessions.device": "Device",
  "sessions.network": "Network",
  "sessions.started": "Signed in on",
  "sessions.lastSeen": "Last activity",
  "sessions.action": "Action",
  "sessions.current": "this device",
  "sessions.unknownDevice": "Unknown device",
  "sessions.revoke": "Sign out",
  "sessions.revokeAll": "Sign out everywhere",
  "sessions.revoked": "The device has been signed out.",
  "sessions.allRevoked": "You are signed out of all your devices.",
  "security.title": "Account security",
  "security.totp.title": "Authenticator app",
  "security.totp.enabled": "The second factor is on: it is asked at every sign-in.",
  "security.staffMustEnrol":
    "Your role at the bank requires a second factor. Turn it on to reach the staff area.",
  "security.step.install":
    "Install an authenticator app (for example FreeOTP, Aegis or the one on your phone).",
  "security.step.scan": "Scan this QR code with the app, or type the key by hand.",
  "security.step.confirm": "Enter the 6-digit code the app shows.",
  "security.qrLabel": "QR code to scan with your authenticator app",
  "security.manualKey": "Key to type by hand:",
  "security.confirm": "Turn on the second factor",
  "security.enrolled": "The second factor is on.",
  "security.codes.title": "Your recovery codes",
  "security.codes.intro":
    "Each code works once if you no longer have your phone. Write them down now and keep them safe: they will not be shown again.",
  "security.codes.remaining": "Recovery codes still available: {count}.",
  "mail.verify.subject": "Confirm your e-mail address for {bank}",
  "mail.verify.body": "Thank you for creating your account. To activate it, confirm your e-mail address.",
  "mail.verify.action": "Confirm my address",
  "mail.verify.footnote":
    "The link is valid for 48 hours. If you did not create an account, ignore this message.",
  "mail.alreadyRegistered.subject": "Sign-up attempt with your address",
  "mail.alreadyRegistered.body":
    "Someone (maybe you) tried to create an account with this address, which already has one. If you forgot your password, you can choose a new one.",
  "mail.alreadyRegistered.action": "Choose a new password",
  "mail.reset.subject": "Your new password",
  "mail.reset.body":
    "You asked to change your password. The link below is valid for one hour and works only once.",
  "mail.reset.action": "Choose a new password",
  "mail.changeEmail.subject": "Confirm your new e-mail address",
  "mail.changeEmail.body":
    "You asked to use this address for your account. Confirm it for the change to take effect.",
  "mail.changeEmail.action": "Confirm this address",
  "mail.changeEmailNotice.subject": "Your e-mail address has changed",
  "mail.changeEmailNotice.body":
    "Your account's address is now {email}. This message is sent to your old address for security.",
  "mail.passwordChanged.subject": "Your password has changed",
  "mail.passwordChanged.body": "The password of your account has just been changed.",
  "mail.secondFactorLocked.subject": "Someone is trying to get into your account",
  "mail.secondFactorLocked.body":
    "Your password was entered correctly, then several wrong second-factor codes. For safety, your account's second factor is locked until {time}.",
  "mail.secondFactorLocked.advice": "If this was not you, someone else knows your password: change it now.",
  "mail.secondFactorLocked.action": "Change my password",
  "mail.deleted.subject": "Your account is deleted",
  "mail.deleted.body":
    "Your account has been deleted at your request. We will not send you any more messages about it.",
  "account.nav.messages": "My messages",
  "account.nav.reviews": "My reviews",
  "account.nav.notifications": "Notifications",
  "account.nav.bookmarks": "Bookmarks",
  "account.publicProfile": "See my public profile",
  "account.displayName.title": "Display name",
  "account.displayName.submit": "Change name",
  "account.displayName.changed": "Your display name was changed. It shows on all your posts.",
  "signIn.suspended":
    "Moderation has suspended this account for a limited time. The decision and how to appeal it were sent to you by e-mail.",
  "account.nav.moderation": "My moderation",
  "mail.deleted.kept": "Kept, as the law requires:",
  "account.nav.data": "My data",
  "account.delete.withdrawLabel":
    "Also withdraw my public posts (otherwise they stay readable, signed “Former member”; a topic others replied to stays for their replies, under a neutral title).",
  "mail.ignoreIfNotYou": "If you did not ask for this, ignore this message: nothing will change.",
  "mail.contactIfNotYou":
    "If you did not make this change, change your password and contact the bank straight away.",
};
