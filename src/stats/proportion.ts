import { type Change, changeOf } from "./change.ts";
import { twoSidedNormalP, Z95 } from "./distributions.ts";

/** k answers out of n; with weights, k and n are weighted sums and `effectiveN` is Kish's effective n. */
export interface Count {
  k: number;
  n: number;
  effectiveN?: number;
}

export interface Estimate {
  estimate: number;
  ci95: [number, number];
  /** The sample size the interval rests on (the effective n when weighted). */
  n: number;
}

/**
 * A share with its Wilson score interval (Wilson 1927; Newcombe 1998, method 3): unlike the
 * textbook p ± 1.96·√(p(1−p)/n), it never leaves [0, 1] and keeps its 95 % coverage near 0 and 1
 * and for small n. With weights, the interval uses the effective n.
 */
export function proportion(count: Count): Estimate {
  const share = count.n > 0 ? count.k / count.n : 0;
  const n = count.effectiveN ?? count.n;
  if (!(n > 0)) return { estimate: share, ci95: [0, 1], n: 0 };
  const z2 = Z95 * Z95;
  const denominator = 1 + z2 / n;
  const centre = (share + z2 / (2 * n)) / denominator;
  const half = (Z95 / denominator) * Math.sqrt((share * (1 - share)) / n + z2 / (4 * n * n));
  return { estimate: share, ci95: [Math.max(0, centre - half), Math.min(1, centre + half)], n };
}

/**
 * Did a share change between two periods? The two-proportion z-test with the pooled share
 * (the null hypothesis is "no change"), two-sided. With weights, each side counts its effective n.
 */
export function compareProportions(a: Count, b: Count): Change {
  const na = a.effectiveN ?? a.n;
  const nb = b.effectiveN ?? b.n;
  const pa = a.n > 0 ? a.k / a.n : 0;
  const pb = b.n > 0 ? b.k / b.n : 0;
  const pooled = (pa * na + pb * nb) / (na + nb);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / na + 1 / nb));
  if (!(se > 0)) return changeOf(pb - pa, 0, 1);
  const z = (pa - pb) / se;
  return changeOf(pb - pa, z, twoSidedNormalP(z));
}
