import { createHash } from "node:crypto";
import { type AddressObject, simpleParser } from "mailparser";
import type { MessageKey } from "../../../../platform/i18n/index.ts";
import { ATTACHMENTS_PER_MESSAGE, checkAttachment, safeFilename } from "../../attachments.ts";
import type { CheckedAttachment } from "../../sources.ts";
import { conversationSubject, messageIdsIn, type SenderChecks, senderChecks } from "./headers.ts";
import { MIME_LIMITS, mimeShape, shapeProblem } from "./mime-shape.ts";
import { newText } from "./new-text.ts";

/** An e-mail as the inbox keeps it: its text, never its HTML; only attachments whose bytes pass. */
export interface ReadMail {
  /** Its Message-ID, or one made from its bytes when it has none (the same mail twice, the same id). */
  messageId: string;
  generatedMessageId: boolean;
  /** In-Reply-To then References, the ids it answers. */
  answers: string[];
  inReplyTo: string | null;
  references: string[];
  /** The X-Confiance-Thread header our own e-mails carry, if the reply kept it. */
  thread: string | undefined;
  subject: string;
  originalSubject: string;
  from: { email: string; name: string };
  replyTo: string | null;
  date: Date | null;
  text: string;
  attachments: CheckedAttachment[];
  dropped: { filename: string; problem: MessageKey }[];
  checks: SenderChecks;
}

export type Refusal = "parts" | "depth" | "header" | "malformed" | "no_sender";

/** Longest text kept of one e-mail (the inbox keeps at most 100,000 characters a message). */
const TEXT_MAX = 90_000;

/** Characters a database text or a screen must not get: controls other than tab and line feed, NUL first. */
function cleaned(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/(?![\t\n])\p{Cc}/gu, "")
    .trim();
}

function firstAddress(field: AddressObject | AddressObject[] | undefined) {
  const list = Array.isArray(field) ? field.flatMap((f) => f.value) : (field?.value ?? []);
  return list.find((a) => a.address && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(a.address));
}

/**
 * Reads a raw e-mail within limits: a MIME bomb (too many parts, nested too deep, a header block
 * too large) is refused before parsing; a message the parser cannot read is refused; a sender
 * without an address is refused. Text comes from the plain part, else from the HTML turned into
 * text (never kept as HTML); each attachment is kept only if its bytes are an allowed type, at
 * most three, the others listed as dropped.
 */
export async function readMail(
  raw: Buffer,
  options: { authservId?: string | undefined },
): Promise<{ ok: true; mail: ReadMail } | { ok: false; refusal: Refusal }> {
  const problem = shapeProblem(mimeShape(raw));
  if (problem) return { ok: false, refusal: problem };
  let parsed: Awaited<ReturnType<typeof simpleParser>>;
  try {
    parsed = await simpleParser(raw, {
      maxHeadSize: MIME_LIMITS.headerBytes,
      maxChildNodes: MIME_LIMITS.parts,
      maxHtmlLengthToParse: 2 * 1024 * 1024,
      keepCidLinks: true,
      skipImageLinks: true,
      skipTextToHtml: true,
      skipTextLinks: true,
      checksumAlgo: false,
    });
  } catch {
    return { ok: false, refusal: "malformed" };
  }
  const sender = firstAddress(parsed.from);
  if (!sender?.address) return { ok: false, refusal: "no_sender" };
  const [own] = messageIdsIn(parsed.messageId);
  const inReplyTo = messageIdsIn(parsed.inReplyTo)[0] ?? null;
  const references = messageIdsIn(parsed.references).slice(-50);
  const thread = parsed.headers.get("x-confiance-thread");

  const attachments: CheckedAttachment[] = [];
  const dropped: ReadMail["dropped"] = [];
  for (const file of parsed.attachments) {
    const filename = safeFilename(file.filename ?? "");
    if (attachments.length >= ATTACHMENTS_PER_MESSAGE) {
      dropped.push({ filename, problem: "inbox.attachment.tooMany" });
      continue;
    }
    const checked = checkAttachment(filename, file.content);
    if (checked.ok) attachments.push(checked.attachment);
    else dropped.push({ filename, problem: checked.problem });
  }

  const headerLines = parsed.headerLines.map((h) => ({
    key: h.key,
    value: h.line.slice(h.line.indexOf(":") + 1).replace(/\r?\n[ \t]+/g, " "),
  }));
  const originalSubject = cleaned(parsed.subject ?? "").slice(0, 1000);
  return {
    ok: true,
    mail: {
      messageId: own ?? `<${createHash("sha256").update(raw).digest("hex")}@sans-message-id.invalid>`,
      generatedMessageId: own === undefined,
      answers: [...(inReplyTo ? [inReplyTo] : []), ...[...references].reverse()],
      inReplyTo,
      references,
      thread: typeof thread === "string" ? thread.slice(0, 500) : undefined,
      subject: conversationSubject(originalSubject).slice(0, 300),
      originalSubject,
      from: {
        email: sender.address.toLowerCase(),
        name: cleaned(sender.name || sender.address.split("@")[0]!).slice(0, 120),
      },
      replyTo: firstAddress(parsed.replyTo)?.address ?? null,
      date: parsed.date && !Number.isNaN(parsed.date.getTime()) ? parsed.date : null,
      text: newText(cleaned(parsed.text ?? "")).slice(0, TEXT_MAX),
      attachments,
      dropped,
      checks: senderChecks(headerLines, options.authservId),
    },
  };
}
