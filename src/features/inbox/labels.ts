import { eq, sql } from "drizzle-orm";
import { recordAudit } from "../../platform/audit/service.ts";
import type { Actor } from "../../platform/auth/actor.ts";
import { runCommand } from "../../platform/commands.ts";
import type { AppContext } from "../../platform/context.ts";
import { registerComplaint } from "./complaints/register.ts";
import { workedConversation } from "./conversation-access.ts";
import { inboxChanged } from "./live.ts";
import { conversations, labelReviews } from "./schema.ts";

export interface ReviewedLabels {
  complaint: boolean;
  paymentService: boolean;
}

/**
 * An advisor confirms or corrects what the classifier said (complaint, payment service). The
 * review is kept beside the prediction, so the classifier's error rate can be measured, and the
 * conversation's labels become the advisor's: a later message no longer changes them. One
 * command, which also enters a confirmed complaint in the register (complaints/register.ts).
 */
export async function reviewLabels(
  ctx: AppContext,
  actor: Actor,
  conversationId: number,
  labels: ReviewedLabels,
): Promise<{ corrected: boolean }> {
  return runCommand(ctx, async (ctx) => {
    const conversation = await workedConversation(ctx, actor, conversationId, { forUpdate: true });
    const now = ctx.clock.now();
    await ctx.db.insert(labelReviews).values({
      conversationId,
      predictedComplaint: conversation.complaint,
      confirmedComplaint: labels.complaint,
      predictedPaymentService: conversation.paymentService,
      confirmedPaymentService: labels.paymentService,
      reviewedBy: actor.id,
      reviewedAt: now,
    });
    await ctx.db
      .update(conversations)
      .set({
        complaint: labels.complaint,
        paymentService: labels.paymentService,
        complaintConfirmed: true,
        updatedAt: now,
      })
      .where(eq(conversations.id, conversationId));
    const corrected =
      labels.complaint !== conversation.complaint || labels.paymentService !== conversation.paymentService;
    await recordAudit(ctx.db, {
      actorId: actor.id,
      actorRole: actor.role,
      action: corrected ? "inbox.labels_corrected" : "inbox.labels_confirmed",
      subjectType: "inbox_conversation",
      subjectId: conversationId,
      details: { ...labels },
    });
    // A confirmed complaint enters the register in the same command, its clocks from receipt.
    if (labels.complaint) await registerComplaint(ctx, conversationId, actor);
    await ctx.afterCommit((c) => inboxChanged(c, { conversationId, kind: "status" }));
    return { corrected };
  });
}

/** How many reviews there were and how many corrected the classifier (its measured error rate). */
export async function labelReviewCounts(
  ctx: AppContext,
): Promise<{ reviewed: number; complaintCorrected: number; paymentServiceCorrected: number }> {
  const { rows } = await ctx.db.execute<{ reviewed: number; complaint: number; payment: number }>(sql`
    select count(*)::int as reviewed,
           count(*) filter (where predicted_complaint <> confirmed_complaint)::int as complaint,
           count(*) filter (where predicted_payment_service <> confirmed_payment_service)::int as payment
      from inbox_label_reviews`);
  const row = rows[0]!;
  return { reviewed: row.reviewed, complaintCorrected: row.complaint, paymentServiceCorrected: row.payment };
}
