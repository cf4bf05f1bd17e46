import { and, eq } from "drizzle-orm";
import { recordAudit } from "../../platform/audit/service.ts";
import { may } from "../../platform/auth/access.ts";
import type { Actor } from "../../platform/auth/actor.ts";
import type { AppContext } from "../../platform/context.ts";
import { DomainError, forbidden, notFound } from "../../platform/http/errors.ts";
import { i18nFor, type MessageKey } from "../../platform/i18n/index.ts";
import { composeMail } from "../../platform/mail/compose.tsx";
import type { FieldErrors } from "../../platform/views/components.tsx";
import { mailRecipients, restrictAccount } from "../accounts/index.ts";
import { editPost, findPost, previousVersion, restorePost } from "../community/index.ts";
import { type Decision, decisionUrl } from "./decisions.ts";
import { moderate } from "./policy.ts";
import { EXPLANATION_LIMITS } from "./reports.ts";
import { publishHeld } from "./review.ts";
import { appeals, decisions, heldPosts } from "./schema.ts";

/**
 * Appeals (DSA art. 20): the author of a decision may contest it for six months; someone other
 * than the first decider upholds or reverses it, and the author is told why. A reversal undoes
 * what it can: a held post is published, a hidden one put back, a moderator's edit undone, a
 * restriction lifted. Deleted (erased) words cannot come back; the reversal is still recorded.
 */
export type Appeal = typeof appeals.$inferSelect;
type Outcome<T = undefined> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

function textProblem(text: string, prefix: "appeal.statement" | "appeal.reasons"): MessageKey | undefined {
  const length = text.trim().length;
  if (length < EXPLANATION_LIMITS.min) return `${prefix}.tooShort`;
  if (length > EXPLANATION_LIMITS.max) return `${prefix}.tooLong`;
  return undefined;
}

export function canAppeal(decision: Decision, appeal: Appeal | null, now: Date): boolean {
  return appeal === null && decision.appealableUntil !== null && decision.appealableUntil > now;
}

export async function fileAppeal(
  ctx: AppContext,
  author: Actor,
  decisionId: number,
  statement: string,
): Promise<Outcome<Appeal>> {
  const [row] = await ctx.db
    .select({ decision: decisions, appeal: appeals })
    .from(decisions)
    .leftJoin(appeals, eq(appeals.decisionId, decisions.id))
    .where(and(eq(decisions.id, decisionId), eq(decisions.accountId, author.id)));
  if (!row) throw notFound();
  if (!canAppeal(row.decision, row.appeal, ctx.clock.now()))
    throw new DomainError("appeal_closed", 409, "appeal.closed");
  const problem = textProblem(statement, "appeal.statement");
  if (problem) return { ok: false, errors: { statement: problem } };
  const [appeal] = await ctx.db
    .insert(appeals)
    .values({ decisionId, statement: statement.trim() })
    .onConflictDoNothing()
    .returning();
  if (!appeal) throw new DomainError("appeal_closed", 409, "appeal.closed");
  return { ok: true, value: appeal };
}

/** Who may decide this appeal: a moderator who did not take the decision appealed against. */
export function canDecideAppeal(moderator: Actor, decision: Decision): boolean {
  return may(moderator, moderate) && decision.decidedBy !== moderator.id;
}

async function undo(ctx: AppContext, moderator: Actor, decision: Decision): Promise<void> {
  switch (decision.action) {
    case "rejected": {
      if (decision.heldPostId === null) return;
      const [held] = await ctx.db.select().from(heldPosts).where(eq(heldPosts.id, decision.heldPostId));
      if (held && held.status === "rejected") await publishHeld(ctx, moderator, held);
      return;
    }
    case "hidden":
    case "removed":
      if (decision.postId !== null) await restorePost(ctx, decision.postId);
      return;
    case "edited": {
      if (decision.postId === null) return;
      // A post withdrawn since has nothing left to restore the words of.
      const [post, before] = await Promise.all([
        findPost(ctx, decision.postId),
        previousVersion(ctx, decision.postId),
      ]);
      if (post && !post.deleted && before !== undefined)
        await editPost(ctx, moderator, decision.postId, before, { moderationNote: "" });
      return;
    }
    case "silenced":
    case "suspended":
      await restrictAccount(ctx, decision.accountId, decision.action, null);
      return;
    case "held":
      return;
  }
}

export async function decideAppeal(
  ctx: AppContext,
  moderator: Actor,
  appealId: number,
  input: { outcome: string; reasons: string },
): Promise<Outcome<Appeal>> {
  const [row] = await ctx.db
    .select({ appeal: appeals, decision: decisions })
    .from(appeals)
    .innerJoin(decisions, eq(decisions.id, appeals.decisionId))
    .where(and(eq(appeals.id, appealId), eq(appeals.status, "open")));
  if (!row) throw notFound();
  if (!canDecideAppeal(moderator, row.decision)) throw forbidden();
  const errors: FieldErrors = {};
  const problem = textProblem(input.reasons, "appeal.reasons");
  if (problem) errors.reasons = problem;
  const outcome = input.outcome === "upheld" || input.outcome === "reversed" ? input.outcome : undefined;
  if (!outcome) errors.outcome = "appeal.outcome.missing";
  if (Object.keys(errors).length > 0 || !outcome) return { ok: false, errors };
  if (outcome === "reversed") await undo(ctx, moderator, row.decision);
  const [decided] = await ctx.db
    .update(appeals)
    .set({
      status: outcome,
      decidedBy: moderator.id,
      decidedAt: ctx.clock.now(),
      reasons: input.reasons.trim(),
    })
    .where(eq(appeals.id, appealId))
    .returning();
  await recordAudit(ctx.db, {
    actorId: moderator.id,
    actorRole: moderator.role,
    action: `moderation.appeal_${outcome}`,
    subjectType: "appeal",
    subjectId: appealId,
    details: { decision: row.decision.id },
  });
  await sendAppealOutcome(ctx, row.decision, decided!);
  return { ok: true, value: decided! };
}

async function sendAppealOutcome(ctx: AppContext, decision: Decision, appeal: Appeal): Promise<void> {
  const recipient = (await mailRecipients(ctx, [decision.accountId])).get(decision.accountId);
  if (!recipient) return;
  const i18n = i18nFor(recipient.locale ?? ctx.config.defaultLocale);
  await ctx.outbox.queue(ctx.db, {
    key: `moderation.appeal:${appeal.id}`,
    category: "moderation.appeal",
    to: recipient.email,
    ...composeMail(i18n, ctx.config.bankName, {
      subject: i18n.t("mail.appeal.subject"),
      greeting: i18n.t("mail.decision.greeting", { name: recipient.displayName }),
      paragraphs: [
        i18n.t(`appeal.status.${appeal.status}`),
        i18n.t("mail.decision.explanation", { explanation: appeal.reasons ?? "" }),
      ],
      action: {
        label: i18n.t("mail.decision.action"),
        url: new URL(decisionUrl(decision.id), ctx.config.baseUrl).href,
      },
    }),
  });
}
