import { and, desc, eq, ne } from "drizzle-orm";
import type { Actor } from "../../platform/auth/actor.ts";
import { runCommand } from "../../platform/commands.ts";
import type { AppContext } from "../../platform/context.ts";
import { reviewArrived } from "./inbox-source.ts";
import type { Review } from "./moderation.ts";
import { REVIEWS_SCOPE, reviewScope } from "./paths.ts";
import { mayReview } from "./policy.ts";
import { reviews } from "./schema.ts";
import { isLinkSecret, secretHash } from "./tokens.ts";
import type { TypedReview } from "./typed.ts";
import { checkWriting, reviewContent, type WriteOutcome, type Writing } from "./writing.ts";

/**
 * The author's side: their reviews and each one's decision, corrections (a refused review goes
 * back to the queue; a published one is updated and its earlier version stays public beside
 * it), withdrawal. An author is a member (their account) or, without one, whoever holds the key
 * from their e-mail.
 */
export type Author = { accountId: number } | { key: string };

export async function reviewsOf(ctx: AppContext, accountId: number): Promise<Review[]> {
  return ctx.db
    .select()
    .from(reviews)
    .where(and(eq(reviews.authorAccountId, accountId), ne(reviews.status, "withdrawn")))
    .orderBy(desc(reviews.createdAt), desc(reviews.id));
}

/** The author's review: theirs by account, or by the key (for the key, `id` is not needed). */
export async function authorsReview(
  ctx: AppContext,
  author: Author,
  id?: number,
): Promise<Review | undefined> {
  if ("accountId" in author) {
    if (id === undefined) return undefined;
    const [review] = await ctx.db
      .select()
      .from(reviews)
      .where(and(eq(reviews.id, id), eq(reviews.authorAccountId, author.accountId)));
    return review;
  }
  if (!isLinkSecret(author.key)) return undefined;
  const [review] = await ctx.db
    .select()
    .from(reviews)
    .where(eq(reviews.authorKeyHash, secretHash(author.key)));
  return review;
}

/** What the correction form starts from: the review as it stands (its update waiting, if any). */
export function typedFrom(stored: Review): TypedReview {
  const review = { ...stored, ...stored.pendingEdit };
  const stars = (value: number | null) => (value === null ? "" : String(value));
  return {
    rating: String(review.rating),
    advice: stars(review.ratingAdvice),
    digital: stars(review.ratingDigital),
    fees: stars(review.ratingFees),
    availability: stars(review.ratingAvailability),
    title: review.title,
    body: review.body,
    product: review.product,
    experienceDate: review.experienceDate,
    hold: review.holdUntil ? "1" : "",
  };
}

/**
 * Corrects a review. Refused or waiting: it goes (back) to the queue as a new arrival. Published:
 * the update waits in the queue as the next version while the version accepted stays public; once
 * a moderator accepts it, it is public beside the one before (NF ISO 20488: an update after the
 * bank's answer leaves both readable), see `publishReview`. Withdrawn: nothing to correct.
 */
export async function correctReview(
  ctx: AppContext,
  actor: Actor | null,
  author: Author,
  id: number | undefined,
  writing: Writing,
): Promise<WriteOutcome> {
  if (!mayReview(actor)) return { ok: false, staff: true };
  const current = await authorsReview(ctx, author, id);
  if (!current || current.status === "withdrawn") return { ok: false, state: "unknown" };
  const read = await checkWriting(ctx, writing);
  if (!read.ok) return read;
  const content = reviewContent(ctx, read.value);
  return runCommand(ctx, async (ctx) => {
    const now = ctx.clock.now();
    const [review] = await ctx.db.select().from(reviews).where(eq(reviews.id, current.id)).for("update");
    if (!review || review.status === "withdrawn") return { ok: false, state: "unknown" } as const;
    // A verified review keeps the date of the experience its invitation recorded, whatever the form says.
    if (review.verified) content.experienceDate = review.experienceDate;
    if (review.status === "published") {
      // Checked before it is public: the accepted version stays as it is until a moderator decides.
      const version = (review.pendingEdit?.version ?? review.version) + 1;
      await ctx.db
        .update(reviews)
        .set({ pendingEdit: { ...content, version }, pendingSince: now })
        .where(eq(reviews.id, review.id));
    } else {
      // Submitted, refused or held: checked again, as a new arrival.
      await ctx.db
        .update(reviews)
        .set({
          ...content,
          status: "submitted",
          refusalReason: null,
          // Every correction is a new version: a moderator's decision names the one they read.
          version: review.version + 1,
          submittedAt: now,
        })
        .where(eq(reviews.id, review.id));
    }
    if (review.status !== "published") await reviewArrived(ctx, review.id);
    return { ok: true, reviewId: review.id, authorKey: null } as const;
  });
}

/** Withdraws the author's review: it leaves the public pages at once. False when already withdrawn. */
export async function withdrawReview(ctx: AppContext, author: Author, id?: number): Promise<boolean> {
  const review = await authorsReview(ctx, author, id);
  if (!review) return false;
  return runCommand(ctx, async (ctx) => {
    const [withdrawn] = await ctx.db
      .update(reviews)
      .set({ status: "withdrawn", withdrawnAt: ctx.clock.now() })
      .where(and(eq(reviews.id, review.id), ne(reviews.status, "withdrawn")))
      .returning({ id: reviews.id, firstPublishedAt: reviews.firstPublishedAt });
    if (withdrawn?.firstPublishedAt) await ctx.pagesChanged([REVIEWS_SCOPE, reviewScope(review.id)]);
    return Boolean(withdrawn);
  });
}
