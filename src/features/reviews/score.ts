import type { Score } from "./model.ts";

/**
 * The score from the ratings themselves: the average to one decimal (halves rounded up, as a
 * person would), the count and the distribution of stars. Pure: the page's query and any
 * recomputation (a test, an auditor's spreadsheet) must agree with it.
 */
export function scoreOf(ratings: readonly number[]): Score {
  const distribution: Score["distribution"] = [0, 0, 0, 0, 0];
  let sum = 0;
  for (const rating of ratings) {
    distribution[rating - 1]! += 1;
    sum += rating;
  }
  return { average: averageToOneDecimal(sum, ratings.length), count: ratings.length, distribution };
}

/** sum / count to one decimal, computed on integers so 4.25 is never 4.2 by a floating-point slip. */
export function averageToOneDecimal(sum: number, count: number): number | null {
  if (count === 0) return null;
  return Math.floor((sum * 20 + count) / (2 * count)) / 10;
}
