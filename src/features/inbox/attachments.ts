import { imageSize } from "image-size";
import type { MessageKey } from "../../platform/i18n/index.ts";
import type { CheckedAttachment } from "./sources.ts";

/** What a client may attach: a statement (PDF) or a screenshot or photo. Nothing that runs or renders script. */
export const ATTACHMENT_TYPES = ["application/pdf", "image/png", "image/jpeg", "image/webp"] as const;
export const ATTACHMENT_MAX_BYTES = 5 * 1024 * 1024;
export const ATTACHMENTS_PER_MESSAGE = 3;
/** A picture whose declared size would take more than this to decode is refused (a decompression bomb). */
const MAX_PIXELS = 40_000_000;

/** The type written in a file's first bytes, whatever its name or the sender's claim says. */
function typeOfBytes(bytes: Buffer): (typeof ATTACHMENT_TYPES)[number] | undefined {
  if (bytes.subarray(0, 5).toString("latin1") === "%PDF-") return "application/pdf";
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    return "image/png";
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return "image/jpeg";
  if (
    bytes.subarray(0, 4).toString("latin1") === "RIFF" &&
    bytes.subarray(8, 12).toString("latin1") === "WEBP"
  )
    return "image/webp";
  return undefined;
}

/** A file name as it may be shown and offered for download: no path, no control characters, bounded. */
export function safeFilename(name: string): string {
  const base = name.split(/[\\/]/).at(-1) ?? "";
  const cleaned = base
    .replace(/[\p{Cc}\p{Cf}"<>|:*?]/gu, "")
    .trim()
    .slice(0, 120);
  return cleaned === "" || cleaned.startsWith(".") ? `piece-jointe${cleaned}` : cleaned;
}

/**
 * Checks one attached file by its bytes: its real type must be allowed and, for a picture, its
 * declared size decodable. The type kept is the one read from the bytes.
 */
export function checkAttachment(
  filename: string,
  bytes: Buffer,
): { ok: true; attachment: CheckedAttachment } | { ok: false; problem: MessageKey } {
  if (bytes.length === 0) return { ok: false, problem: "inbox.attachment.empty" };
  if (bytes.length > ATTACHMENT_MAX_BYTES) return { ok: false, problem: "inbox.attachment.tooLarge" };
  const mediaType = typeOfBytes(bytes);
  if (!mediaType) return { ok: false, problem: "inbox.attachment.type" };
  if (mediaType !== "application/pdf") {
    try {
      const size = imageSize(bytes);
      if (size.width * size.height > MAX_PIXELS)
        return { ok: false, problem: "inbox.attachment.tooManyPixels" };
    } catch {
      return { ok: false, problem: "inbox.attachment.type" };
    }
  }
  return { ok: true, attachment: { filename: safeFilename(filename), mediaType, content: bytes } };
}
