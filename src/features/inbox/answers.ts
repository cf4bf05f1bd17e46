import { asc, eq } from "drizzle-orm";
import { recordAudit } from "../../platform/audit/service.ts";
import { may } from "../../platform/auth/access.ts";
import type { Actor } from "../../platform/auth/actor.ts";
import { runCommand } from "../../platform/commands.ts";
import type { AppContext } from "../../platform/context.ts";
import { DomainError } from "../../platform/http/errors.ts";
import { publicReplyGuard } from "../../text/public-reply-guard/guard.ts";
import { finalAnswerSent } from "./complaints/register.ts";
import { type Conversation, workedConversation } from "./conversation-access.ts";
import { inboxChanged } from "./live.ts";
import { inbox } from "./policy.ts";
import { afterResolved } from "./satisfaction/survey.ts";
import { advisors, type ConversationStatus, conversations, correspondents, messages } from "./schema.ts";
import { sourceNamed } from "./sources.ts";

/** What the advisor's composer sends. */
export interface AnswerInput {
  body: string;
  /** Published where the client spoke (a public source only), or private. */
  public: boolean;
  /** The status the conversation takes once the answer is sent. */
  statusAfter: Exclude<ConversationStatus, "snoozed">;
  /** A compliance officer letting a guarded public reply through, with a written reason. */
  override?: string;
}

/** The longest answer the bank writes (a message holds at most 100,000 characters, notes of dropped files included). */
export const ANSWER_MAX = 20_000;

export type ApprovalReason = "new_advisor" | "complaint_in_public" | "compliance_override";

/**
 * The bank answers a conversation. One command: the conversation is locked (two advisors
 * answering at once are served one after the other), a public answer passes the public-reply
 * guard (bank secrecy, credit advertising, personal data), and the answer either goes out through
 * its source or waits for approval (new advisor, a complaint answered in public, a compliance
 * override). Nothing is sent unless the record is committed with it.
 */
export async function answer(
  ctx: AppContext,
  actor: Actor,
  conversationId: number,
  input: AnswerInput,
): Promise<{ messageId: number; delivery: "sent" | "pending_approval" }> {
  return runCommand(ctx, async (ctx) => {
    if (input.body.trim() === "" || input.body.length > ANSWER_MAX)
      throw new DomainError("answer_length", 422, "inbox.answer.length");
    const conversation = await workedConversation(ctx, actor, conversationId, { forUpdate: true });
    if (conversation.status === "resolved")
      throw new DomainError("conversation_resolved", 409, "inbox.answer.resolved");
    const source = sourceNamed(conversation.source);
    if (input.public && !source.publicReplies)
      throw new DomainError("no_public_reply", 422, "inbox.answer.notPublic");
    const refusal = input.public ? await source.refusesPublicAnswer?.(ctx, conversation.threadKey) : null;
    if (refusal) throw refusal;
    if (
      input.public &&
      !publicReplyGuard(input.body, { bankPhoneNumbers: ctx.config.bankPhoneNumbers }).ok &&
      !input.override
    )
      throw new DomainError("public_reply_guarded", 422, "inbox.answer.guarded");
    if (input.override !== undefined && !may(actor, inbox.override))
      throw new DomainError("override_forbidden", 403, "error.403.body");

    const reasons = await approvalReasons(ctx, actor, conversation, input);
    const now = ctx.clock.now();
    const [message] = await ctx.db
      .insert(messages)
      .values({
        conversationId,
        direction: "outgoing",
        authorId: actor.id,
        body: input.body,
        public: input.public,
        delivery: reasons.length > 0 ? "pending_approval" : "sent",
        approvalReasons: reasons.length > 0 ? reasons : null,
        overrideBy: input.override ? actor.id : null,
        overrideReason: input.override ?? null,
        createdAt: now,
      })
      .returning({ id: messages.id });
    const messageId = message!.id;
    if (input.override)
      await recordAudit(ctx.db, {
        actorId: actor.id,
        actorRole: actor.role,
        action: "inbox.guard_overridden",
        subjectType: "inbox_message",
        subjectId: messageId,
        details: { conversationId, reason: input.override },
      });
    if (reasons.length > 0) {
      await ctx.afterCommit((c) => inboxChanged(c, { conversationId, kind: "approval" }));
      return { messageId, delivery: "pending_approval" as const };
    }
    await sendOut(ctx, conversation, messageId, actor, input.statusAfter);
    return { messageId, delivery: "sent" as const };
  });
}

async function approvalReasons(
  ctx: AppContext,
  actor: Actor,
  conversation: Conversation,
  input: AnswerInput,
): Promise<ApprovalReason[]> {
  const reasons: ApprovalReason[] = [];
  const [advisor] = await ctx.db.select().from(advisors).where(eq(advisors.accountId, actor.id));
  if (advisor?.needsApproval) reasons.push("new_advisor");
  if (input.public && conversation.complaint) reasons.push("complaint_in_public");
  if (input.override) reasons.push("compliance_override");
  return reasons;
}

/**
 * Sends an answer through its source and moves the conversation on: the first response is
 * recorded, the next-response clock stops, and the status becomes the one chosen (waiting on the
 * client pauses the resolution clock). Inside the answering or approving command.
 */
export async function sendOut(
  ctx: AppContext,
  conversation: Conversation,
  messageId: number,
  advisor: Actor,
  statusAfter: AnswerInput["statusAfter"],
): Promise<void> {
  const [message] = await ctx.db.select().from(messages).where(eq(messages.id, messageId));
  const [correspondent] = await ctx.db
    .select()
    .from(correspondents)
    .where(eq(correspondents.id, conversation.correspondentId));
  const earlier = await ctx.db
    .select({ externalId: messages.externalId })
    .from(messages)
    .where(eq(messages.conversationId, conversation.id))
    .orderBy(asc(messages.id));
  const { externalId } = await sourceNamed(conversation.source).deliver(ctx, {
    messageId,
    conversationId: conversation.id,
    threadKey: conversation.threadKey,
    subject: conversation.subject,
    body: message!.body,
    public: message!.public,
    advisor: { id: advisor.id, displayName: advisor.displayName },
    correspondent: {
      accountId: correspondent!.accountId,
      email: correspondent!.email,
      displayName: correspondent!.displayName,
      locale: correspondent!.locale,
    },
    earlierExternalIds: earlier.flatMap((m) => (m.externalId ? [m.externalId] : [])),
  });
  const now = ctx.clock.now();
  await ctx.db
    .update(messages)
    .set({ delivery: "sent", sentAt: now, externalId: externalId ?? null })
    .where(eq(messages.id, messageId));
  await ctx.db
    .update(conversations)
    .set({
      status: statusAfter,
      firstResponseAt: conversation.firstResponseAt ?? now,
      nextResponseDueAt: null,
      pausedAt: statusAfter === "waiting_on_client" ? now : null,
      resolvedAt: statusAfter === "resolved" ? now : null,
      lastMessageAt: now,
      unread: false,
      updatedAt: now,
    })
    .where(eq(conversations.id, conversation.id));
  if (statusAfter === "resolved") await afterResolved(ctx, conversation.id);
  await finalAnswerSent(ctx, conversation.id, now);
  await ctx.afterCommit((c) => inboxChanged(c, { conversationId: conversation.id, kind: "message" }));
}
