import { and, eq } from "drizzle-orm";
import { recordAudit } from "../../../platform/audit/service.ts";
import type { Actor } from "../../../platform/auth/actor.ts";
import { runCommand } from "../../../platform/commands.ts";
import type { AppContext } from "../../../platform/context.ts";
import { DomainError } from "../../../platform/http/errors.ts";
import type { I18n, MessageKey } from "../../../platform/i18n/index.ts";
import { isOneOf } from "../../../platform/one-of.ts";
import type { FieldErrors } from "../../../platform/views/components.tsx";
import { answer } from "../answers.ts";
import { workedConversation } from "../conversation-access.ts";
import { inboxChanged } from "../live.ts";
import { COMPLAINT_LEVELS, COMPLAINT_OUTCOMES, complaints, messages } from "../schema.ts";
import { complaintOf } from "./register.ts";

/** What the final-answer form sends, as typed. */
export interface FinalAnswerForm {
  body: string;
  outcome: string;
  compensation: string;
  product: string;
  category: string;
  rootCause: string;
  level: string;
}

export const REGISTER_TEXT_MAX = 120;
/** The register's free-text fields the final answer fills (a formula typed in one stays text in the CSV). */
export const REGISTER_FIELDS = ["product", "category", "rootCause"] as const;

export type FinalAnswerOutcome =
  | { ok: true; messageId: number; delivery: "sent" | "pending_approval" }
  | { ok: false; errors: FieldErrors };

/**
 * The remedies and the mediator's contact details, as the composer inserts them in the
 * client's language: a rejection, even partial, must carry them (ACPR 2022-R-01).
 */
export function mediatorBlock(i18n: I18n, mediatorContact: string): string {
  return `${i18n.t("inbox.complaints.final.remedies")}\n${mediatorContact}`;
}

const folded = (text: string) =>
  text.normalize("NFC").replace(/[’‘]/g, "'").replace(/\s+/g, " ").trim().toLowerCase();

/** Whether an answer gives the configured mediator's contact details (spacing and case aside). */
export function namesTheMediator(body: string, mediatorContact: string): boolean {
  return folded(body).includes(folded(mediatorContact));
}

/** "25", "25,50", "25.5" euros as cents; "" as none; anything else undefined. */
export function compensationCents(typed: string): number | null | undefined {
  const value = typed.trim().replace(/\s/g, "");
  if (value === "") return null;
  const match = /^(\d{1,9})(?:[.,](\d{1,2}))?$/.exec(value);
  if (!match) return undefined;
  return Number(match[1]) * 100 + Number((match[2] ?? "0").padEnd(2, "0"));
}

/**
 * The bank's final answer to a complaint. One command: the answer goes to the client privately
 * (through `answer`), and the register records when, the outcome, compensation, product,
 * category, root cause and the level that answered. A rejection, even partial, that does not
 * give the configured mediator's contact details is refused, whatever the composer showed.
 */
export async function sendFinalAnswer(
  ctx: AppContext,
  actor: Actor,
  conversationId: number,
  form: FinalAnswerForm,
): Promise<FinalAnswerOutcome> {
  return runCommand(ctx, async (ctx) => {
    await workedConversation(ctx, actor, conversationId, { forUpdate: true });
    const entry = await complaintOf(ctx, conversationId, { forUpdate: true });
    if (!entry) throw new DomainError("not_a_complaint", 409, "inbox.complaints.notRegistered");
    if (entry.answeredAt) throw new DomainError("complaint_answered", 409, "inbox.complaints.answered");
    // One final answer at a time: while one waits for approval, a second would reach the client too.
    if (entry.outcome !== null && (await answerAwaitingApproval(ctx, conversationId)))
      throw new DomainError("final_answer_pending", 409, "inbox.complaints.final.pending");

    const errors: FieldErrors = {};
    const outcome = isOneOf(COMPLAINT_OUTCOMES, form.outcome) ? form.outcome : undefined;
    const level = isOneOf(COMPLAINT_LEVELS, form.level) ? form.level : undefined;
    const cents = compensationCents(form.compensation);
    if (!form.body.trim()) errors.body = "inbox.complaints.final.bodyNeeded";
    else if (outcome && outcome !== "upheld" && !namesTheMediator(form.body, ctx.config.mediatorContact))
      errors.body = "inbox.complaints.final.mediatorMissing";
    if (!outcome) errors.outcome = "inbox.complaints.final.outcomeNeeded";
    if (!level) errors.level = "inbox.complaints.final.levelNeeded";
    if (cents === undefined) errors.compensation = "inbox.complaints.final.compensationFormat";
    for (const name of REGISTER_FIELDS) {
      const value = form[name].trim();
      if (!value || value.length > REGISTER_TEXT_MAX) errors[name] = "inbox.complaints.final.registerText";
    }
    if (!outcome || !level || cents === undefined || Object.keys(errors).length > 0)
      return { ok: false as const, errors };

    const sent = await answer(ctx, actor, conversationId, {
      body: form.body.trim(),
      public: false,
      statusAfter: "resolved",
    });
    const now = ctx.clock.now();
    await ctx.db
      .update(complaints)
      .set({
        // Waiting for a colleague's approval, it is answered when it leaves (register.ts finalAnswerSent).
        answeredAt: sent.delivery === "sent" ? now : null,
        outcome,
        compensationCents: cents,
        product: form.product.trim(),
        category: form.category.trim(),
        rootCause: form.rootCause.trim(),
        level,
      })
      .where(eq(complaints.id, entry.id));
    await recordAudit(ctx.db, {
      actorId: actor.id,
      actorRole: actor.role,
      action: "inbox.complaint_answered",
      subjectType: "inbox_conversation",
      subjectId: conversationId,
      details: {
        messageId: sent.messageId,
        outcome,
        ...(cents === null ? {} : { compensationCents: cents }),
      },
    });
    await ctx.afterCommit((c) => inboxChanged(c, { conversationId, kind: "complaint" }));
    return { ok: true as const, messageId: sent.messageId, delivery: sent.delivery };
  });
}

async function answerAwaitingApproval(ctx: AppContext, conversationId: number): Promise<boolean> {
  const [pending] = await ctx.db
    .select({ id: messages.id })
    .from(messages)
    .where(and(eq(messages.conversationId, conversationId), eq(messages.delivery, "pending_approval")))
    .limit(1);
  return pending !== undefined;
}

/**
 * An approver editing a final answer that waits for approval must keep the mediator's details of
 * a rejection: the reason to refuse the edit, or undefined.
 */
export async function finalAnswerEditRefused(
  ctx: AppContext,
  conversationId: number,
  body: string,
): Promise<MessageKey | undefined> {
  const entry = await complaintOf(ctx, conversationId);
  if (!entry?.outcome || entry.answeredAt || entry.outcome === "upheld") return undefined;
  return namesTheMediator(body, ctx.config.mediatorContact)
    ? undefined
    : "inbox.complaints.final.mediatorMissing";
}
