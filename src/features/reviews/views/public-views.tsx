import type { Page } from "../../../platform/http/paging.ts";
import { PageCount, Pagination } from "../../../platform/views/components.tsx";
import type { ViewContext } from "../../../platform/views/context.ts";
import { Layout } from "../../../platform/views/layout.tsx";
import type { Filters } from "../listing.ts";
import { aggregateMarkup, jsonForScript, reviewMarkup } from "../markup.ts";
import { PRODUCTS, type ReviewSettings, type Score } from "../model.ts";
import { DISCLOSURE_PATH, REVIEWS_PATH, reviewPath, WRITE_REVIEW_PATH } from "../paths.ts";
import { productName, ReviewCard, type ShownReview } from "./parts.tsx";

function JsonLd({ value }: { value: object }) {
  // A data block, never run: JSON with "<" escaped cannot close the element.
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonForScript(value) }} />;
}

/** The score in words, its stars, and how the stars are spread. */
function ScoreBox({ v, score }: { v: ViewContext; score: Score }) {
  const { t, number } = v.i18n;
  if (score.average === null)
    return (
      <section class="card reviews-score" aria-labelledby="score-title">
        <h2 id="score-title">{t("reviews.score.title")}</h2>
        <p>{t("reviews.score.none")}</p>
      </section>
    );
  return (
    <section class="card reviews-score" aria-labelledby="score-title">
      <h2 id="score-title">{t("reviews.score.title")}</h2>
      <p class="reviews-score__value">{t("reviews.score.value", { score: number(score.average) })}</p>
      <p>{t("reviews.score.count", { count: score.count })}</p>
      <ul class="reviews-score__distribution" aria-label={t("reviews.score.distribution")}>
        {[5, 4, 3, 2, 1].map((stars) => (
          <li key={stars}>{t("reviews.score.stars", { stars, count: score.distribution[stars - 1]! })}</li>
        ))}
      </ul>
      <p class="field__hint">{t("reviews.score.how")}</p>
    </section>
  );
}

const filterHref = (filters: Filters, page: number) => {
  const query = new URLSearchParams();
  if (filters.product) query.set("produit", filters.product);
  if (filters.rating) query.set("note", String(filters.rating));
  if (page > 1) query.set("page", String(page));
  const text = query.toString();
  return text ? `${REVIEWS_PATH}?${text}` : REVIEWS_PATH;
};

/** /avis: the score, the filters, the reviews newest first with the bank's answers. */
export function ReviewsPage(props: {
  v: ViewContext;
  score: Score;
  filters: Filters;
  page: Page<ShownReview>;
  settings: ReviewSettings;
  siteUrl: string;
}) {
  const { v, score, filters, page, settings } = props;
  const { t } = v.i18n;
  return (
    <Layout v={v} title={t("reviews.title")} description={t("reviews.lead")} canonicalPath={REVIEWS_PATH}>
      <JsonLd value={aggregateMarkup(v.bankName, props.siteUrl, score)} />
      <h1>{t("reviews.title")}</h1>
      <p class="lead">{t("reviews.lead")}</p>
      <p>
        <a class="button" href={WRITE_REVIEW_PATH}>
          {t("reviews.write")}
        </a>
      </p>
      <ScoreBox v={v} score={score} />
      <section aria-labelledby="how-title">
        <h2 id="how-title">{t("reviews.how.title")}</h2>
        <p>{t("reviews.how.text", { days: settings.moderationDelayDays })}</p>
        <p>
          <a href={DISCLOSURE_PATH}>{t("reviews.how.more")}</a>
        </p>
      </section>
      <form method="get" action={REVIEWS_PATH} class="reviews-filters" aria-labelledby="filters-title">
        <h2 id="filters-title">{t("reviews.filters.title")}</h2>
        <div class="field">
          <label for="filter-product">{t("reviews.filters.product")}</label>
          <select id="filter-product" name="produit">
            <option value="">{t("reviews.filters.allProducts")}</option>
            {PRODUCTS.map((product) => (
              <option key={product} value={product} selected={filters.product === product}>
                {productName(v, product)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="filter-rating">{t("reviews.filters.rating")}</label>
          <select id="filter-rating" name="note">
            <option value="">{t("reviews.filters.allRatings")}</option>
            {[5, 4, 3, 2, 1].map((rating) => (
              <option key={rating} value={String(rating)} selected={filters.rating === rating}>
                {t("reviews.rating.outOf", { rating })}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{t("reviews.filters.apply")}</button>
      </form>
      <h2 id="list-title">{t("reviews.list.title")}</h2>
      <p class="field__hint">{t("reviews.list.order")}</p>
      <PageCount v={v} page={page} />
      {page.items.length === 0 ? (
        <p>{t("reviews.list.empty")}</p>
      ) : (
        <div>
          {page.items.map((shown) => (
            <ReviewCard key={shown.review.id} v={v} shown={shown} />
          ))}
        </div>
      )}
      <Pagination v={v} page={page.page} pageCount={page.pageCount} href={(p) => filterHref(filters, p)} />
    </Layout>
  );
}

/** One review's own page, with its schema.org Review. */
export function ReviewPage(props: { v: ViewContext; shown: ShownReview; siteUrl: string }) {
  const { v, shown } = props;
  const { t } = v.i18n;
  const { review } = shown;
  const url = new URL(reviewPath(review.id), props.siteUrl).href;
  return (
    <Layout v={v} title={review.title} canonicalPath={reviewPath(review.id)} openGraphType="article">
      <JsonLd
        value={reviewMarkup(
          v.bankName,
          props.siteUrl,
          {
            id: review.id,
            rating: review.rating,
            title: review.title,
            body: review.body,
            author: shown.author,
            publishedAt: review.publishedAt!,
            url,
          },
          t("reviews.anonymous"),
        )}
      />
      <p>
        <a href={REVIEWS_PATH}>{t("reviews.back")}</a>
      </p>
      <ReviewCard v={v} shown={shown} heading="h1" />
    </Layout>
  );
}
