import { ALPHA } from "./distributions.ts";

/**
 * A change between two periods (a, the earlier; b, the later). `difference` is b − a, while the
 * test statistic is (a − b) / its standard error, positive when a > b, as the barometer's
 * contract states; p is two-sided.
 */
export interface Change {
  difference: number;
  statistic: number;
  p: number;
  significant: boolean;
}

export type Verdict = "significant_rise" | "significant_drop" | "not_significant";

export function changeOf(difference: number, statistic: number, p: number): Change {
  return { difference, statistic, p, significant: p < ALPHA };
}

/** What a change says in words: "hausse significative", "baisse significative", "variation non significative". */
export function verdictOf(change: Change): Verdict {
  if (!change.significant) return "not_significant";
  return change.difference > 0 ? "significant_rise" : "significant_drop";
}

/** Under this many answers no figure or breakdown is shown (PRODUCT: privacy and honesty). */
export const MINIMUM_N_DEFAULT = 30;

/** True when a figure rests on too few answers to be shown (`n` may be an effective n). */
export function belowMinimum(n: number, minimum: number = MINIMUM_N_DEFAULT): boolean {
  return !(n >= minimum);
}
