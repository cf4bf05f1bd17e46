import { and, asc, count, eq, gte, inArray, type SQL, sql } from "drizzle-orm";
import { addMonthsClamped, parisDay, startOfParisDay } from "../../calendar/index.ts";
import type { AppContext } from "../../platform/context.ts";
import { onePage, type Page } from "../../platform/http/paging.ts";
import { isOneOf } from "../../platform/one-of.ts";
import { PRODUCTS, type Product, REVIEWS_PER_PAGE, SCORE_MONTHS, type Score } from "./model.ts";
import type { Review } from "./moderation.ts";
import { reviewAnswers, reviews, reviewVersions } from "./schema.ts";
import { averageToOneDecimal } from "./score.ts";

/**
 * What visitors read: the score, the published reviews newest first (filtered by product and
 * rating), each review with its earlier versions and the bank's answer. Batch readers: one query
 * for the answers and one for the versions of a whole page.
 */
export type Answer = typeof reviewAnswers.$inferSelect;
export type Version = typeof reviewVersions.$inferSelect;

export interface Filters {
  product: Product | null;
  rating: number | null;
}

/** Filters from the query string; anything unknown is no filter. */
export function filtersFrom(product: string, rating: string): Filters {
  return {
    product: isOneOf(PRODUCTS, product) ? product : null,
    rating: /^[1-5]$/.test(rating) ? Number(rating) : null,
  };
}

/** Where the score's window starts: the same day twelve months ago, at midnight in Paris. */
export const scoreWindowStart = (now: Date) =>
  startOfParisDay(addMonthsClamped(parisDay(now), -SCORE_MONTHS));

/** The score of the reviews published in the window, computed by the database from the rows. */
export async function scoreNow(ctx: AppContext): Promise<Score> {
  const rows = await ctx.db
    .select({ rating: reviews.rating, n: count() })
    .from(reviews)
    .where(and(eq(reviews.status, "published"), gte(reviews.publishedAt, scoreWindowStart(ctx.clock.now()))))
    .groupBy(reviews.rating);
  const distribution: Score["distribution"] = [0, 0, 0, 0, 0];
  let sum = 0;
  let total = 0;
  for (const { rating, n } of rows) {
    distribution[rating - 1] = n;
    sum += rating * n;
    total += n;
  }
  return { average: averageToOneDecimal(sum, total), count: total, distribution };
}

export async function publishedReviews(
  ctx: AppContext,
  filters: Filters,
  asked: number,
): Promise<Page<Review>> {
  const conditions: SQL[] = [eq(reviews.status, "published")];
  if (filters.product) conditions.push(eq(reviews.product, filters.product));
  if (filters.rating) conditions.push(eq(reviews.rating, filters.rating));
  const where = and(...conditions);
  return onePage(
    asked,
    async () => (await ctx.db.select({ n: count() }).from(reviews).where(where))[0]?.n ?? 0,
    (limit, offset) =>
      ctx.db
        .select()
        .from(reviews)
        .where(where)
        // As the partial indexes are ordered (desc nulls last): a page is read from an index, never sorted.
        .orderBy(sql`${reviews.publishedAt} desc nulls last`, sql`${reviews.id} desc nulls last`)
        .limit(limit)
        .offset(offset),
    REVIEWS_PER_PAGE,
  );
}

export async function publishedReview(ctx: AppContext, id: number): Promise<Review | undefined> {
  const [review] = await ctx.db
    .select()
    .from(reviews)
    .where(and(eq(reviews.id, id), eq(reviews.status, "published")));
  return review;
}

/** The bank's answers to these reviews. */
export async function answersTo(ctx: AppContext, ids: number[]): Promise<Map<number, Answer>> {
  if (ids.length === 0) return new Map();
  const rows = await ctx.db.select().from(reviewAnswers).where(inArray(reviewAnswers.reviewId, ids));
  return new Map(rows.map((row) => [row.reviewId, row]));
}

/** The earlier public versions of these reviews, oldest first. */
export async function earlierVersions(ctx: AppContext, ids: number[]): Promise<Map<number, Version[]>> {
  const found = new Map<number, Version[]>();
  if (ids.length === 0) return found;
  const rows = await ctx.db
    .select()
    .from(reviewVersions)
    .where(inArray(reviewVersions.reviewId, ids))
    .orderBy(asc(reviewVersions.version));
  for (const row of rows) found.set(row.reviewId, [...(found.get(row.reviewId) ?? []), row]);
  return found;
}
