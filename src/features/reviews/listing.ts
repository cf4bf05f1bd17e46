import { and, asc, count, eq, inArray, type SQL, sql } from "drizzle-orm";
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

/**
 * The score of the reviews published in the window, counted by the database from the rows: one
 * count per number of stars, each a range of the index on (rating, publication) read alone
 * (a grouped count read every published review instead: 500 ms on 500,000).
 */
export async function scoreNow(ctx: AppContext): Promise<Score> {
  const since = scoreWindowStart(ctx.clock.now());
  const stars = (rating: number) =>
    sql<number>`(select count(*) from ${reviews} where ${reviews.status} = 'published'
      and ${reviews.rating} = ${rating} and ${reviews.publishedAt} >= ${since})`.mapWith(Number);
  const [row] = await ctx.db
    .select({ one: stars(1), two: stars(2), three: stars(3), four: stars(4), five: stars(5) })
    .from(sql`(select 1) as once`);
  const distribution: Score["distribution"] = [row!.one, row!.two, row!.three, row!.four, row!.five];
  const total = distribution.reduce((a, b) => a + b, 0);
  const sum = distribution.reduce((a, n, i) => a + n * (i + 1), 0);
  return { average: averageToOneDecimal(sum, total), count: total, distribution };
}

export async function publishedReviews(
  ctx: AppContext,
  filters: Filters,
  asked: number,
): Promise<Page<Review>> {
  // Written out, not a parameter: PostgreSQL plans statements once for any values
  // (db/connect.ts), and only this text lets that plan use the indexes kept for published reviews.
  const conditions: SQL[] = [sql`${reviews.status} = 'published'`];
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
