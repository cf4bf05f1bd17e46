import { type Change, changeOf } from "./change.ts";
import { twoSidedStudentP, Z95 } from "./distributions.ts";
import { kish } from "./weighting.ts";

/** A sample's summary, what Welch's test needs of each side. */
export interface Moments {
  mean: number;
  /** The sample standard deviation (n − 1 in the denominator). */
  sd: number;
  n: number;
}

export interface Description extends Moments {
  /** Kish's effective n (n itself without weights), the n of the interval. */
  effectiveN: number;
  ci95: [number, number];
}

/**
 * Mean, standard deviation and 95 % interval of answers on a scale (satisfaction 1–5, effort),
 * weighted or not. With weights, the standard error uses the effective n.
 */
export function describe(values: readonly number[], weights?: readonly number[]): Description {
  const w = weights ?? values.map(() => 1);
  const total = w.reduce((sum, x) => sum + x, 0);
  const n = values.length;
  if (n === 0 || !(total > 0))
    return { mean: Number.NaN, sd: Number.NaN, n, effectiveN: 0, ci95: [Number.NaN, Number.NaN] };
  const mean = values.reduce((sum, x, i) => sum + x * (w[i] ?? 0), 0) / total;
  const squares = values.reduce((sum, x, i) => sum + (w[i] ?? 0) * (x - mean) ** 2, 0);
  const effectiveN = weights ? kish(weights) : n;
  const sd = effectiveN > 1 ? Math.sqrt((squares / total) * (effectiveN / (effectiveN - 1))) : Number.NaN;
  const half = (Z95 * sd) / Math.sqrt(effectiveN);
  return { mean, sd, n, effectiveN, ci95: [mean - half, mean + half] };
}

/**
 * Welch's t-test for two means with unequal variances, two-sided, with the Welch–Satterthwaite
 * degrees of freedom. The statistic is t = (mean a − mean b) / SE.
 */
export function compareMeans(a: Moments, b: Moments): Change & { df: number } {
  const va = (a.sd * a.sd) / a.n;
  const vb = (b.sd * b.sd) / b.n;
  const se = Math.sqrt(va + vb);
  if (!(se > 0)) return { ...changeOf(b.mean - a.mean, 0, 1), df: a.n + b.n - 2 };
  const t = (a.mean - b.mean) / se;
  const df = (va + vb) ** 2 / ((va * va) / (a.n - 1) + (vb * vb) / (b.n - 1));
  return { ...changeOf(b.mean - a.mean, t, twoSidedStudentP(t, df)), df };
}
