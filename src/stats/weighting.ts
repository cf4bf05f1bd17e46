/**
 * Weighting answers to the population the bank serves: each respondent's cells (age band, region,
 * client or not) and the target share of each category, per dimension, set by the bank.
 */
export type Cells = Readonly<Record<string, string>>;
export type Targets = Readonly<Record<string, Readonly<Record<string, number>>>>;

/** What is wrong with a set of targets, for a message naming the dimension and category. */
export type TargetProblem =
  | { kind: "not_a_share"; dimension: string; category: string }
  | { kind: "sum"; dimension: string; total: number }
  | { kind: "nobody"; dimension: string; category: string };

/** A dimension's shares must sum to 100 % (to within 0.1 point, what a form with one decimal allows). */
const SUM_TOLERANCE = 0.001;
const MAX_ITERATIONS = 200;
const CONVERGED = 1e-9;

/** Kish's effective sample size (Σw)² / Σw²: how many unweighted answers the weighted ones are worth. */
export function kish(weights: readonly number[]): number {
  let sum = 0;
  let squares = 0;
  for (const w of weights) {
    sum += w;
    squares += w * w;
  }
  return squares > 0 ? (sum * sum) / squares : 0;
}

/** Checks the targets before any weighting: shares between 0 and 1, each dimension summing to 1. */
export function checkTargets(targets: Targets, rows: readonly { cells: Cells }[] = []): TargetProblem[] {
  const problems: TargetProblem[] = [];
  const unmet: TargetProblem[] = [];
  for (const [dimension, shares] of Object.entries(targets)) {
    let total = 0;
    for (const [category, share] of Object.entries(shares)) {
      if (!Number.isFinite(share) || share < 0 || share > 1)
        problems.push({ kind: "not_a_share", dimension, category });
      else total += share;
      if (rows.length > 0 && share > 0 && !rows.some((row) => row.cells[dimension] === category))
        unmet.push({ kind: "nobody", dimension, category });
    }
    if (Math.abs(total - 1) > SUM_TOLERANCE) problems.push({ kind: "sum", dimension, total });
  }
  return [...problems, ...unmet];
}

export interface Raking {
  /** One weight per row, in the rows' order, averaging 1 (so they sum to the number of answers). */
  weights: number[];
  effectiveN: number;
  converged: boolean;
  iterations: number;
}

/**
 * Raking (iterative proportional fitting, Deming and Stephan 1940): the weights are adjusted to
 * each dimension's margins in turn until every weighted margin matches its target. A respondent
 * whose cell in a dimension has no target (or who did not answer it) keeps its weight in that step.
 * Call `checkTargets` first: with a category nobody answered, the margins cannot all be met.
 */
export function rake(rows: readonly { cells: Cells }[], targets: Targets): Raking {
  const weights = rows.map(() => 1);
  const dimensions = Object.entries(targets);
  let iterations = 0;
  let converged = rows.length === 0 || dimensions.length === 0;
  while (!converged && iterations < MAX_ITERATIONS) {
    iterations++;
    let largest = 0;
    for (const [dimension, shares] of dimensions) {
      const totals = new Map<string, number>();
      let covered = 0;
      rows.forEach((row, i) => {
        const category = row.cells[dimension];
        if (category === undefined || shares[category] === undefined) return;
        totals.set(category, (totals.get(category) ?? 0) + (weights[i] ?? 0));
        covered += weights[i] ?? 0;
      });
      const factors = new Map<string, number>();
      for (const [category, total] of totals) {
        const factor = total > 0 ? ((shares[category] ?? 0) * covered) / total : 1;
        factors.set(category, factor);
        largest = Math.max(largest, Math.abs(factor - 1));
      }
      rows.forEach((row, i) => {
        const factor = factors.get(row.cells[dimension] ?? "");
        if (factor !== undefined) weights[i] = (weights[i] ?? 0) * factor;
      });
    }
    converged = largest < CONVERGED;
  }
  const mean = weights.reduce((sum, w) => sum + w, 0) / (weights.length || 1);
  const normalised = mean > 0 ? weights.map((w) => w / mean) : weights;
  return { weights: normalised, effectiveN: kish(normalised), converged, iterations };
}
