import { createHmac, timingSafeEqual } from "node:crypto";
import { sql } from "drizzle-orm";
import type { AppContext } from "../../platform/context.ts";

/**
 * How the bank's e-mails name themselves, so that a client's reply by e-mail finds its
 * conversation, whichever source sent the e-mail (the e-mail source's answers, the contact
 * form's): the Message-ID `<inbox-<message id>.<seal>@<host>>` and the header
 * `X-Confiance-Thread: <source>:<thread key>.<seal>`. The seal is a keyed hash of the rest: ids
 * and thread keys count up and are easy to guess, so only what the bank itself sent (or a copy of
 * it) names a conversation; a guessed or forged one names none.
 */
export const THREAD_HEADER = "X-Confiance-Thread";

function seal(ctx: AppContext, what: string): string {
  return createHmac("sha256", ctx.config.sessionSecret)
    .update(`inbox-thread\u0000${what}`)
    .digest("base64url")
    .slice(0, 16);
}

function sealed(ctx: AppContext, what: string, given: string): boolean {
  const expected = Buffer.from(seal(ctx, what));
  const actual = Buffer.from(given);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

export function answerMessageId(ctx: AppContext, messageId: number): string {
  return `<inbox-${messageId}.${seal(ctx, `message:${messageId}`)}@${ctx.config.baseUrl.hostname}>`;
}

export function threadHeader(ctx: AppContext, source: string, threadKey: string): string {
  return `${source}:${threadKey}.${seal(ctx, `thread:${source}:${threadKey}`)}`;
}

/** The inbox message a Message-ID of ours names, if it is one, of this host, with its seal. */
function ownMessage(ctx: AppContext, messageId: string): number | undefined {
  const found = /^<inbox-(\d{1,15})\.([A-Za-z0-9_-]{16})@([^>]+)>$/.exec(messageId.trim());
  if (!found || found[3]!.toLowerCase() !== ctx.config.baseUrl.hostname.toLowerCase()) return undefined;
  return sealed(ctx, `message:${found[1]}`, found[2]!) ? Number(found[1]) : undefined;
}

/** The source and thread key an X-Confiance-Thread header names, when its seal is ours. */
function ownThread(
  ctx: AppContext,
  header: string | undefined,
): { source: string; threadKey: string } | undefined {
  const found = /^([a-z_]{1,40}):(.{1,300})\.([A-Za-z0-9_-]{16})$/.exec((header ?? "").trim());
  if (!found) return undefined;
  const [, source, threadKey, given] = found;
  return sealed(ctx, `thread:${source}:${threadKey}`, given!)
    ? { source: source!, threadKey: threadKey! }
    : undefined;
}

export interface ReplyTarget {
  conversationId: number;
  source: string;
  threadKey: string;
}

/**
 * The conversation an e-mail answers: the latest of the messages it refers to (In-Reply-To,
 * References: a client's message received by e-mail, or an answer of ours), else the thread its
 * X-Confiance-Thread header names. Only a conversation with the sender's own address: a
 * Message-ID is easy to guess or to copy, so a stranger naming one opens a conversation of
 * their own instead of writing into someone else's (and a member's conversation, known by the
 * account, is never reached by e-mail).
 */
export async function conversationForReply(
  ctx: AppContext,
  reply: { messageIds: readonly string[]; thread?: string; senderEmail: string },
): Promise<ReplyTarget | null> {
  const ids = reply.messageIds.slice(-100);
  const own = ids.flatMap((id) => ownMessage(ctx, id) ?? []);
  const thread = ownThread(ctx, reply.thread);
  const source = thread?.source ?? "";
  const threadKey = thread?.threadKey ?? "";
  const { rows } = await ctx.db.execute<{ id: string; source: string; thread_key: string }>(sql`
    select c.id, c.source, c.thread_key
      from inbox_conversations c
      join inbox_correspondents r on r.id = c.correspondent_id
     where r.email = ${reply.senderEmail}
       and (c.id in (select m.conversation_id from inbox_messages m
                      where m.external_id = any(${sql.param(ids)}::text[])
                         or m.id = any(${sql.param(own)}::bigint[]))
            or (c.source = ${source} and c.thread_key = ${threadKey}))
     order by c.last_message_at desc
     limit 1`);
  const row = rows[0];
  return row ? { conversationId: Number(row.id), source: row.source, threadKey: row.thread_key } : null;
}
