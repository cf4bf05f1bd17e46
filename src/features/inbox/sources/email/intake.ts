import { eq } from "drizzle-orm";
import type { AppContext } from "../../../../platform/context.ts";
import { i18nFor, type MessageKey } from "../../../../platform/i18n/index.ts";
import { receive } from "../../receive.ts";
import { conversationForReply } from "../../replies.ts";
import { messages } from "../../schema.ts";
import { type ReadMail, readMail } from "./read-mail.ts";

/** What the listener answers the relay (RFC 5321 code, RFC 3463 enhanced status, text). */
export interface SmtpAnswer {
  code: number;
  message: string;
}

const REFUSALS: Record<string, SmtpAnswer> = {
  parts: { code: 554, message: "5.6.0 Too many MIME parts: message refused" },
  depth: { code: 554, message: "5.6.0 MIME parts nested too deep: message refused" },
  header: { code: 552, message: "5.3.4 Header too large: message refused" },
  malformed: { code: 554, message: "5.6.0 Malformed message: refused" },
  no_sender: { code: 550, message: "5.1.7 No sender address in From: message refused" },
};

/** Why an attachment was dropped, as the advisor reads it under the message. */
const DROPPED: Partial<Record<MessageKey, MessageKey>> = {
  "inbox.attachment.empty": "inbox.email.dropped.empty",
  "inbox.attachment.tooLarge": "inbox.email.dropped.tooLarge",
  "inbox.attachment.type": "inbox.email.dropped.type",
  "inbox.attachment.tooManyPixels": "inbox.email.dropped.tooManyPixels",
  "inbox.attachment.tooMany": "inbox.email.dropped.tooMany",
};

/** The most one message holds (inbox_messages_body_length). */
const MESSAGE_MAX = 100_000;

/** The relay says the sender is not who From says: DMARC failed, or SPF failed without a passing DKIM signature. */
function unauthenticated(checks: ReadMail["checks"]): boolean {
  return (
    checks.dmarc === "fail" ||
    ((checks.spf === "fail" || checks.spf === "softfail") && checks.dkim !== "pass")
  );
}

/** The text kept: the client's words, then a note for each attachment that was not kept. */
function body(ctx: AppContext, mail: ReadMail): string {
  const { t } = i18nFor(ctx.config.defaultLocale);
  const notes = mail.dropped.map((d) =>
    t("inbox.email.droppedNote", {
      filename: d.filename,
      reason: t(DROPPED[d.problem] ?? "inbox.email.dropped.type"),
    }),
  );
  // Within what a message may hold, however many attachments were dropped (a note each).
  return [mail.text || t("inbox.email.noText"), ...notes].join("\n\n").slice(0, MESSAGE_MAX);
}

/** Headers worth keeping with the message, for threading and for the advisor's eyes. */
function emailHeaders(mail: ReadMail, recipients: readonly string[]): Record<string, unknown> {
  return {
    messageId: mail.messageId,
    ...(mail.generatedMessageId ? { generatedMessageId: true } : {}),
    inReplyTo: mail.inReplyTo,
    references: mail.references,
    from: mail.from.email,
    replyTo: mail.replyTo,
    to: recipients,
    subject: mail.originalSubject,
    date: mail.date?.toISOString() ?? null,
    authentication: mail.checks,
    droppedAttachments: mail.dropped,
  };
}

/**
 * Takes one e-mail the listener accepted: reads it within limits, finds the conversation it
 * answers (by the ids it refers to, for the same sender) or opens one named by its own
 * Message-ID, and hands it to the inbox's `receive`. The same Message-ID twice is kept once.
 * The answer is for the relay: 250 only once the message is committed, so a failure is a 451
 * the relay retries.
 */
export async function takeMail(
  ctx: AppContext,
  raw: Buffer,
  envelope: { recipients: readonly string[] },
): Promise<SmtpAnswer> {
  const read = await readMail(raw, { authservId: ctx.config.inboundSmtp?.authservId });
  if (!read.ok) return REFUSALS[read.refusal]!;
  const mail = read.mail;
  const [known] = await ctx.db
    .select({ id: messages.id })
    .from(messages)
    .where(eq(messages.externalId, mail.messageId));
  if (known) return { code: 250, message: "2.0.0 Already received" };
  // A sender the relay could not authenticate starts a conversation of their own: a forged From
  // never writes into someone else's (the advisor sees the checks' results beside the message).
  const target = unauthenticated(mail.checks)
    ? null
    : await conversationForReply(ctx, {
        messageIds: mail.answers,
        ...(mail.thread ? { thread: mail.thread } : {}),
        senderEmail: mail.from.email,
      });
  const received = await receive(ctx, {
    source: target?.source ?? "email",
    threadKey: target?.threadKey ?? mail.messageId,
    subject: mail.subject,
    body: body(ctx, mail),
    from: mail.from,
    receivedAt: ctx.clock.now(),
    externalId: mail.messageId,
    emailHeaders: emailHeaders(mail, envelope.recipients),
    attachments: mail.attachments,
  });
  return received.messageId === null
    ? { code: 250, message: "2.0.0 Already received" }
    : { code: 250, message: "2.0.0 Received" };
}
