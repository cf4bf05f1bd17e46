import type { frCore } from "./fr-core.ts";

export const enCore: Record<keyof typeof frCore, string> = {
  "inbox.title": "Inbox",
  "inbox.answer.resolved":
    "This conversation is resolved. Reopen it before answering; your text is kept below.",
  "inbox.answer.notPublic":
    "This conversation is private: the answer cannot be published. Send it privately.",
  "inbox.answer.guarded":
    "This public answer cannot go out as it is (bank secrecy, credit advertising or personal data). Correct it, or continue in private.",
  "inbox.attachment.empty": "This file is empty. Choose the right file.",
  "inbox.attachment.tooLarge":
    "This file is over 5 MB. Send a lighter version (a screenshot is often enough).",
  "inbox.attachment.type":
    "This file is neither a PDF nor a PNG, JPEG or WebP image (its content was checked, not only its name).",
  "inbox.attachment.tooManyPixels": "This image is too large to be shown. Send a smaller screenshot.",
  "inbox.attachment.tooMany": "Three attachments at most per message.",
  "inbox.answer.length": "Write an answer of at most 20,000 characters; your text is kept below.",
  "inbox.conflict":
    "A colleague has just changed this conversation. Reload it to see what they did; your text is kept.",
};
