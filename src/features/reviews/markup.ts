import type { Score } from "./model.ts";

/**
 * schema.org markup for search engines, as JSON-LD: the bank's AggregateRating on /avis and each
 * review's Review. Built from the same values the page shows, so the two cannot disagree. Pure.
 */
export interface ReviewFacts {
  id: number;
  rating: number;
  title: string;
  body: string;
  /** The signature shown, or null when the review is shown without name. */
  author: string | null;
  publishedAt: Date;
  url: string;
}

const organisation = (bankName: string, url: string) => ({
  "@type": "BankOrCreditUnion",
  name: bankName,
  url,
});

export function aggregateMarkup(bankName: string, siteUrl: string, score: Score): object {
  return {
    "@context": "https://schema.org",
    ...organisation(bankName, siteUrl),
    ...(score.average === null
      ? {}
      : {
          aggregateRating: {
            "@type": "AggregateRating",
            ratingValue: score.average,
            reviewCount: score.count,
            bestRating: 5,
            worstRating: 1,
          },
        }),
  };
}

export function reviewMarkup(
  bankName: string,
  siteUrl: string,
  review: ReviewFacts,
  anonymous: string,
): object {
  return {
    "@context": "https://schema.org",
    "@type": "Review",
    "@id": review.url,
    url: review.url,
    name: review.title,
    reviewBody: review.body,
    datePublished: review.publishedAt.toISOString(),
    author: { "@type": "Person", name: review.author ?? anonymous },
    reviewRating: { "@type": "Rating", ratingValue: review.rating, bestRating: 5, worstRating: 1 },
    itemReviewed: organisation(bankName, siteUrl),
  };
}

/** JSON safe inside a <script> element: no "</script>", no HTML comment, no line separators. */
export function jsonForScript(value: object): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
