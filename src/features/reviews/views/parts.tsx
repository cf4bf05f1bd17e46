import { dayFromIso, startOfParisDay } from "../../../calendar/index.ts";
import type { ViewContext } from "../../../platform/views/context.ts";
import type { Answer, Version } from "../listing.ts";
import { ASPECTS, type Product } from "../model.ts";
import type { Review } from "../moderation.ts";
import { reviewPath } from "../paths.ts";

/** Stars as a picture beside the rating in words ("4 sur 5"): the words carry the meaning. */
export function Stars({ v, rating }: { v: ViewContext; rating: number }) {
  return (
    <span class="stars">
      <span aria-hidden="true">
        {"★".repeat(rating)}
        {"☆".repeat(5 - rating)}
      </span>{" "}
      <span>{v.i18n.t("reviews.rating.outOf", { rating })}</span>
    </span>
  );
}

/** A calendar day stored as "YYYY-MM-DD", written the reader's way. */
export function Day({ v, iso }: { v: ViewContext; iso: string }) {
  const day = dayFromIso(iso);
  return <time dateTime={iso}>{day ? v.i18n.date(startOfParisDay(day)) : iso}</time>;
}

export const productName = (v: ViewContext, product: string) =>
  v.i18n.t(`reviews.product.${product as Product}`);

/** Plain text as paragraphs (a blank line starts a new one); never markup. */
export function Paragraphs({ text }: { text: string }) {
  return (
    <>
      {text
        .split(/\n\s*\n/)
        .filter((p) => p.trim().length > 0)
        .map((p, i) => (
          <p key={i}>{p.trim()}</p>
        ))}
    </>
  );
}

/** The aspects the author rated, if any. */
function Aspects({ v, ratings }: { v: ViewContext; ratings: (number | null)[] }) {
  const rated = ASPECTS.map((aspect, i) => [aspect, ratings[i]] as const).filter(([, r]) => r != null);
  if (rated.length === 0) return null;
  return (
    <ul class="review__aspects">
      {rated.map(([aspect, rating]) => (
        <li key={aspect}>
          {v.i18n.t(`reviews.aspect.${aspect}`)} : <Stars v={v} rating={rating!} />
        </li>
      ))}
    </ul>
  );
}

const aspectsOf = (
  r: Pick<Review, "ratingAdvice" | "ratingDigital" | "ratingFees" | "ratingAvailability">,
) => [r.ratingAdvice, r.ratingDigital, r.ratingFees, r.ratingAvailability];

export interface ShownReview {
  review: Review;
  /** The signature, or null when shown without name (after the anonymity period). */
  author: string | null;
  answer: Answer | undefined;
  versions: Version[];
}

/**
 * One review as visitors see it: its rating, title, label (verified with the experience date, or
 * spontaneous), author, dates (publication, experience, update), aspects, text, its earlier
 * versions and the bank's answer.
 */
export function ReviewCard({
  v,
  shown,
  heading = "h2",
}: {
  v: ViewContext;
  shown: ShownReview;
  heading?: "h1" | "h2";
}) {
  const { t } = v.i18n;
  const { review, answer, versions } = shown;
  const Heading = heading;
  return (
    <article class="card review" aria-labelledby={`review-${review.id}-title`}>
      <Heading id={`review-${review.id}-title`}>
        {heading === "h2" ? <a href={reviewPath(review.id)}>{review.title}</a> : review.title}
      </Heading>
      <p class="review__rating">
        <Stars v={v} rating={review.rating} />
        <span class={review.verified ? "badge badge--verified" : "badge"}>
          {review.verified ? t("reviews.label.verified") : t("reviews.label.spontaneous")}
        </span>
      </p>
      <p class="review__meta">
        {t("reviews.by", { name: shown.author ?? t("reviews.anonymous") })} ·{" "}
        {t("reviews.productLabel", { product: productName(v, review.product) })}
        <br />
        {t("reviews.experienceOn")} <Day v={v} iso={review.experienceDate} /> · {t("reviews.publishedOn")}{" "}
        {review.publishedAt && (
          <time dateTime={review.publishedAt.toISOString()}>{v.i18n.date(review.publishedAt)}</time>
        )}
        {review.editedAt && (
          <>
            {" "}
            · {t("reviews.updatedOn")}{" "}
            <time dateTime={review.editedAt.toISOString()}>{v.i18n.date(review.editedAt)}</time>
          </>
        )}
      </p>
      <Aspects v={v} ratings={aspectsOf(review)} />
      <Paragraphs text={review.body} />
      {versions.length > 0 && (
        <details class="review__versions">
          <summary>{t("reviews.versions", { count: versions.length })}</summary>
          {versions.map((version) => (
            <section
              key={version.version}
              aria-label={t("reviews.versionLabel", { version: version.version })}
            >
              <p class="review__meta">
                {t("reviews.versionOf")}{" "}
                <time dateTime={version.publishedAt.toISOString()}>{v.i18n.date(version.publishedAt)}</time> ·{" "}
                <Stars v={v} rating={version.rating} />
              </p>
              <p>
                <strong>{version.title}</strong>
              </p>
              <Paragraphs text={version.body} />
            </section>
          ))}
        </details>
      )}
      {answer && (
        <section class="review__answer" aria-label={t("reviews.answerOf", { bank: v.bankName })}>
          <p class="review__meta">
            <strong>{t("reviews.answerOf", { bank: v.bankName })}</strong> ·{" "}
            <time dateTime={answer.publishedAt.toISOString()}>{v.i18n.date(answer.publishedAt)}</time>
          </p>
          <Paragraphs text={answer.body} />
        </section>
      )}
    </article>
  );
}
