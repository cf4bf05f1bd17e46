import normalCdf from "@stdlib/stats-base-dists-normal-cdf";
import studentCdf from "@stdlib/stats-base-dists-t-cdf";

/** The normal quantile of 97.5 %: a two-sided 95 % interval is the estimate ± Z95 standard errors. */
export const Z95 = 1.959963984540054;

/** Significance level of every test the barometer reports ("significatif au seuil de 5 %"). */
export const ALPHA = 0.05;

/** P(|Z| ≥ |z|) for a standard normal Z; computed from the lower tail so tiny values keep their precision. */
export function twoSidedNormalP(z: number): number {
  return Math.min(1, 2 * normalCdf(-Math.abs(z), 0, 1));
}

/** P(|T| ≥ |t|) for Student's t with `df` degrees of freedom (Welch's df need not be whole). */
export function twoSidedStudentP(t: number, df: number): number {
  return Math.min(1, 2 * studentCdf(-Math.abs(t), df));
}
