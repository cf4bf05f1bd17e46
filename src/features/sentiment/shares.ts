import { proportion } from "../../stats/index.ts";
import type { NegativeShare, SentimentCounts } from "./model.ts";

/** The share of negative messages among all, with its Wilson 95 % interval (src/stats). */
export function negativeShare(counts: SentimentCounts): NegativeShare {
  return proportion({ k: counts.negative, n: counts.total });
}
