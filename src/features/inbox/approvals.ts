import { and, eq, sql } from "drizzle-orm";
import { recordAudit } from "../../platform/audit/service.ts";
import { may } from "../../platform/auth/access.ts";
import type { Actor } from "../../platform/auth/actor.ts";
import { runCommand } from "../../platform/commands.ts";
import type { AppContext } from "../../platform/context.ts";
import { DomainError, notFound } from "../../platform/http/errors.ts";
import { i18nFor } from "../../platform/i18n/index.ts";
import type { FieldErrors } from "../../platform/views/components.tsx";
import { publicReplyGuard } from "../../text/public-reply-guard/guard.ts";
import { authorAsActor, publicProfiles } from "../accounts/index.ts";
import type { PublicProfile } from "../accounts/model.ts";
import { ANSWER_MAX, type AnswerInput, type ApprovalReason, sendOut } from "./answers.ts";
import { finalAnswerEditRefused } from "./complaints/final-answer.ts";
import { scopeFor, workedConversation } from "./conversation-access.ts";
import { inboxChanged } from "./live.ts";
import { inbox } from "./policy.ts";
import { messages } from "./schema.ts";
import { scopeCondition } from "./scope-query.ts";

/**
 * Four eyes: answers waiting for a second person (a new advisor's, a complaint answered in
 * public, a compliance override) are approved, possibly edited, then sent through their source,
 * or refused with a reason the author reads on the conversation. The approver is never the
 * author; an override is approved only by someone who may override. Everything is audited.
 */

export const REFUSAL_LIMITS = { min: 3, max: 1000 } as const;
export const STATUSES_AFTER: readonly AnswerInput["statusAfter"][] = [
  "waiting_on_client",
  "open",
  "resolved",
];

export interface PendingAnswer {
  messageId: number;
  conversationId: number;
  subject: string;
  source: string;
  sourceLink: string | null;
  complaint: boolean;
  body: string;
  public: boolean;
  reasons: ApprovalReason[];
  author: PublicProfile | null;
  overrideReason: string | null;
  writtenAt: Date;
}

/** The answers waiting for approval in the approver's scope, oldest first (at most 200). */
export async function pendingAnswers(ctx: AppContext, actor: Actor): Promise<PendingAnswer[]> {
  const rows = await ctx.db.execute<{
    message_id: number;
    conversation_id: number;
    subject: string;
    source: string;
    source_link: string | null;
    complaint: boolean;
    body: string;
    public: boolean;
    approval_reasons: ApprovalReason[];
    author_id: number | null;
    override_reason: string | null;
    created_at: Date;
  }>(sql`
    select m.id as message_id, c.id as conversation_id, c.subject, c.source, c.source_link, c.complaint,
           m.body, m.public, m.approval_reasons, m.author_id, m.override_reason, m.created_at
    from inbox_messages m join inbox_conversations c on c.id = m.conversation_id
    where m.delivery = 'pending_approval' and ${scopeCondition(await scopeFor(ctx, actor))}
    order by m.id
    limit 200`);
  const authors = await publicProfiles(
    ctx,
    rows.rows.map((r) => (r.author_id === null ? null : Number(r.author_id))),
  );
  return rows.rows.map((r) => ({
    messageId: Number(r.message_id),
    conversationId: Number(r.conversation_id),
    subject: r.subject,
    source: r.source,
    sourceLink: r.source_link,
    complaint: r.complaint,
    body: r.body,
    public: r.public,
    reasons: r.approval_reasons ?? [],
    author: r.author_id === null ? null : (authors.get(Number(r.author_id)) ?? null),
    overrideReason: r.override_reason,
    writtenAt: new Date(r.created_at),
  }));
}

/** How many answers wait for this approver (the staff workspace's count). */
export async function pendingAnswerCount(ctx: AppContext, actor: Actor): Promise<number> {
  if (!may(actor, inbox.approve)) return 0;
  const rows = await ctx.db.execute<{ n: number }>(sql`
    select count(*)::int as n
    from inbox_messages m join inbox_conversations c on c.id = m.conversation_id
    where m.delivery = 'pending_approval' and ${scopeCondition(await scopeFor(ctx, actor))}`);
  return Number(rows.rows[0]?.n ?? 0);
}

/**
 * Claims a pending answer for a decision: its conversation is locked, so two approvers deciding
 * at once decide one after the other, and the second finds it decided.
 */
async function claimPending(ctx: AppContext, actor: Actor, messageId: number) {
  const [first] = await ctx.db.select().from(messages).where(eq(messages.id, messageId));
  if (first?.direction !== "outgoing") throw notFound();
  const conversation = await workedConversation(ctx, actor, first.conversationId, { forUpdate: true });
  const [message] = await ctx.db
    .select()
    .from(messages)
    .where(and(eq(messages.id, messageId), eq(messages.delivery, "pending_approval")));
  if (!message) throw new DomainError("already_decided", 409, "inbox.approvals.alreadyDecided");
  if (message.authorId === actor.id) throw new DomainError("own_answer", 403, "inbox.approvals.ownAnswer");
  const reasons = (message.approvalReasons ?? []) as ApprovalReason[];
  if (reasons.includes("compliance_override") && !may(actor, inbox.override))
    throw new DomainError("override_approval", 403, "inbox.approvals.overrideNeeded");
  return { conversation, message, reasons };
}

/** Approves (after editing, if the text changed) and sends the answer through its source. */
export async function approveAnswer(
  ctx: AppContext,
  actor: Actor,
  messageId: number,
  input: { body: string; statusAfter: AnswerInput["statusAfter"] },
): Promise<{ ok: true } | { ok: false; errors: FieldErrors }> {
  return runCommand(ctx, async (ctx) => {
    const { conversation, message, reasons } = await claimPending(ctx, actor, messageId);
    if (conversation.status === "resolved")
      throw new DomainError("conversation_resolved", 409, "inbox.answer.resolved");
    const body = input.body.trim();
    if (body.length === 0) return { ok: false as const, errors: { body: "inbox.approvals.bodyRequired" } };
    if (body.length > ANSWER_MAX) return { ok: false as const, errors: { body: "inbox.answer.length" } };
    const edited = body !== message.body;
    // An edit is read again by the guard, unless an override covers it and the approver may give one.
    const overridden = reasons.includes("compliance_override") && may(actor, inbox.override);
    if (
      edited &&
      message.public &&
      !overridden &&
      !publicReplyGuard(body, { bankPhoneNumbers: ctx.config.bankPhoneNumbers }).ok
    )
      return { ok: false as const, errors: { body: "inbox.answer.guarded" } };
    const mediatorRefusal = edited ? await finalAnswerEditRefused(ctx, conversation.id, body) : undefined;
    if (mediatorRefusal) return { ok: false as const, errors: { body: mediatorRefusal } };
    const now = ctx.clock.now();
    await ctx.db
      .update(messages)
      .set({ body, approvedBy: actor.id, approvedAt: now })
      .where(eq(messages.id, messageId));
    await recordAudit(ctx.db, {
      actorId: actor.id,
      actorRole: actor.role,
      action: "inbox.answer_approved",
      subjectType: "inbox_message",
      subjectId: messageId,
      details: {
        conversationId: conversation.id,
        reasons,
        ...(edited ? { edited: true, written: message.body } : {}),
      },
    });
    // Published under its author's name; an author since deactivated leaves it to the approver.
    const author = message.authorId === null ? undefined : await authorAsActor(ctx, message.authorId);
    await sendOut(ctx, conversation, messageId, author ?? actor, input.statusAfter);
    return { ok: true as const };
  });
}

/** Refuses the answer: it is never sent; the reason is a note on the conversation, for its author. */
export async function refuseAnswer(
  ctx: AppContext,
  actor: Actor,
  messageId: number,
  input: { reason: string },
): Promise<{ ok: true } | { ok: false; errors: FieldErrors }> {
  return runCommand(ctx, async (ctx) => {
    const { conversation, message, reasons } = await claimPending(ctx, actor, messageId);
    const reason = input.reason.trim();
    if (reason.length < REFUSAL_LIMITS.min || reason.length > REFUSAL_LIMITS.max)
      return { ok: false as const, errors: { reason: "inbox.approvals.reasonRequired" } };
    const now = ctx.clock.now();
    await ctx.db.update(messages).set({ delivery: "refused" }).where(eq(messages.id, messageId));
    const { t } = i18nFor(ctx.config.defaultLocale);
    await ctx.db.insert(messages).values({
      conversationId: conversation.id,
      direction: "note",
      authorId: actor.id,
      body: t("inbox.approvals.refusalNote", { reason }),
      mentions: message.authorId === null ? null : [message.authorId],
      createdAt: now,
    });
    await recordAudit(ctx.db, {
      actorId: actor.id,
      actorRole: actor.role,
      action: "inbox.answer_refused",
      subjectType: "inbox_message",
      subjectId: messageId,
      details: { conversationId: conversation.id, reasons, reason },
    });
    await ctx.afterCommit((c) => inboxChanged(c, { conversationId: conversation.id, kind: "approval" }));
    return { ok: true as const };
  });
}
