import { eq } from "drizzle-orm";
import { complaintClocks, dayFromIso, isoDay } from "../../../calendar/index.ts";
import { recordAudit } from "../../../platform/audit/service.ts";
import type { Actor } from "../../../platform/auth/actor.ts";
import { runCommand } from "../../../platform/commands.ts";
import type { AppContext } from "../../../platform/context.ts";
import { DomainError } from "../../../platform/http/errors.ts";
import { i18nFor } from "../../../platform/i18n/index.ts";
import type { FieldErrors } from "../../../platform/views/components.tsx";
import { answer } from "../answers.ts";
import { workedConversation } from "../conversation-access.ts";
import { complaints } from "../schema.ts";
import { registerDay } from "./receipt.ts";
import { complaintOf, resolutionByLegalClock } from "./register.ts";
import { holdingReplyInTime } from "./standing.ts";

export const HOLDING_REASONS_MAX = 2000;

export type HoldingOutcome =
  | { ok: true; answerBy: string; delivery: "sent" | "pending_approval" }
  | { ok: false; errors: FieldErrors };

/**
 * A payment-service complaint that cannot be answered within 15 business days gets, before
 * their end, a holding reply that gives its reasons and the date of the final answer: 35
 * business days from receipt (PSD2 art. 101). One command: the reply goes to the client (through
 * `answer`, privately), and the register records it and moves the answer's due date. After the
 * 15th business day it is refused: the law allows it only within them.
 */
export async function sendHoldingReply(
  ctx: AppContext,
  actor: Actor,
  conversationId: number,
  reasons: string,
): Promise<HoldingOutcome> {
  return runCommand(ctx, async (ctx) => {
    const conversation = await workedConversation(ctx, actor, conversationId, { forUpdate: true });
    const entry = await complaintOf(ctx, conversationId, { forUpdate: true });
    if (!entry) throw new DomainError("not_a_complaint", 409, "inbox.complaints.notRegistered");
    if (!entry.paymentService)
      throw new DomainError("not_a_payment_service", 409, "inbox.complaints.holding.notPayment");
    if (entry.answeredAt) throw new DomainError("complaint_answered", 409, "inbox.complaints.answered");
    if (entry.holdingReplyAt)
      throw new DomainError("holding_reply_sent", 409, "inbox.complaints.holding.already");
    const now = ctx.clock.now();
    if (!holdingReplyInTime(entry.receivedOn, now))
      return { ok: false as const, errors: { reasons: "inbox.complaints.holding.tooLate" } };
    const trimmed = reasons.trim();
    if (trimmed.length < 10 || trimmed.length > HOLDING_REASONS_MAX)
      return { ok: false as const, errors: { reasons: "inbox.complaints.holding.reasonsNeeded" } };

    const answerBy = isoDay(complaintClocks(dayFromIso(entry.receivedOn)!).paymentFinalAnswerBy);
    const i18n = i18nFor(conversation.language);
    const sent = await answer(ctx, actor, conversationId, {
      body: i18n.t("inbox.complaints.holding.body", {
        reasons: trimmed,
        date: registerDay(i18n, answerBy),
      }),
      public: false,
      statusAfter: "open",
    });
    await ctx.db
      .update(complaints)
      .set({ holdingReplyAt: now, holdingReplyReasons: trimmed, answerBy })
      .where(eq(complaints.id, entry.id));
    await resolutionByLegalClock(ctx, conversationId, answerBy);
    await recordAudit(ctx.db, {
      actorId: actor.id,
      actorRole: actor.role,
      action: "inbox.complaint_holding_reply",
      subjectType: "inbox_conversation",
      subjectId: conversationId,
      details: { messageId: sent.messageId, answerBy },
    });
    return { ok: true as const, answerBy, delivery: sent.delivery };
  });
}
