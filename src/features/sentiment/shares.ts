import type { NegativeShare, SentimentCounts } from "./model.ts";

/**
 * The share of negative messages among all, with its Wilson 95 % interval.
 * TEMPORARY until src/stats lands (the lead's `proportion`): this stub only carries the point
 * estimate, so that the barometer can be built against the shape; the next commit calls
 * `proportion` instead, the one implementation of every figure.
 */
export function negativeShare(counts: SentimentCounts): NegativeShare {
  const estimate = counts.total === 0 ? 0 : counts.negative / counts.total;
  return { estimate, ci95: [estimate, estimate], n: counts.total };
}
