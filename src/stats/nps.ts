import { type Change, changeOf } from "./change.ts";
import { twoSidedNormalP, Z95 } from "./distributions.ts";

/** Answers to "would you recommend…" on 0–10: promoters 9–10, passives 7–8, detractors 0–6. */
export interface NpsCounts {
  promoters: number;
  passives: number;
  detractors: number;
  /** With weights, the counts are weighted sums and this is Kish's effective n. */
  effectiveN?: number;
}

/** The NPS bucket of a 0–10 answer. */
export function npsBucket(score: number): "promoter" | "passive" | "detractor" {
  return score >= 9 ? "promoter" : score >= 7 ? "passive" : "detractor";
}

interface NpsMoments {
  nps: number;
  /** Variance of the NPS, in points², from the multinomial variance of its answers. */
  variance: number;
  n: number;
}

function moments(counts: NpsCounts): NpsMoments {
  const total = counts.promoters + counts.passives + counts.detractors;
  const n = counts.effectiveN ?? total;
  if (!(total > 0) || !(n > 0)) return { nps: 0, variance: Number.NaN, n: 0 };
  const promoters = counts.promoters / total;
  const detractors = counts.detractors / total;
  const difference = promoters - detractors;
  // Var(p̂P − p̂D) = [pP + pD − (pP − pD)²] / n for one multinomial sample.
  const variance = (10_000 * (promoters + detractors - difference * difference)) / n;
  return { nps: 100 * difference, variance, n };
}

/**
 * The Net Promoter Score in points (−100 to 100), share of promoters minus share of detractors,
 * with its 95 % interval from the multinomial variance (a Wald interval, as the method is usually
 * published; it may pass ±100 for tiny samples, which the minimum n keeps off the dashboards).
 */
export function nps(counts: NpsCounts): { nps: number; ci95: [number, number]; n: number } {
  const m = moments(counts);
  const half = Z95 * Math.sqrt(m.variance);
  return { nps: m.nps, ci95: [m.nps - half, m.nps + half], n: m.n };
}

/** Did the NPS change between two periods? Independent samples: z = (a − b) / √(Var a + Var b). */
export function compareNps(a: NpsCounts, b: NpsCounts): Change {
  const ma = moments(a);
  const mb = moments(b);
  const se = Math.sqrt(ma.variance + mb.variance);
  if (!(se > 0)) return changeOf(mb.nps - ma.nps, 0, 1);
  const z = (ma.nps - mb.nps) / se;
  return changeOf(mb.nps - ma.nps, z, twoSidedNormalP(z));
}
