import { and, asc, count, desc, eq, inArray, isNotNull, lte, or, sql } from "drizzle-orm";
import { recordAudit } from "../../platform/audit/service.ts";
import { may } from "../../platform/auth/access.ts";
import type { Actor } from "../../platform/auth/actor.ts";
import { runCommand } from "../../platform/commands.ts";
import type { AppContext } from "../../platform/context.ts";
import { forbidden } from "../../platform/http/errors.ts";
import { i18nFor } from "../../platform/i18n/index.ts";
import { composeMail } from "../../platform/mail/compose.tsx";
import { isOneOf } from "../../platform/one-of.ts";
import type { FieldErrors } from "../../platform/views/components.tsx";
import { mailRecipients } from "../accounts/index.ts";
import { recordSentiment } from "../sentiment/index.ts";
import { reviewPublished, reviewUpdated } from "./inbox-source.ts";
import { REFUSAL_REASONS, type RefusalReason } from "./model.ts";
import { authorKeyPath, myReviewPath, REVIEWS_SCOPE, reviewPath, reviewScope } from "./paths.ts";
import { moderateReviews } from "./policy.ts";
import {
  reviewDecisions,
  reviewInvitationBatches,
  reviewInvitations,
  reviews,
  reviewVersions,
} from "./schema.ts";
import { settingsNow } from "./settings.ts";
import { newLinkSecret, secretHash } from "./tokens.ts";

/**
 * Moderation of reviews: one queue in order of arrival, each review due within the published
 * delay; a review is published, or refused for one of the fixed reasons with a statement of
 * reasons sent to its author, who may correct and resubmit. Never refused for being negative:
 * there is no such reason. Every decision is kept (reviews_decisions) and audited.
 */

export type Review = typeof reviews.$inferSelect;
export type ReviewDecision = typeof reviewDecisions.$inferSelect;

export const EXPLANATION_LIMITS = { min: 10, max: 2000 } as const;

/** Waiting for a decision: a review submitted, or a published review's update (its accepted version stays public). */
const waiting = or(
  eq(reviews.status, "submitted"),
  and(eq(reviews.status, "published"), isNotNull(reviews.pendingEdit)),
);
/** When what waits arrived: the update's arrival for a published review. */
const arrivedAt = sql<Date>`coalesce(${reviews.pendingSince}, ${reviews.submittedAt})`;

/**
 * What the moderator decides on: the review as submitted, or, for a published review with an
 * update waiting, the update (its text, its version, its arrival), shown as waiting.
 */
export function queuedVersion(review: Review): Review {
  if (!review.pendingEdit || review.status !== "published") return review;
  return {
    ...review,
    ...review.pendingEdit,
    status: "submitted",
    submittedAt: review.pendingSince ?? review.submittedAt,
  };
}

/** The reviews waiting for a decision, oldest first, with when each is due. */
export async function reviewQueue(
  ctx: AppContext,
): Promise<{ review: Review; dueAt: Date; late: boolean }[]> {
  const { moderationDelayDays } = await settingsNow(ctx);
  const now = ctx.clock.now();
  const stored = await ctx.db
    .select()
    .from(reviews)
    .where(waiting)
    .orderBy(asc(arrivedAt), asc(reviews.id))
    .limit(500);
  return stored.map(queuedVersion).map((review) => {
    const dueAt = new Date(review.submittedAt.getTime() + moderationDelayDays * 86_400_000);
    return { review, dueAt, late: dueAt < now };
  });
}

/** How many reviews wait, and how many of them are past the published delay (one query). */
export async function reviewQueueCounts(ctx: AppContext): Promise<{ waiting: number; late: number }> {
  const { moderationDelayDays } = await settingsNow(ctx);
  const lateBefore = new Date(ctx.clock.now().getTime() - moderationDelayDays * 86_400_000);
  const [row] = await ctx.db
    .select({
      waiting: count(),
      late: sql<number>`count(*) filter (where ${arrivedAt} < ${lateBefore})`.mapWith(Number),
    })
    .from(reviews)
    .where(waiting);
  return { waiting: row?.waiting ?? 0, late: row?.late ?? 0 };
}

export async function findReview(ctx: AppContext, id: number): Promise<Review | undefined> {
  const [review] = await ctx.db.select().from(reviews).where(eq(reviews.id, id));
  return review;
}

/** A review's decisions, newest first (the statement of reasons is the newest refusal). */
export async function decisionsOn(ctx: AppContext, reviewId: number): Promise<ReviewDecision[]> {
  return ctx.db
    .select()
    .from(reviewDecisions)
    .where(eq(reviewDecisions.reviewId, reviewId))
    .orderBy(desc(reviewDecisions.decidedAt), desc(reviewDecisions.id));
}

/** The newest refusal of each review, for the author's list (one query). */
export async function lastRefusals(
  ctx: AppContext,
  reviewIds: number[],
): Promise<Map<number, ReviewDecision>> {
  if (reviewIds.length === 0) return new Map();
  const rows = await ctx.db
    .select()
    .from(reviewDecisions)
    .where(and(inArray(reviewDecisions.reviewId, reviewIds), eq(reviewDecisions.decision, "refused")))
    .orderBy(asc(reviewDecisions.decidedAt), asc(reviewDecisions.id));
  return new Map(rows.map((row) => [row.reviewId, row]));
}

/** A moderator's decision on the version that arrived: kept (statement and conformity report) and audited. */
async function recordDecision(
  ctx: AppContext,
  moderator: Actor,
  review: Review,
  decision: Pick<typeof reviewDecisions.$inferInsert, "decision" | "reason" | "explanation">,
  action: string,
  details: Record<string, unknown>,
) {
  const decided = queuedVersion(review);
  await ctx.db.insert(reviewDecisions).values({
    reviewId: review.id,
    version: decided.version,
    ...decision,
    decidedBy: moderator.id,
    submittedAt: decided.submittedAt,
    decidedAt: ctx.clock.now(),
  });
  await recordAudit(ctx.db, {
    actorId: moderator.id,
    actorRole: moderator.role,
    action,
    subjectType: "review",
    subjectId: review.id,
    details,
  });
}

function requireModerator(actor: Actor) {
  if (!may(actor, moderateReviews)) throw forbidden();
}

/** With the decision: the public pages that show reviews, and this review's page. */
const publicChange = (ctx: AppContext, id: number) => ctx.pagesChanged([REVIEWS_SCOPE, reviewScope(id)]);

/**
 * Why a moderator may not decide on a review now: another decided first ("decided"); the text
 * changed since the moderator read it ("stale": the author corrected it, read it again); or the
 * moderator sent the invitation it came from ("ownBatch": whoever chose whom to invite never
 * publishes or refuses what came of it, four eyes against a fake « Avis vérifié »).
 */
export type NotDecided = "decided" | "stale" | "ownBatch";

/** The staff member who sent the invitation the review came from, if any (null for the API). */
export async function invitationSender(ctx: AppContext, review: Review): Promise<number | null> {
  if (review.invitationId === null) return null;
  const [row] = await ctx.db
    .select({ createdBy: reviewInvitationBatches.createdBy })
    .from(reviewInvitations)
    .innerJoin(reviewInvitationBatches, eq(reviewInvitationBatches.id, reviewInvitations.batchId))
    .where(eq(reviewInvitations.id, review.invitationId));
  return row?.createdBy ?? null;
}

/** Whether this moderator may decide on this review as it stands: locked, so it cannot change meanwhile. */
async function decidable(
  ctx: AppContext,
  moderator: Actor,
  id: number,
  seenVersion: number | undefined,
): Promise<{ review: Review } | { not: NotDecided }> {
  const [review] = await ctx.db.select().from(reviews).where(eq(reviews.id, id)).for("update");
  if (!review || queuedVersion(review).status !== "submitted") return { not: "decided" };
  if (seenVersion !== undefined && queuedVersion(review).version !== seenVersion) return { not: "stale" };
  if ((await invitationSender(ctx, review)) === moderator.id) {
    await recordAudit(ctx.db, {
      actorId: moderator.id,
      actorRole: moderator.role,
      action: "reviews.own_batch_decision_refused",
      subjectType: "review",
      subjectId: review.id,
      details: { invitationId: review.invitationId },
    });
    return { not: "ownBatch" };
  }
  return { review };
}

/**
 * Publishes a submitted review, or starts its hold when its author asked for one (negative
 * reviews only): it is published when the hold ends, whatever happens (`releaseHeldReviews`).
 * `seenVersion` is the version the moderator read (the form carries it): a review corrected since
 * is not published unread.
 */
export async function publishReview(
  ctx: AppContext,
  moderator: Actor,
  id: number,
  seenVersion?: number,
): Promise<{ ok: true } | { ok: false; not: NotDecided }> {
  requireModerator(moderator);
  return runCommand(ctx, async (ctx) => {
    const now = ctx.clock.now();
    const check = await decidable(ctx, moderator, id, seenVersion);
    if ("not" in check) return { ok: false, not: check.not } as const;
    const before = check.review;
    if (before.status === "published") {
      await acceptEdit(ctx, moderator, before);
      return { ok: true } as const;
    }
    const held = before.holdUntil !== null && before.holdUntil > now;
    const [review] = await ctx.db
      .update(reviews)
      .set(
        held
          ? { status: "held", refusalReason: null }
          : {
              status: "published",
              refusalReason: null,
              publishedAt: now,
              firstPublishedAt: before.firstPublishedAt ?? now,
            },
      )
      .where(and(eq(reviews.id, id), eq(reviews.status, "submitted"), eq(reviews.version, before.version)))
      .returning();
    if (!review) return { ok: false, not: "decided" } as const;
    await recordDecision(
      ctx,
      moderator,
      review,
      { decision: "published" },
      held ? "reviews.accepted_held" : "reviews.published",
      {
        rating: review.rating,
        verified: review.verified,
      },
    );
    if (!held) await published(ctx, review);
    return { ok: true } as const;
  });
}

/**
 * A published review's update accepted: the version public until now is kept in
 * `reviews_versions` and stays public beside the new one, which becomes the review, dated
 * « mis à jour le ». The inbox hears the update on the review's conversation.
 */
async function acceptEdit(ctx: AppContext, moderator: Actor, before: Review) {
  const now = ctx.clock.now();
  const edit = before.pendingEdit!;
  await recordDecision(ctx, moderator, before, { decision: "published" }, "reviews.update_published", {
    rating: edit.rating,
    version: edit.version,
  });
  await ctx.db.insert(reviewVersions).values({
    reviewId: before.id,
    version: before.version,
    rating: before.rating,
    ratingAdvice: before.ratingAdvice,
    ratingDigital: before.ratingDigital,
    ratingFees: before.ratingFees,
    ratingAvailability: before.ratingAvailability,
    title: before.title,
    body: before.body,
    product: before.product,
    experienceDate: before.experienceDate,
    publishedAt: before.editedAt ?? before.publishedAt ?? now,
    replacedAt: now,
  });
  await ctx.db
    .update(reviews)
    .set({ ...edit, pendingEdit: null, pendingSince: null, editedAt: now })
    .where(eq(reviews.id, before.id));
  await publicChange(ctx, before.id);
  await reviewUpdated(ctx, before.id);
}

/**
 * What follows a publication, inside its command: the barometer counts the review's sentiment
 * (once per review, in the same transaction), the public pages change after commit, and the
 * review reaches the inbox to be answered (inbox-source.ts).
 */
async function published(ctx: AppContext, review: Review) {
  await recordSentiment(ctx.db, {
    source: "review",
    objectId: review.id,
    at: review.publishedAt ?? ctx.clock.now(),
    product: review.product,
    text: `${review.title}\n\n${review.body}`,
    link: reviewPath(review.id),
  });
  await publicChange(ctx, review.id);
  await reviewPublished(ctx, review);
}

/** Held reviews whose hold has ended are published, whatever happened meanwhile. Returns how many. */
export async function releaseHeldReviews(ctx: AppContext): Promise<number> {
  return runCommand(ctx, async (ctx) => {
    const now = ctx.clock.now();
    const released = await ctx.db
      .update(reviews)
      .set({ status: "published", publishedAt: now })
      .where(and(eq(reviews.status, "held"), lte(reviews.holdUntil, now)))
      .returning();
    for (const review of released) {
      if (!review.firstPublishedAt)
        await ctx.db.update(reviews).set({ firstPublishedAt: now }).where(eq(reviews.id, review.id));
      await published(ctx, review);
    }
    return released.length;
  });
}

export interface RefusalValues {
  reason: string;
  explanation: string;
}

/**
 * Refuses a submitted review for one of the fixed reasons, with the moderator's explanation: the
 * statement of reasons, kept and sent to the author with the way to correct and resubmit.
 */
export async function refuseReview(
  ctx: AppContext,
  moderator: Actor,
  id: number,
  values: RefusalValues,
  seenVersion?: number,
): Promise<{ ok: true } | { ok: false; errors: FieldErrors } | { ok: false; not: NotDecided }> {
  requireModerator(moderator);
  const errors: FieldErrors = {};
  const reason = values.reason;
  if (!isOneOf(REFUSAL_REASONS, reason)) errors.reason = "reviews.refusal.reasonMissing";
  const explanation = values.explanation.trim();
  if (explanation.length < EXPLANATION_LIMITS.min || explanation.length > EXPLANATION_LIMITS.max)
    errors.explanation = "reviews.refusal.explanationLength";
  if (Object.keys(errors).length > 0 || !isOneOf(REFUSAL_REASONS, reason)) return { ok: false, errors };
  return runCommand(ctx, async (ctx) => {
    const check = await decidable(ctx, moderator, id, seenVersion);
    if ("not" in check) return { ok: false, not: check.not } as const;
    if (check.review.status === "published") {
      // The update is refused; the version accepted before stays public as it was.
      await recordDecision(
        ctx,
        moderator,
        check.review,
        { decision: "refused", reason, explanation },
        "reviews.update_refused",
        { reason },
      );
      await ctx.db.update(reviews).set({ pendingEdit: null, pendingSince: null }).where(eq(reviews.id, id));
      await sendStatement(ctx, queuedVersion(check.review), reason, explanation);
      return { ok: true } as const;
    }
    const [review] = await ctx.db
      .update(reviews)
      .set({ status: "refused", refusalReason: reason })
      .where(
        and(eq(reviews.id, id), eq(reviews.status, "submitted"), eq(reviews.version, check.review.version)),
      )
      .returning();
    if (!review) return { ok: false, not: "decided" } as const;
    await recordDecision(
      ctx,
      moderator,
      review,
      { decision: "refused", reason, explanation },
      "reviews.refused",
      {
        reason,
      },
    );
    await sendStatement(ctx, review, reason, explanation);
    // A review published before (then updated) may leave the public pages.
    if (review.firstPublishedAt) await publicChange(ctx, id);
    return { ok: true } as const;
  });
}

/**
 * The statement of reasons by e-mail: the reason from the fixed list, the moderator's words, and
 * the link to correct and resubmit (a member's review page, or a fresh key for an author without
 * an account: the previous key stops working).
 */
async function sendStatement(ctx: AppContext, review: Review, reason: RefusalReason, explanation: string) {
  let to: string | null = null;
  let link: string;
  let locale = review.language;
  if (review.authorAccountId !== null) {
    const account = (await mailRecipients(ctx, [review.authorAccountId])).get(review.authorAccountId);
    if (account) {
      to = account.email;
      locale = account.locale ?? locale;
    }
    link = myReviewPath(review.id);
  } else {
    to = review.authorEmail;
    const key = newLinkSecret();
    await ctx.db
      .update(reviews)
      .set({ authorKeyHash: secretHash(key) })
      .where(eq(reviews.id, review.id));
    link = authorKeyPath(key);
  }
  if (!to) return;
  const i18n = i18nFor(locale);
  const { t } = i18n;
  await ctx.outbox.queue(ctx.db, {
    key: `reviews.statement:${review.id}:${review.version}:${ctx.clock.now().getTime()}`,
    category: "reviews.statement",
    to,
    ...composeMail(i18n, ctx.config.bankName, {
      subject: t("reviews.mail.statement.subject"),
      greeting: t("reviews.mail.greeting"),
      paragraphs: [
        t("reviews.mail.statement.body", { title: review.title }),
        t("reviews.mail.statement.reason", { reason: t(`reviews.reason.${reason}`) }),
        t("reviews.mail.statement.explanation", { explanation }),
        t("reviews.mail.statement.correct"),
      ],
      action: { label: t("reviews.mail.statement.action"), url: new URL(link, ctx.config.baseUrl).href },
      ...(review.authorAccountId === null ? { footnote: t("reviews.mail.keyFootnote") } : {}),
    }),
  });
}
