import type { frSatisfaction } from "./fr-satisfaction.ts";

export const enSatisfaction: Record<keyof typeof frSatisfaction, string> = {
  "inbox.satisfaction.mail.subject": "Your opinion of our answer",
  "inbox.satisfaction.mail.greeting": "Hello {name},",
  "inbox.satisfaction.mail.resolved": "Your request “{subject}” is now resolved.",
  "inbox.satisfaction.mail.question":
    "Just one question: are you satisfied with our answer? Your opinion helps us answer you better.",
  "inbox.satisfaction.mail.action": "Give my opinion",
  "inbox.satisfaction.mail.footnote":
    "This link works once and for {days} days. You may also ignore this message.",
  "inbox.satisfaction.title": "Your opinion of our answer",
  "inbox.satisfaction.intro": "Just one question, and a comment if you wish.",
  "inbox.satisfaction.question": "Are you satisfied with the answer you received?",
  "inbox.satisfaction.rating.5": "5 — Very satisfied",
  "inbox.satisfaction.rating.4": "4 — Satisfied",
  "inbox.satisfaction.rating.3": "3 — Neither satisfied nor dissatisfied",
  "inbox.satisfaction.rating.2": "2 — Dissatisfied",
  "inbox.satisfaction.rating.1": "1 — Very dissatisfied",
  "inbox.satisfaction.comment": "Comment (optional)",
  "inbox.satisfaction.commentHint": "{max} characters at most. Do not write an account or card number in it.",
  "inbox.satisfaction.send": "Send my opinion",
  "inbox.satisfaction.ratingMissing": "Choose a rating from 1 to 5.",
  "inbox.satisfaction.commentTooLong": "Your comment is over 2,000 characters: shorten it.",
  "inbox.satisfaction.thanks.title": "Thank you for your opinion",
  "inbox.satisfaction.thanks.text": "Your answer is recorded. It helps us improve our answers.",
  "inbox.satisfaction.answered.title": "Opinion already given",
  "inbox.satisfaction.answered.text":
    "This link has already been used: your opinion is recorded, and it can be given only once.",
  "inbox.satisfaction.expired.title": "Link expired",
  "inbox.satisfaction.expired.text":
    "This link is no longer valid: it worked for 30 days after your request was resolved.",
  "inbox.satisfaction.unknown.title": "Unknown link",
  "inbox.satisfaction.unknown.text":
    "This link matches no survey. Check that it is complete (your mail program may have cut it in two).",
  "inbox.satisfaction.home": "Go to the home page",
};
