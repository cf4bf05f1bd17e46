import { and, asc, eq, sql } from "drizzle-orm";
import { complaintClocks, dayFromIso, endOfParisDay, isoDay, parisDay } from "../../../calendar/index.ts";
import { recordAudit } from "../../../platform/audit/service.ts";
import type { Actor } from "../../../platform/auth/actor.ts";
import { runCommand } from "../../../platform/commands.ts";
import type { AppContext } from "../../../platform/context.ts";
import { notFound } from "../../../platform/http/errors.ts";
import { complaints, conversations, messages } from "../schema.ts";

export type ComplaintEntry = typeof complaints.$inferSelect;

/**
 * Enters a confirmed complaint in the register, inside the command that confirms it (an
 * advisor's review of the labels). The clocks run from the conversation's first client message,
 * on its Paris day: the acknowledgement within 10 jours ouvrables, the answer within 2 months,
 * or within 15 business days for a payment service (all of them are shown; the one that applies
 * is stored). Idempotent: a second confirmation keeps the entry, and only re-reads whether it
 * is a payment service while nothing has been answered or held yet.
 */
export async function registerComplaint(
  ctx: AppContext,
  conversationId: number,
  reviewer: Actor,
): Promise<ComplaintEntry> {
  return runCommand(ctx, async (ctx) => {
    const [conversation] = await ctx.db
      .select()
      .from(conversations)
      .where(eq(conversations.id, conversationId));
    if (!conversation) throw notFound();
    const [first] = await ctx.db
      .select({ createdAt: messages.createdAt })
      .from(messages)
      .where(and(eq(messages.conversationId, conversationId), eq(messages.direction, "incoming")))
      .orderBy(asc(messages.id))
      .limit(1);
    const receivedAt = first?.createdAt ?? conversation.createdAt;
    const receivedOn = parisDay(receivedAt);
    const clocks = complaintClocks(receivedOn);
    const answerBy = isoDay(conversation.paymentService ? clocks.paymentAnswerBy : clocks.answerBy);
    const [inserted] = await ctx.db
      .insert(complaints)
      .values({
        conversationId,
        receivedAt,
        receivedOn: isoDay(receivedOn),
        channel: conversation.source,
        // Where it was said: the public page, or else the conversation in the inbox (never empty).
        sourceLink:
          conversation.sourceLink ?? new URL(`/admin/boite/${conversationId}`, ctx.config.baseUrl).href,
        paymentService: conversation.paymentService,
        acknowledgeBy: isoDay(clocks.acknowledgeBy),
        answerBy,
        createdAt: ctx.clock.now(),
      })
      .onConflictDoNothing({ target: complaints.conversationId })
      .returning();
    await resolutionByLegalClock(ctx, conversationId, answerBy);
    if (inserted) {
      await recordAudit(ctx.db, {
        actorId: reviewer.id,
        actorRole: reviewer.role,
        action: "inbox.complaint_registered",
        subjectType: "inbox_conversation",
        subjectId: conversationId,
        details: { receivedOn: inserted.receivedOn, paymentService: inserted.paymentService, answerBy },
      });
      return inserted;
    }
    const [kept] = await ctx.db
      .update(complaints)
      .set({ paymentService: conversation.paymentService, answerBy })
      .where(
        and(
          eq(complaints.conversationId, conversationId),
          sql`${complaints.answeredAt} is null and ${complaints.holdingReplyAt} is null`,
        ),
      )
      .returning();
    if (kept) return kept;
    const [entry] = await ctx.db
      .select()
      .from(complaints)
      .where(eq(complaints.conversationId, conversationId));
    return entry!;
  });
}

/** The register's entry of a conversation, if it is a registered complaint (locked with `forUpdate`). */
export async function complaintOf(
  ctx: AppContext,
  conversationId: number,
  options: { forUpdate?: boolean } = {},
): Promise<ComplaintEntry | undefined> {
  const query = ctx.db.select().from(complaints).where(eq(complaints.conversationId, conversationId));
  const [entry] = options.forUpdate ? await query.for("update") : await query;
  return entry;
}

/**
 * Called by `sendOut` when an answer leaves: a final answer that waited for approval (its outcome
 * recorded, not yet sent) is answered now. Does nothing for a conversation with no such entry.
 */
export async function finalAnswerSent(ctx: AppContext, conversationId: number, at: Date): Promise<void> {
  await ctx.db
    .update(complaints)
    .set({ answeredAt: at })
    .where(
      and(
        eq(complaints.conversationId, conversationId),
        sql`${complaints.outcome} is not null and ${complaints.answeredAt} is null`,
      ),
    );
}

/**
 * A complaint's resolution is due when the law says its answer is (2 months, 15 or 35 business
 * days), not at the team's ordinary target: the inbox's "overdue" then means late by law.
 */
export async function resolutionByLegalClock(
  ctx: AppContext,
  conversationId: number,
  answerBy: string,
): Promise<void> {
  await ctx.db
    .update(conversations)
    .set({ resolutionDueAt: endOfParisDay(dayFromIso(answerBy)!) })
    .where(eq(conversations.id, conversationId));
}
