import { and, eq, gte, inArray, isNotNull, lt } from "drizzle-orm";
import { startOfParisDay } from "../../calendar/index.ts";
import type { AppContext } from "../../platform/context.ts";
import { type ConformityFigures, conformityFigures, type ReviewFacts } from "./conformity.ts";
import { REFUSAL_REASONS } from "./model.ts";
import {
  reviewAnswers,
  reviewDecisions,
  reviewInvitationBatches,
  reviewInvitations,
  reviews,
} from "./schema.ts";
import { settingsNow } from "./settings.ts";

/**
 * The facts of one Paris calendar year, read from the reviews' own tables (every decision is
 * kept, so a review refused then corrected counts its refusal), and the figures computed from
 * them by conformity.ts. A review belongs to the year it first arrived in.
 */
export async function conformityReport(
  ctx: AppContext,
  year: number,
): Promise<{ figures: ConformityFigures; moderationDays: number }> {
  const from = startOfParisDay({ year, month: 1, day: 1 });
  const until = startOfParisDay({ year: year + 1, month: 1, day: 1 });
  const { moderationDelayDays } = await settingsNow(ctx);
  const received = await ctx.db
    .select({
      id: reviews.id,
      receivedAt: reviews.createdAt,
      verified: reviews.verified,
      status: reviews.status,
      publishedAt: reviews.firstPublishedAt,
      answeredAt: reviewAnswers.publishedAt,
    })
    .from(reviews)
    .leftJoin(reviewAnswers, eq(reviewAnswers.reviewId, reviews.id))
    .where(and(gte(reviews.createdAt, from), lt(reviews.createdAt, until)));
  const refusals = new Map<number, { at: Date; reason: string }[]>();
  const ids = received.map((review) => review.id);
  for (let i = 0; i < ids.length; i += 5000) {
    const rows = await ctx.db
      .select({
        reviewId: reviewDecisions.reviewId,
        at: reviewDecisions.decidedAt,
        reason: reviewDecisions.reason,
      })
      .from(reviewDecisions)
      .where(
        and(
          inArray(reviewDecisions.reviewId, ids.slice(i, i + 5000)),
          eq(reviewDecisions.decision, "refused"),
        ),
      );
    for (const row of rows)
      refusals.set(row.reviewId, [
        ...(refusals.get(row.reviewId) ?? []),
        { at: row.at, reason: row.reason ?? "" },
      ]);
  }
  const invitations = await ctx.db
    .select({ sentAt: reviewInvitations.sentAt, usedAt: reviewInvitations.usedAt })
    .from(reviewInvitations)
    .where(and(gte(reviewInvitations.sentAt, from), lt(reviewInvitations.sentAt, until)));
  const refusedFilters = await ctx.db
    .select({ at: reviewInvitationBatches.createdAt })
    .from(reviewInvitationBatches)
    .where(
      and(
        isNotNull(reviewInvitationBatches.refusedFilter),
        gte(reviewInvitationBatches.createdAt, from),
        lt(reviewInvitationBatches.createdAt, until),
      ),
    );
  const facts: ReviewFacts[] = received.map((review) => ({
    receivedAt: review.receivedAt,
    verified: review.verified,
    status: review.status,
    publishedAt: review.publishedAt,
    refusals: (refusals.get(review.id) ?? []).sort((a, b) => a.at.getTime() - b.at.getTime()),
    answeredAt: review.answeredAt,
  }));
  return {
    figures: conformityFigures({
      year,
      now: ctx.clock.now(),
      reviews: facts,
      invitations: invitations.map((row) => ({ sentAt: row.sentAt!, usedAt: row.usedAt })),
      refusedFilters: refusedFilters.map((row) => row.at),
      reasons: REFUSAL_REASONS,
      moderationDays: moderationDelayDays,
    }),
    moderationDays: moderationDelayDays,
  };
}
