import type { frMember } from "./fr-member.ts";

export const enMember: Record<keyof typeof frMember, string> = {
  "inbox.member.title": "My messages",
  "inbox.member.intro":
    "Your private exchanges with the bank's advisors. Only you and the advisors handling your request read them.",
  "inbox.member.write": "Write to the bank",
  "inbox.member.none": "You have not written to the bank yet.",
  "inbox.member.status.with_bank": "Being handled by the bank",
  "inbox.member.status.answered": "The bank has answered you",
  "inbox.member.status.closed": "Closed",
  "inbox.member.unreadAnswers": "{count, plural, one {# new answer} other {# new answers}}",
  "inbox.member.lastFromBank": "The bank:",
  "inbox.member.lastFromYou": "You:",
  "inbox.member.messages": "Messages of the conversation",
  "inbox.member.you": "You",
  "inbox.member.new.title": "Write to the bank",
  "inbox.member.new.intro":
    "Ask your question or describe your difficulty: an advisor answers you here, and you receive an e-mail as soon as an answer is waiting.",
  "inbox.member.new.submit": "Send my message",
  "inbox.member.field.subject": "Subject",
  "inbox.member.field.body": "Your message",
  "inbox.member.field.bodyHint":
    "Never write your password or a code received by text message: the bank will never ask for them.",
  "inbox.member.attachments": "Attachments",
  "inbox.member.attachmentsHint":
    "Optional: {count} files at most, PDF, PNG, JPEG or WebP, {size} MB each at most.",
  "inbox.member.attachmentN": "File {n}",
  "inbox.member.fileSize": "{size} KB",
  "inbox.member.reply.title": "Reply",
  "inbox.member.reply.reopens": "This exchange is closed; if you reply, it will be reopened.",
  "inbox.member.reply.submit": "Send my reply",
  "inbox.member.sent": "Your message is sent. An advisor will answer you here.",
  "inbox.member.subject.missing": "Subject: give your message a subject.",
  "inbox.member.subject.tooLong": "Subject: 200 characters at most.",
  "inbox.member.body.missing": "Message: write your message.",
  "inbox.member.body.tooLong": "Message: 10,000 characters at most.",
  "inbox.member.mail.answer.subject": "{bank} has answered your message",
  "inbox.member.mail.answer.body":
    'An advisor has answered your message. To read it, sign in to your "My messages" space.',
  "inbox.member.mail.answer.secrecy":
    "Out of respect for banking secrecy, the answer is not copied into this e-mail.",
  "inbox.member.mail.answer.action": "Read the answer",
  "inbox.contact.title": "Contact us",
  "inbox.contact.intro":
    "Write to the bank: an advisor answers you by e-mail. For your message to reach us, you will first confirm your address with the link we send you.",
  "inbox.contact.members": "Do you have an account? Write instead from",
  "inbox.contact.field.name": "Your name",
  "inbox.contact.field.email": "Your e-mail address",
  "inbox.contact.field.emailHint": "The answer will be sent to this address.",
  "inbox.contact.privacy":
    'Your name, address and message are used only to answer you. They are kept 3 years after our last exchange, 5 years if it is a complaint (see "Privacy").',
  "inbox.contact.submit": "Send",
  "inbox.contact.confirm": "Confirm and send my message",
  "inbox.contact.renew": "Get a new link",
  "inbox.contact.name.missing": "Name: give your name.",
  "inbox.contact.name.tooLong": "Name: 80 characters at most.",
  "inbox.contact.state.sent.title": "Confirm your address",
  "inbox.contact.state.sent.body":
    "We have sent you an e-mail. Open the link it holds (valid 48 hours): your message will then go to an advisor.",
  "inbox.contact.state.valid.title": "Confirm sending your message",
  "inbox.contact.state.valid.body":
    "Press the button to confirm your address: your message will go to an advisor.",
  "inbox.contact.state.received.title": "Your message has been passed on",
  "inbox.contact.state.received.body":
    "Thank you. An advisor will answer you by e-mail, at the address you confirmed.",
  "inbox.contact.state.confirmed.title": "Message already passed on",
  "inbox.contact.state.confirmed.body":
    "This link has been used already: your message reached the bank, once. An advisor will answer you by e-mail.",
  "inbox.contact.state.expired.title": "This link has expired",
  "inbox.contact.state.expired.body":
    "The link was valid for 48 hours only. Your message is kept: ask for a new link to pass it on.",
  "inbox.contact.state.renewed.title": "New link sent",
  "inbox.contact.state.renewed.body":
    "A new link is waiting in your e-mail, valid 48 hours. Your message is kept as you wrote it.",
  "inbox.contact.state.unknown.title": "Unknown link",
  "inbox.contact.state.unknown.body":
    "This link matches no message, or a newer link replaced it. Open the latest e-mail you received, or write to us again.",
  "inbox.contact.mail.confirm.subject": "Confirm your message to {bank}",
  "inbox.contact.mail.confirm.body":
    "You wrote to us from the contact form. Confirm your address within {hours} hours for your message to go to an advisor.",
  "inbox.contact.mail.confirm.action": "Confirm my message",
  "inbox.contact.mail.confirm.ignore":
    "If you did not write anything, ignore this e-mail: without confirmation, the message is not passed on.",
  "inbox.erased.name": "Erased person",
  "inbox.erased.text": "[Erased at the person's request]",
} as const;
