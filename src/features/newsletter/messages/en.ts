import type { fr } from "./fr.ts";

/** The newsletter's messages (subscription, campaigns and their e-mails), in English: a key missing here fails the type-check. */
export const en: Record<keyof typeof fr, string> = {
  "newsletter.title": "Newsletter",
  "newsletter.intro":
    "About one letter a month: the community's most useful answers, our news and the changes that concern you. Never any partner advertising.",
  "newsletter.email": "Your e-mail address",
  "newsletter.submit": "Subscribe",
  "newsletter.footerEmail": "Your e-mail for the newsletter",
  "newsletter.consent.missing":
    "Tick the box to confirm that you want the newsletter: nothing is ticked for you.",
  "newsletter.notice.title": "Your data",
  "newsletter.notice.link": "How we use your address",
  "newsletter.notice.controller": "Controller: {controller}.",
  "newsletter.notice.purpose": "Purpose: sending you the newsletter, and nothing else.",
  "newsletter.notice.basis":
    "Legal basis: your consent, proven by the confirmation link you follow, and withdrawable at any time.",
  "newsletter.notice.retention":
    "Retention: while you are subscribed, then 3 years after your last action (a click, a sign-up; opening an e-mail does not count). An unconfirmed sign-up is erased after {days} days.",
  "newsletter.notice.recipients":
    "Recipients: the bank's communication team. Data hosted in the European Union, no transfer outside the EU.",
  "newsletter.notice.rights":
    "Your rights: access, rectification, erasure, restriction, objection and portability, from our data protection officer ({contact}). You may also complain to the CNIL.",
  "newsletter.notice.tracking": "No tracking pixel: we do not know whether you open our e-mails.",
  "newsletter.sent.title": "Check your inbox",
  "newsletter.sent.body":
    "If the address is right, a confirmation e-mail is on its way. Your subscription becomes active only once you follow its link.",
  "newsletter.confirm.title": "Confirm your subscription",
  "newsletter.confirm.ask": "Do you confirm you want to receive the newsletter at this address?",
  "newsletter.confirm.submit": "I confirm my subscription",
  "newsletter.confirm.done":
    "Confirmed: you will receive the next issue. Every issue has a link to unsubscribe in one click.",
  "newsletter.confirm.invalid":
    "This link is no longer valid: it was already used or it expired. Subscribe again to get a new one.",
  "newsletter.unsubscribe.title": "Unsubscribe from the newsletter",
  "newsletter.unsubscribe.ask": "You will no longer receive any newsletter at this address.",
  "newsletter.unsubscribe.submit": "Unsubscribe me",
  "newsletter.unsubscribe.done": "Done: you will no longer receive the newsletter. Nothing else is needed.",
  "newsletter.unsubscribe.already":
    "This address is already unsubscribed: it no longer receives the newsletter. Nothing else is needed.",
  "newsletter.unsubscribe.signUpAgain": "Subscribe to the newsletter again",
  "newsletter.resubscribe.title": "Changed your mind?",
  "newsletter.resubscribe.how":
    "We will send a confirmation e-mail to this address: the newsletter resumes only when you click its link.",
  "newsletter.resubscribe.submit": "Receive the newsletter again",
  "mail.newsletterConfirm.subject": "Confirm your subscription to the {bank} newsletter",
  "mail.newsletterConfirm.greeting": "Hello,",
  "mail.newsletterConfirm.body":
    "You asked to receive our newsletter. Confirm it with the button below; the link is valid for {hours} hours.",
  "mail.newsletterConfirm.ignore":
    "If you did not ask for it, ignore this e-mail: nothing will be sent to you.",
  "mail.newsletterConfirm.action": "Confirm my subscription",
  "campaign.list.title": "Newsletters",
  "campaign.list.intro":
    "Write an issue in French, in English or both, send yourself a test, submit it: someone other than its author approves it before it is sent.",
  "campaign.list.empty": "No newsletter yet.",
  "campaign.new": "Write a newsletter",
  "campaign.edit": "Edit the newsletter",
  "campaign.versionFr": "French version",
  "campaign.versionEn": "English version",
  "campaign.subject": "Subject",
  "campaign.body": "Text",
  "campaign.languagesHint":
    "Each version is optional, but one is required. A subscriber whose language has no version receives the other one: a letter written only in French goes out in French to everyone.",
  "campaign.bodyHint":
    'In Markdown: **bold**, *italics*, lists and links. Write the whole letter, greeting included ("Hello,"): the template adds none. It only adds the bank\'s name at the top and, at the bottom, why the reader gets it, the postal address and the unsubscribe link. No tracking image: no open is measured.',
  "campaign.save": "Save the draft",
  "campaign.noVersion": "Write the newsletter in at least one language: French, English or both.",
  "campaign.fr.subject.tooShort": "French version: write a subject of at least 3 characters.",
  "campaign.fr.subject.tooLong": "French version: the subject is too long, 150 characters at most.",
  "campaign.fr.body.missing":
    "French version: write the newsletter's text, or empty the subject too so that it is not sent in French.",
  "campaign.fr.body.tooLong": "French version: the text is too long, 50,000 characters at most.",
  "campaign.en.subject.tooShort": "English version: write a subject of at least 3 characters.",
  "campaign.en.subject.tooLong": "English version: the subject is too long, 150 characters at most.",
  "campaign.en.body.missing":
    "English version: write the newsletter's text, or empty the subject too so that it is not sent in English.",
  "campaign.en.body.tooLong": "English version: the text is too long, 50,000 characters at most.",
  "campaign.missing.fr": "No French version: French-speaking subscribers will receive the English version.",
  "campaign.missing.en": "No English version: English-speaking subscribers will receive the French version.",
  "campaign.locked":
    "This newsletter was submitted: it can no longer change. Send it back to draft to edit it.",
  "campaign.wrongState": "This action is no longer possible: the newsletter changed state meanwhile.",
  "campaign.status.draft": "Draft",
  "campaign.status.awaiting_approval": "Awaiting approval",
  "campaign.status.approved": "Approved, sending scheduled",
  "campaign.status.sending": "Sending",
  "campaign.status.sent": "Sent",
  "campaign.by": "written by {name}",
  "campaign.sendAt": "sending on {date}",
  "campaign.report":
    "Sent: {sent} · waiting: {queued} · failed: {failed} · not sent (unsubscribed meanwhile): {skipped} · addresses that do not exist (removed): {bounced} · unsubscribes since sending: {unsubscribed}.",
  "campaign.test": "Send me a test (each version)",
  "campaign.tested": "The test went to your address: one e-mail per version written.",
  "campaign.submit": "Submit for approval",
  "campaign.submitted": "The newsletter awaits approval by someone else.",
  "campaign.return": "Send back to draft",
  "campaign.returned": "The newsletter is a draft again.",
  "campaign.approve.title": "Approve sending",
  "campaign.approve.when": "Sending date and time (Paris time)",
  "campaign.approve.whenHint": "Leave empty to send now.",
  "campaign.approve.submit": "Approve and schedule sending",
  "campaign.approve.otherPerson":
    "You wrote this newsletter: someone else must approve it (four-eyes principle).",
  "campaign.approved": "The newsletter is approved; it is sent in the background.",
  "campaign.testTag": "TEST",
  "campaign.mail.why":
    "You receive this newsletter because you subscribed and confirmed it. We do not measure whether our e-mails are opened.",
  "campaign.mail.unsubscribe": "Unsubscribe in one click",
  "campaign.summary": "Write, test, have approved and send the newsletter; follow its report.",
  "newsletter.keep.title": "Stay subscribed to the newsletter",
  "newsletter.keep.ask":
    "Would you like to keep receiving our newsletter? Confirm it: your subscription starts again for the period stated in the notice.",
  "newsletter.keep.submit": "I want to stay subscribed",
  "newsletter.keep.done": "Thank you: you stay subscribed.",
  "newsletter.keep.invalid": "This link is not valid or has expired.",
  "mail.repermission.subject": "Would you like to keep receiving {bank}'s newsletter?",
  "mail.repermission.greeting": "Hello,",
  "mail.repermission.body":
    "You subscribe to our newsletter. Without word from you, we will erase your address on {date}, as we promised.",
  "mail.repermission.nothing": "If you no longer wish to receive it, there is nothing to do.",
  "mail.repermission.action": "I want to stay subscribed",
  "campaign.audience": "Recipients",
  "campaign.audienceHint":
    "With no list ticked, the issue goes to every active subscriber; with lists, to their active subscribers. Tags narrow it further: each recipient must have them all.",
  "campaign.listOption": "{name} ({count, plural, one {# contact} other {# contacts}})",
  "campaign.tags": "Required tags",
  "campaign.tagsHint": "Separated by commas, for example: savings, young people.",
  "campaign.clicks":
    "Clicks on its links: {clicks}, by {readers} readers (counted only when click counting is on).",
  "newsletter.notice.clicks":
    "We count clicks on the newsletter's links, through our own site (never opens), to learn what interests you; a click counts as your last action for the retention period.",
};
