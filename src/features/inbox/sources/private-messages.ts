import { randomUUID } from "node:crypto";
import { and, asc, eq, or, sql } from "drizzle-orm";
import type { Actor } from "../../../platform/auth/actor.ts";
import type { AppContext } from "../../../platform/context.ts";
import { notFound } from "../../../platform/http/errors.ts";
import { i18nFor } from "../../../platform/i18n/index.ts";
import { composeMail } from "../../../platform/mail/compose.tsx";
import type { FieldErrors } from "../../../platform/views/components.tsx";
import { mailRecipients } from "../../accounts/index.ts";
import { workedConversation } from "../conversation-access.ts";
import { filesOf } from "../message-files.ts";
import { receive } from "../receive.ts";
import { attachments, type ConversationStatus, conversations, correspondents, messages } from "../schema.ts";
import { registerSource } from "../sources.ts";
import { type Upload, uploadProblems } from "./uploads.ts";

/**
 * "Mes messages": a signed-in member writes to the bank privately, reads the bank's answers
 * and replies, at /compte/messages. The answer itself is read there only; the member is told
 * by e-mail that one is waiting, without its text (bank secrecy: a mailbox is not a bank's
 * secure place).
 */
export const PRIVATE_MESSAGE = "private_message";
export const MY_MESSAGES = "/compte/messages";
export const conversationPath = (id: number) => `${MY_MESSAGES}/${id}`;
export const SUBJECT_MAX = 200;
export const BODY_MAX = 10_000;

registerSource({
  name: PRIVATE_MESSAGE,
  publicReplies: false,
  async deliver(ctx, answer) {
    if (answer.correspondent.accountId === null) return {};
    const to = (await mailRecipients(ctx, [answer.correspondent.accountId])).get(
      answer.correspondent.accountId,
    );
    // A closed or unverified account has no address to tell; the answer still waits in Mes messages.
    if (!to) return {};
    const i18n = i18nFor(to.locale ?? answer.correspondent.locale);
    await ctx.outbox.queue(ctx.db, {
      key: `inbox.private-answer:${answer.messageId}`,
      category: "inbox.private-answer",
      to: to.email,
      ...composeMail(i18n, ctx.config.bankName, {
        subject: i18n.t("inbox.member.mail.answer.subject", { bank: ctx.config.bankName }),
        greeting: i18n.t("mail.greeting", { name: to.displayName }),
        paragraphs: [i18n.t("inbox.member.mail.answer.body"), i18n.t("inbox.member.mail.answer.secrecy")],
        action: {
          label: i18n.t("inbox.member.mail.answer.action"),
          url: new URL(conversationPath(answer.conversationId), ctx.config.baseUrl).href,
        },
      }),
    });
    return {};
  },
});

export interface MessageInput {
  subject: string;
  body: string;
  uploads: readonly Upload[];
}

/** The member's text and files, checked together so the form names every problem at once. */
function check(input: { subject?: string; body: string; uploads: readonly Upload[] }) {
  const errors: FieldErrors = {};
  if (input.subject !== undefined) {
    if (input.subject.trim() === "") errors.subject = "inbox.member.subject.missing";
    else if (input.subject.length > SUBJECT_MAX) errors.subject = "inbox.member.subject.tooLong";
  }
  if (input.body.trim() === "") errors.body = "inbox.member.body.missing";
  else if (input.body.length > BODY_MAX) errors.body = "inbox.member.body.tooLong";
  const files = uploadProblems(input.uploads);
  if (!files.ok) errors.attachments = files.problem;
  return { errors, files: files.ok ? files.attachments : [] };
}

export type WriteOutcome = { ok: true; conversationId: number } | { ok: false; errors: FieldErrors };

/** A new private message: a new conversation, received by the inbox like any source's. */
export async function writeMessage(
  ctx: AppContext,
  member: Actor,
  input: MessageInput,
): Promise<WriteOutcome> {
  const { errors, files } = check(input);
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const received = await receive(ctx, {
    source: PRIVATE_MESSAGE,
    threadKey: `member:${member.id}:${randomUUID()}`,
    subject: input.subject.trim(),
    body: input.body.trim(),
    from: { accountId: member.id, name: member.displayName, locale: member.locale ?? undefined },
    receivedAt: ctx.clock.now(),
    attachments: files,
  });
  return { ok: true, conversationId: received.conversationId };
}

/** The member's reply in one of their own conversations (404 for anyone else's): the same thread. */
export async function replyToOwn(
  ctx: AppContext,
  member: Actor,
  conversationId: number,
  input: Omit<MessageInput, "subject">,
): Promise<WriteOutcome> {
  const conversation = await ownConversation(ctx, member.id, conversationId);
  if (!conversation) throw notFound();
  const { errors, files } = check(input);
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  await receive(ctx, {
    source: conversation.source,
    threadKey: conversation.threadKey,
    subject: conversation.subject,
    body: input.body.trim(),
    from: { accountId: member.id, name: member.displayName, locale: member.locale ?? undefined },
    receivedAt: ctx.clock.now(),
    attachments: files,
  });
  return { ok: true, conversationId };
}

/** The statuses as a member reads them: whose turn it is, not the bank's working states. */
export function statusForMember(status: ConversationStatus): "with_bank" | "answered" | "closed" {
  if (status === "resolved") return "closed";
  if (status === "waiting_on_client") return "answered";
  return "with_bank";
}

export interface OwnConversationSummary {
  id: number;
  subject: string;
  status: ConversationStatus;
  lastMessageAt: Date;
  lastExcerpt: string;
  lastFromBank: boolean;
  unreadAnswers: number;
}

/** What a member may read in a conversation: what they wrote and the bank's answers once sent. */
const readable = or(
  eq(messages.direction, "incoming"),
  and(eq(messages.direction, "outgoing"), eq(messages.delivery, "sent")),
);

/** The member's conversations in Mes messages, newest first, with their last readable message. */
export async function ownConversations(
  ctx: AppContext,
  accountId: number,
): Promise<OwnConversationSummary[]> {
  const rows = await ctx.db.execute<{
    id: number;
    subject: string;
    status: ConversationStatus;
    last_message_at: Date;
    excerpt: string | null;
    from_bank: boolean | null;
    unread: number;
  }>(sql`
    select c.id, c.subject, c.status, c.last_message_at,
           last.body as excerpt, last.direction = 'outgoing' as from_bank,
           (select count(*)::int from inbox_messages a
             where a.conversation_id = c.id and a.direction = 'outgoing' and a.delivery = 'sent'
               and a.sent_at > coalesce(c.correspondent_read_at, '-infinity')) as unread
      from inbox_conversations c
      join inbox_correspondents p on p.id = c.correspondent_id
      left join lateral (
        select m.body, m.direction from inbox_messages m
         where m.conversation_id = c.id
           and (m.direction = 'incoming' or (m.direction = 'outgoing' and m.delivery = 'sent'))
         order by m.id desc limit 1) last on true
     where p.account_id = ${accountId} and c.source = ${PRIVATE_MESSAGE}
     order by c.last_message_at desc, c.id desc
     limit 200`);
  return rows.rows.map((row) => ({
    id: Number(row.id),
    subject: row.subject,
    status: row.status,
    lastMessageAt: new Date(row.last_message_at),
    lastExcerpt: (row.excerpt ?? "").slice(0, 160),
    lastFromBank: row.from_bank === true,
    unreadAnswers: Number(row.unread),
  }));
}

/** One of the member's own conversations, or undefined (another person's is never found). */
export async function ownConversation(ctx: AppContext, accountId: number, id: number) {
  const [row] = await ctx.db
    .select({ conversation: conversations })
    .from(conversations)
    .innerJoin(correspondents, eq(correspondents.id, conversations.correspondentId))
    .where(
      and(
        eq(conversations.id, id),
        eq(correspondents.accountId, accountId),
        eq(conversations.source, PRIVATE_MESSAGE),
      ),
    );
  return row?.conversation;
}

export interface ReadableMessage {
  id: number;
  fromBank: boolean;
  authorId: number | null;
  body: string;
  at: Date;
  attachments: { id: number; filename: string; mediaType: string; size: number }[];
}

/** The conversation as the member reads it: never a note, never an answer before it is sent. */
export async function readableMessages(ctx: AppContext, conversationId: number): Promise<ReadableMessage[]> {
  const rows = await ctx.db
    .select()
    .from(messages)
    .where(and(eq(messages.conversationId, conversationId), readable))
    .orderBy(asc(messages.id));
  const files = await filesOf(
    ctx,
    rows.map((m) => m.id),
  );
  return rows.map((m) => ({
    id: m.id,
    fromBank: m.direction === "outgoing",
    authorId: m.authorId,
    body: m.body,
    at: m.sentAt ?? m.createdAt,
    attachments: files.filter((f) => f.messageId === m.id).map(({ messageId: _, ...file }) => file),
  }));
}

/** The member has read the conversation: the answers so far are no longer unread. */
export async function markRead(ctx: AppContext, conversationId: number): Promise<void> {
  await ctx.db
    .update(conversations)
    .set({ correspondentReadAt: ctx.clock.now() })
    .where(eq(conversations.id, conversationId));
}

export interface AttachmentFile {
  filename: string;
  mediaType: string;
  content: Buffer;
}

async function attachmentWithConversation(ctx: AppContext, id: number) {
  const [row] = await ctx.db
    .select({
      filename: attachments.filename,
      mediaType: attachments.mediaType,
      content: attachments.content,
      conversationId: messages.conversationId,
      direction: messages.direction,
      delivery: messages.delivery,
    })
    .from(attachments)
    .innerJoin(messages, eq(messages.id, attachments.messageId))
    .where(eq(attachments.id, id));
  return row;
}

/** A file of the member's own conversation, in a message they may read; 404 otherwise. */
export async function ownAttachment(ctx: AppContext, accountId: number, id: number): Promise<AttachmentFile> {
  const row = await attachmentWithConversation(ctx, id);
  const visible = row && (row.direction === "incoming" || row.delivery === "sent");
  if (!row || !visible || !(await ownConversation(ctx, accountId, row.conversationId))) throw notFound();
  return row;
}

/** A file of a conversation the staff member works (their scope); 404 otherwise. */
export async function workedAttachment(ctx: AppContext, actor: Actor, id: number): Promise<AttachmentFile> {
  const row = await attachmentWithConversation(ctx, id);
  if (!row) throw notFound();
  await workedConversation(ctx, actor, row.conversationId);
  return row;
}
