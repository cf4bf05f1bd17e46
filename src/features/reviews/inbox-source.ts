import { eq } from "drizzle-orm";
import { runCommand } from "../../platform/commands.ts";
import type { AppContext } from "../../platform/context.ts";
import { DomainError } from "../../platform/http/errors.ts";
import { i18nFor } from "../../platform/i18n/index.ts";
import { composeMail } from "../../platform/mail/compose.tsx";
import { isOneOf } from "../../platform/one-of.ts";
import { mailRecipients } from "../accounts/index.ts";
import { deliverByEmail, type Outgoing, receive, registerSource } from "../inbox/index.ts";
import { NEGATIVE_AT_MOST, PRODUCTS } from "./model.ts";
import { REVIEWS_SCOPE, reviewPath, reviewScope } from "./paths.ts";
import { reviewAnswers, reviews } from "./schema.ts";

type Review = typeof reviews.$inferSelect;

/**
 * Reviews as a source of the inbox: the bank answers a review through the inbox, with the
 * public-reply guard (bank secrecy, credit advertising, personal data) and the approvals every
 * public answer goes through (a new advisor, a complaint answered in public), once per review.
 *
 * A review opens its conversation when it arrives if it is negative (so the bank can contact its
 * author while it waits, held or not), otherwise when it is published; an update after the
 * bank's answer joins the same conversation. The inbox reads each message as it reads any other:
 * a complaint in a review is suggested as one, and once an advisor confirms it the legal clocks
 * of complaints run (inbox/complaints).
 */
export const REVIEW_SOURCE = "review";
export const reviewThread = (id: number) => `review:${id}`;
const reviewOfThread = (threadKey: string) => Number(/^review:(\d+)$/.exec(threadKey)?.[1]);

/** The review's words, as a message to the inbox: once per version (its id at the source). */
export async function hearReview(ctx: AppContext, review: Review): Promise<number> {
  const { t } = i18nFor(review.language);
  const received = await receive(ctx, {
    source: REVIEW_SOURCE,
    threadKey: reviewThread(review.id),
    subject: t("reviews.inbox.subject", { rating: review.rating, title: review.title }),
    body:
      review.version === 1
        ? t("reviews.inbox.body", {
            title: review.title,
            body: review.body,
            rating: review.rating,
            product: isOneOf(PRODUCTS, review.product)
              ? t(`reviews.product.${review.product}`)
              : review.product,
            date: review.experienceDate,
          })
        : t("reviews.inbox.updated", {
            version: review.version,
            title: review.title,
            body: review.body,
            rating: review.rating,
          }),
    from: {
      ...(review.authorAccountId !== null
        ? { accountId: review.authorAccountId }
        : review.authorEmail
          ? { email: review.authorEmail }
          : {}),
      name: review.authorName,
      locale: review.language,
    },
    receivedAt: ctx.clock.now(),
    externalId: `review:${review.id}:${review.version}`,
    sourceLink: reviewPath(review.id),
  });
  if (review.conversationId !== received.conversationId)
    await ctx.db
      .update(reviews)
      .set({ conversationId: received.conversationId })
      .where(eq(reviews.id, review.id));
  return received.conversationId;
}

const reviewById = async (ctx: AppContext, id: number) =>
  (await ctx.db.select().from(reviews).where(eq(reviews.id, id)))[0];

/** A review just written or corrected before publication: a negative one goes to the inbox at once. */
export async function reviewArrived(ctx: AppContext, reviewId: number): Promise<void> {
  await runCommand(ctx, async (ctx) => {
    const review = await reviewById(ctx, reviewId);
    if (review && review.rating <= NEGATIVE_AT_MOST) await hearReview(ctx, review);
  });
}

/** A published review its author updated (after the bank's answer, both versions stay public): the bank hears it. */
export async function reviewUpdated(ctx: AppContext, reviewId: number): Promise<void> {
  await runCommand(ctx, async (ctx) => {
    const review = await reviewById(ctx, reviewId);
    if (review) await hearReview(ctx, review);
  });
}

/** A review just published (by a moderator or at the end of its hold), inside that command: the bank may answer it. */
export async function reviewPublished(ctx: AppContext, review: Review): Promise<void> {
  await hearReview(ctx, review);
}
/**
 * The bank's answer. In public: the one answer of the review, published on its page (a review
 * not published yet, or withdrawn, cannot be answered in public; a second answer is refused),
 * and its author told by e-mail. In private: an e-mail to the author (the bank contacting them
 * before a held review is published), threaded so that their reply comes back to the inbox.
 */
async function deliver(ctx: AppContext, answer: Outgoing): Promise<{ externalId?: string }> {
  const reviewId = reviewOfThread(answer.threadKey);
  if (!Number.isSafeInteger(reviewId)) throw new Error(`not a review's thread: ${answer.threadKey}`);
  const [review] = await ctx.db.select().from(reviews).where(eq(reviews.id, reviewId)).for("update");
  if (!review || review.status === "withdrawn")
    throw new DomainError("review_gone", 409, "reviews.inbox.gone");
  const to = await addressOf(ctx, answer);
  if (!answer.public) {
    if (!to) throw new DomainError("review_no_address", 422, "inbox.public.answerInPublic");
    // By e-mail, threaded so that the author's reply comes back to this conversation.
    return deliverByEmail(
      ctx,
      { ...answer, correspondent: { ...answer.correspondent, email: to.email } },
      REVIEW_SOURCE,
    );
  }
  if (review.status !== "published")
    throw new DomainError("review_not_published", 409, "reviews.inbox.notPublished");
  const [written] = await ctx.db
    .insert(reviewAnswers)
    .values({
      reviewId,
      authorId: answer.advisor.id,
      body: answer.body,
      reviewVersion: review.version,
      conversationId: answer.conversationId,
      publishedAt: ctx.clock.now(),
    })
    .onConflictDoNothing()
    .returning({ reviewId: reviewAnswers.reviewId });
  if (!written) throw new DomainError("review_answered", 409, "reviews.inbox.alreadyAnswered");
  if (to) await answeredMail(ctx, review, to);
  await ctx.pagesChanged([REVIEWS_SCOPE, reviewScope(reviewId)]);
  return { externalId: `review-answer:${reviewId}` };
}

async function addressOf(ctx: AppContext, answer: Outgoing) {
  const { accountId, email, displayName, locale } = answer.correspondent;
  if (accountId !== null) {
    const account = (await mailRecipients(ctx, [accountId])).get(accountId);
    return account
      ? { email: account.email, name: account.displayName, locale: account.locale ?? locale }
      : null;
  }
  return email ? { email, name: displayName, locale } : null;
}

type Address = NonNullable<Awaited<ReturnType<typeof addressOf>>>;

async function answeredMail(ctx: AppContext, review: Review, to: Address) {
  const i18n = i18nFor(to.locale);
  const { t } = i18n;
  const bank = ctx.config.bankName;
  await ctx.outbox.queue(ctx.db, {
    key: `reviews.answered:${review.id}`,
    category: "reviews.answered",
    to: to.email,
    ...composeMail(i18n, bank, {
      subject: t("reviews.inbox.answerMail.subject", { bank }),
      paragraphs: [
        t("reviews.inbox.answerMail.body", { bank, title: review.title }),
        t("reviews.inbox.answerMail.update"),
      ],
      action: {
        label: t("reviews.inbox.answerMail.action"),
        url: new URL(reviewPath(review.id), ctx.config.baseUrl).href,
      },
    }),
  });
}

/** Before a public answer is written: the review must be published, and not answered yet. */
async function refusesPublicAnswer(ctx: AppContext, threadKey: string): Promise<DomainError | null> {
  const reviewId = reviewOfThread(threadKey);
  const [review] = Number.isSafeInteger(reviewId)
    ? await ctx.db
        .select({ status: reviews.status, answered: reviewAnswers.reviewId })
        .from(reviews)
        .leftJoin(reviewAnswers, eq(reviewAnswers.reviewId, reviews.id))
        .where(eq(reviews.id, reviewId))
    : [];
  if (!review || review.status === "withdrawn")
    return new DomainError("review_gone", 409, "reviews.inbox.gone");
  if (review.status !== "published")
    return new DomainError("review_not_published", 409, "reviews.inbox.notPublished");
  if (review.answered !== null)
    return new DomainError("review_answered", 409, "reviews.inbox.alreadyAnswered");
  return null;
}

registerSource({ name: REVIEW_SOURCE, publicReplies: true, deliver, refusesPublicAnswer });
