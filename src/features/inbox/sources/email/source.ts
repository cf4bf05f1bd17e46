import { and, desc, eq } from "drizzle-orm";
import type { AppContext } from "../../../../platform/context.ts";
import { i18nFor } from "../../../../platform/i18n/index.ts";
import { composeMail } from "../../../../platform/mail/compose.tsx";
import { answerMessageId, THREAD_HEADER, threadHeader } from "../../replies.ts";
import { messages } from "../../schema.ts";
import { type Outgoing, registerSource } from "../../sources.ts";

/** References carries the thread's first id and its latest ones (RFC 5322 §3.6.4 lets it be trimmed so). */
const REFERENCES_KEPT = 20;

/** The thread's ids worth citing: real Message-IDs, not the ones made for mail that had none. */
function references(earlier: readonly string[]): string[] {
  const ids = earlier.filter((id) => /^<[^<>\s]+>$/.test(id) && !id.endsWith(".invalid>"));
  return ids.length <= REFERENCES_KEPT ? ids : [ids[0]!, ...ids.slice(-(REFERENCES_KEPT - 1))];
}

/**
 * The bank's answer to an e-mail, queued in the outbox inside the answering command: to the
 * client's address (their From, never a Reply-To that could send a client's answer to someone
 * else), "Re: <subject>", from our address but answerable at the address they wrote to, threaded
 * for their mail program (In-Reply-To their latest message, References the chain) and for ours
 * (Message-ID `<inbox-<id>@host>`, X-Confiance-Thread), so their next reply comes back here.
 */
export async function deliverByEmail(
  ctx: AppContext,
  answer: Outgoing,
  /** The source whose thread the reply names back (the contact form answers by e-mail too). */
  source = "email",
): Promise<{ externalId: string }> {
  const to = answer.correspondent.email;
  if (!to) throw new Error(`inbox conversation ${answer.conversationId} has no e-mail address to answer`);
  const [latest] = await ctx.db
    .select({ externalId: messages.externalId, emailHeaders: messages.emailHeaders })
    .from(messages)
    .where(and(eq(messages.conversationId, answer.conversationId), eq(messages.direction, "incoming")))
    .orderBy(desc(messages.id))
    .limit(1);
  // Answerable where they wrote to us, or at the inbox's own address (a contact-form sender wrote to none).
  const wroteTo = (latest?.emailHeaders?.to as string[] | undefined)?.[0] ?? ctx.config.inboxReplyTo;
  const messageId = answerMessageId(ctx, answer.messageId);
  const chain = references(answer.earlierExternalIds);
  const inReplyTo =
    latest?.externalId && chain.includes(latest.externalId) ? latest.externalId : chain.at(-1);
  const i18n = i18nFor(answer.correspondent.locale);
  const subject = /^re\s*:/i.test(answer.subject) ? answer.subject : `Re: ${answer.subject}`;
  const mail = composeMail(i18n, ctx.config.bankName, {
    subject,
    paragraphs: answer.body
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter(Boolean),
    sender: answer.advisor.displayName,
  });
  await ctx.outbox.queue(ctx.db, {
    key: `inbox.email:${answer.messageId}`,
    category: "inbox.answer",
    to,
    ...mail,
    headers: {
      ...mail.headers,
      "Message-ID": messageId,
      ...(inReplyTo ? { "In-Reply-To": inReplyTo } : {}),
      ...(chain.length > 0 ? { References: chain.join(" ") } : {}),
      [THREAD_HEADER]: threadHeader(ctx, source, answer.threadKey),
      ...(wroteTo ? { "Reply-To": wroteTo } : {}),
    },
  });
  return { externalId: messageId };
}

registerSource({ name: "email", publicReplies: false, deliver: deliverByEmail });
