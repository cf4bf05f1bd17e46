import type { frEmail } from "./fr-email.ts";

/** The e-mail source's messages (notes under a received e-mail), in English. */
export const enEmail: Record<keyof typeof frEmail, string> = {
  "inbox.email.noText": "(Message without text)",
  "inbox.email.droppedNote": "[Attachment dropped: {filename} — {reason}]",
  "inbox.email.dropped.empty": "empty file",
  "inbox.email.dropped.tooLarge": "over 5 MB",
  "inbox.email.dropped.type": "neither a PDF nor a PNG, JPEG or WebP image, judging by its content",
  "inbox.email.dropped.tooManyPixels": "picture too large to display",
  "inbox.email.dropped.tooMany": "beyond three attachments",
};
