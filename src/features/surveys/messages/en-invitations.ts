import type { frInvitations } from "./fr-invitations.ts";

export const enInvitations: Record<keyof typeof frInvitations, string> = {
  "surveys.invitations.mail.invitation.subject": "Your opinion matters: {title}",
  "surveys.invitations.mail.invitation.text":
    "{bank} invites you to answer the survey “{title}”. It takes only a few minutes, and any optional question can be left out.",
  "surveys.invitations.mail.reminder.subject": "Reminder: {title}",
  "surveys.invitations.mail.reminder.text":
    "You have not answered {bank}'s survey “{title}” yet. There is still time: this message is the only reminder.",
  "surveys.invitations.mail.greeting": "Hello,",
  "surveys.invitations.mail.mode.anonymous":
    "Your answers are anonymous: nothing ties them to your name or your address, and only the day you answer is kept.",
  "surveys.invitations.mail.mode.identified":
    "This survey is not anonymous: your answers will be tied to your account.",
  "surveys.invitations.mail.action": "Answer the survey",
  "surveys.invitations.mail.footnote": "This link is yours and serves one answer, until {date}.",
  "surveys.invitations.mail.optOut": "Stop receiving invitations to our surveys",
  "surveys.invitations.optOut.title": "Invitations to our surveys",
  "surveys.invitations.optOut.ask":
    "You will no longer receive any invitation to answer our surveys at {email}.",
  "surveys.invitations.optOut.confirm": "Stop the invitations",
  "surveys.invitations.optOut.done":
    "Noted: {email} will no longer receive invitations to our surveys. Your choice is written in our register of consents.",
  "surveys.invitations.optOut.invalid":
    "This link names no address: your mail program may have cut it. Open it again from the e-mail.",
  "surveys.invitations.link.title": "Survey: {title}",
  "surveys.invitations.link.wave": "Wave “{label}”, open until {date}.",
  "surveys.invitations.link.once":
    "This invitation serves one answer; it keeps only that you answered, never what you answered. You can stop half-way: your answers are kept, and this link brings you back where you were.",
  "surveys.invitations.link.start": "Answer the survey",
  "surveys.invitations.link.home": "Go to the home page",
  "surveys.invitations.link.tampered.title": "Link altered or incomplete",
  "surveys.invitations.link.tampered.text":
    "This link is not the one we sent: your mail program may have cut it in two, or it was changed. Open it again from the e-mail, or copy all of it into the address bar.",
  "surveys.invitations.link.unknown.title": "Invitation not found",
  "surveys.invitations.link.unknown.text":
    "This invitation no longer exists: it may have been erased with your data. Nothing was recorded.",
  "surveys.invitations.link.answered.title": "You have already answered",
  "surveys.invitations.link.answered.text":
    "This invitation has already been used: your answer is recorded, and an invitation serves one answer only. Thank you for taking part.",
  "surveys.invitations.link.closed.title": "Survey closed",
  "surveys.invitations.link.closed.text":
    "This survey took answers until {date}: it is closed, and nothing more can be added to it. Thank you for your interest.",
  "surveys.invitations.link.staff.title": "For the people the bank asks",
  "surveys.invitations.link.staff.text":
    "This link leads to an account of the bank's team, or you are signed in with one: its members do not answer the bank's surveys.",
  "surveys.invitations.link.scheduled.title": "Survey not open yet",
  "surveys.invitations.link.scheduled.text":
    "This survey opens on {date}. Come back from that day with the same link: it will still work.",
  "surveys.invitations.column": "Invitations",
  "surveys.invitations.link": "Invite to “{label}”",
  "surveys.invitations.page.back": "Back to the survey “{title}”",
  "surveys.invitations.page.title": "Sending the wave “{label}”",
  "surveys.invitations.page.wave": "Survey “{title}”, open from {from} to {to}. Mode: {mode}.",
  "surveys.invitations.send.title": "Invite by e-mail",
  "surveys.invitations.send.intro":
    "Each person receives a personal single-use link. People who objected to our messages (unsubscribed, objected, restricted, failing address) receive nothing, nor do those already invited to this wave.",
  "surveys.invitations.audience": "Whom to write to",
  "surveys.invitations.contacts": "Contacts from the file, chosen by lists and tags",
  "surveys.invitations.lists": "Lists (none ticked: every list)",
  "surveys.invitations.tags": "Tags",
  "surveys.invitations.tagsHint":
    "Separated by commas: only contacts carrying all of them are invited. Empty: any.",
  "surveys.invitations.members": "Every member whose address is verified",
  "surveys.invitations.reminderDays": "Reminder, in days after sending",
  "surveys.invitations.reminderDaysHint":
    "One reminder only, to those who have not answered, before the wave closes. Empty: no reminder.",
  "surveys.invitations.sendButton": "Send the invitations",
  "surveys.invitations.sent":
    "Invitations sent: the table of sendings says how many people were invited and how many were left out for objecting.",
  "surveys.invitations.waveUnknown": "This wave does not exist.",
  "surveys.invitations.waveClosed": "This wave is closed: nobody can be invited to it any more.",
  "surveys.invitations.audienceMissing": "Choose whom to write to: contacts, members, or both.",
  "surveys.invitations.reminderDaysInvalid": "The reminder counts in days, 1 to 60; leave it empty for none.",
  "surveys.invitations.reminderAfterClosing":
    "The reminder would fall after the wave closes: choose fewer days.",
  "surveys.invitations.history": "Sendings of this wave",
  "surveys.invitations.history.none": "No invitation sent for this wave.",
  "surveys.invitations.history.sentAt": "Sent on",
  "surveys.invitations.history.invited": "Invited",
  "surveys.invitations.history.objected": "Left out (objection)",
  "surveys.invitations.history.answered": "Answered",
  "surveys.invitations.history.reminder": "Reminder",
  "surveys.invitations.history.reminderNone": "none",
  "surveys.invitations.history.reminderPlanned": "planned for {date}",
  "surveys.invitations.history.reminderSent":
    "sent on {date} ({count, plural, one {# person} other {# people}})",
  "surveys.invitations.inPage.title": "Invitation on the site",
  "surveys.invitations.inPage.intro":
    "Signed-in members see an invitation to answer at the top of pages, once per wave: it goes away when they answer or decline.",
  "surveys.invitations.inPage.on": "The invitation is shown to signed-in members.",
  "surveys.invitations.inPage.off": "The invitation is not shown.",
  "surveys.invitations.inPage.start": "Show the invitation to members",
  "surveys.invitations.inPage.stop": "Stop showing the invitation",
  "surveys.invitations.inPage.started": "The invitation is shown to signed-in members.",
  "surveys.invitations.inPage.stopped": "The invitation is no longer shown.",
  "surveys.invitations.banner.label": "Survey",
  "surveys.invitations.banner.title": "Your opinion matters: {title}",
  "surveys.invitations.banner.text.anonymous":
    "A few minutes, and your answers stay anonymous. Open until {date}.",
  "surveys.invitations.banner.text.identified":
    "A few minutes; your answers will be tied to your account. Open until {date}.",
  "surveys.invitations.banner.answer": "Answer",
  "surveys.invitations.banner.resume": "Resume my answers",
  "surveys.invitations.banner.dismiss": "No thanks",
  "surveys.invitations.banner.dismissed": "Noted: this survey will not be offered to you again.",
  "surveys.invitations.banner.gone": "This survey is no longer offered to you.",
  "audit.surveys.invitations_sent": "Survey invitations sent",
  "audit.surveys.in_page_started": "Survey invitation shown on the site",
  "audit.surveys.in_page_stopped": "Survey invitation taken off the site",
};
