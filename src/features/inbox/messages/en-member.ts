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
} as const;
