import type { Change } from "./change.ts";
import { compareMeans, describe, type Moments } from "./means.ts";
import { compareNps, type NpsCounts, nps } from "./nps.ts";
import { type Count, compareProportions, proportion } from "./proportion.ts";
import { checkTargets, kish, rake, type Targets } from "./weighting.ts";

/**
 * One line of `confiance stats`: a JSON object with an `op`, answered by the same functions the
 * dashboards use. Figures are rounded to 4 decimals (NPS in points too). Ops:
 *   proportion {k, n[, effective_n]}                  → {estimate, ci95}
 *   compare    {a: {k, n}, b: {k, n}}                  → {difference (b − a), z (> 0 when a > b), p, significant}
 *              a and b may also be NPS counts or {mean, sd, n}: then as compare_nps or compare_means
 *   nps        {promoters, passives, detractors}        → {nps, ci95}
 *   compare_nps   {a: {promoters, …}, b: {…}}           → {difference, z, p, significant}
 *   mean       {values[, weights]}                      → {mean, sd, n, effective_n, ci95}
 *   compare_means {a: {mean, sd, n}, b: {…}}            → {difference, t, df, p, significant} (Welch)
 *   kish       {weights}                                → {effective_n}
 *   rake       {rows: [{dimension: category…}], targets: {dimension: {category: share}}}
 *                                                       → {weights, effective_n, converged}
 */
/** The shape of src/platform/json-lines.ts, which runs the loop (this module stays pure). */
export type LineAnswer = { ok: true; answer: object } | { ok: false; error: string };

class BadLine extends Error {}

export function answerStatsLine(value: unknown): LineAnswer {
  try {
    return { ok: true, answer: compute(record(value, "Each line")) };
  } catch (error) {
    if (error instanceof BadLine) return { ok: false, error: error.message };
    throw error;
  }
}

function compute(line: Record<string, unknown>): object {
  switch (line.op) {
    case "proportion": {
      const effectiveN = line.effective_n ?? line.effectiveN;
      const count = effectiveN === undefined ? counts(line, "") : weightedCount(line, effectiveN);
      const result = proportion(count);
      return { estimate: round(result.estimate), ci95: result.ci95.map(round) };
    }
    case "compare":
      return compareLine(line);
    case "nps": {
      const result = nps(npsCounts(line, ""));
      return { nps: round(result.nps), ci95: result.ci95.map(round) };
    }
    case "compare_nps":
      return changeLine(compareNps(npsCounts(side(line, "a"), "a."), npsCounts(side(line, "b"), "b.")));
    case "compare_means":
    case "welch":
      return meansLine(moments(side(line, "a"), "a."), moments(side(line, "b"), "b."));
    case "mean": {
      const values = numbers(line.values, "values");
      if (values.length < 2) throw new BadLine('"values" needs at least 2 numbers.');
      const weights = line.weights === undefined ? undefined : weightsOf(line.weights, values.length);
      const d = describe(values, weights);
      return {
        mean: round(d.mean),
        sd: round(d.sd),
        n: d.n,
        effective_n: round(d.effectiveN),
        ci95: d.ci95.map(round),
      };
    }
    case "kish":
      return { effective_n: round(kish(weightsOf(line.weights))) };
    case "rake":
      return rakeLine(line);
    case undefined:
      throw new BadLine(
        'Each line needs an "op": proportion, compare, nps, compare_nps, mean, compare_means, kish or rake.',
      );
    default:
      throw new BadLine(
        `Unknown op ${JSON.stringify(line.op)}: use proportion, compare, nps, compare_nps, mean, compare_means, kish or rake.`,
      );
  }
}

/** `compare` takes two counts, two NPS answer counts, or two means, whichever a and b are. */
function compareLine(line: Record<string, unknown>): object {
  const a = side(line, "a");
  const b = side(line, "b");
  if ("promoters" in a || "promoters" in b)
    return changeLine(compareNps(npsCounts(a, "a."), npsCounts(b, "b.")));
  if ("mean" in a || "mean" in b) return meansLine(moments(a, "a."), moments(b, "b."));
  return changeLine(compareProportions(counts(a, "a."), counts(b, "b.")));
}

function changeLine(change: Change): object {
  return {
    difference: round(change.difference),
    z: round(change.statistic),
    p: round(change.p),
    significant: change.significant,
  };
}

function meansLine(a: Moments, b: Moments): object {
  const change = compareMeans(a, b);
  if (a.sd === 0 && b.sd === 0) throw new BadLine("Both sides have sd 0: the means cannot be compared.");
  return {
    difference: round(change.difference),
    t: round(change.statistic),
    df: round(change.df),
    p: round(change.p),
    significant: change.significant,
  };
}

function rakeLine(line: Record<string, unknown>): object {
  if (!Array.isArray(line.rows) || line.rows.length === 0)
    throw new BadLine('"rows" must be a non-empty array of {dimension: category} objects.');
  const rows = line.rows.map((row, i) => {
    const cells = record(row, `rows[${i}]`);
    for (const [key, category] of Object.entries(cells))
      if (typeof category !== "string")
        throw new BadLine(`rows[${i}].${key} must be a category name (a string).`);
    return { cells: cells as Record<string, string> };
  });
  const targets = record(line.targets, "targets") as Targets;
  for (const [dimension, shares] of Object.entries(targets)) record(shares, `targets.${dimension}`);
  const problem = checkTargets(targets, rows)[0];
  if (problem?.kind === "sum")
    throw new BadLine(`The shares of targets.${problem.dimension} sum to ${round(problem.total)}, not 1.`);
  if (problem?.kind === "not_a_share")
    throw new BadLine(`targets.${problem.dimension}.${problem.category} must be a share between 0 and 1.`);
  if (problem?.kind === "nobody")
    throw new BadLine(
      `No row is in ${problem.dimension} = ${problem.category}, which has a target: it cannot be weighted.`,
    );
  const result = rake(rows, targets);
  return {
    weights: result.weights.map(round),
    effective_n: round(result.effectiveN),
    converged: result.converged,
  };
}

function counts(value: Record<string, unknown>, prefix: string): Count {
  const k = whole(value.k, `${prefix}k`, WEIGHTED_HINT);
  const n = whole(value.n, `${prefix}n`, WEIGHTED_HINT);
  if (n === 0) throw new BadLine(`${prefix}n must be at least 1.`);
  if (k > n) throw new BadLine(`${prefix}k (${k}) cannot exceed ${prefix}n (${n}).`);
  return { k, n };
}

function weightedCount(value: Record<string, unknown>, effective: unknown): Count {
  const k = nonNegative(value.k, "k");
  const n = nonNegative(value.n, "n");
  const effectiveN = nonNegative(effective, "effective_n");
  if (n === 0 || effectiveN === 0) throw new BadLine("n and effective_n must be above 0.");
  if (k > n) throw new BadLine(`k (${k}) cannot exceed n (${n}).`);
  return { k, n, effectiveN };
}

function npsCounts(value: Record<string, unknown>, prefix: string): NpsCounts {
  const result = {
    promoters: whole(value.promoters, `${prefix}promoters`),
    passives: whole(value.passives ?? 0, `${prefix}passives`),
    detractors: whole(value.detractors, `${prefix}detractors`),
  };
  if (result.promoters + result.passives + result.detractors === 0)
    throw new BadLine(`${prefix || "The "}answers sum to 0: there is no NPS.`);
  return result;
}

function moments(value: Record<string, unknown>, prefix: string): Moments {
  const mean = finite(value.mean, `${prefix}mean`);
  const sd = nonNegative(value.sd, `${prefix}sd`);
  const n = whole(value.n, `${prefix}n`);
  if (n < 2) throw new BadLine(`${prefix}n must be at least 2 to compare means.`);
  return { mean, sd, n };
}

function side(line: Record<string, unknown>, name: "a" | "b"): Record<string, unknown> {
  return record(line[name], `"${name}"`);
}

function record(value: unknown, what: string): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value))
    throw new BadLine(`${what} must be a JSON object.`);
  return value as Record<string, unknown>;
}

/** Weighted figures (the dashboards') are recomputed with their effective n. */
const WEIGHTED_HINT = ' (for a weighted count, give "effective_n" with the weighted k and n)';

function whole(value: unknown, name: string, hint = ""): number {
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0)
    throw new BadLine(`${name} must be a whole number ≥ 0${hint}.`);
  return value;
}

function finite(value: unknown, name: string): number {
  if (typeof value !== "number" || !Number.isFinite(value)) throw new BadLine(`${name} must be a number.`);
  return value;
}

function nonNegative(value: unknown, name: string): number {
  const number = finite(value, name);
  if (number < 0) throw new BadLine(`${name} must be ≥ 0.`);
  return number;
}

function numbers(value: unknown, name: string): number[] {
  if (!Array.isArray(value)) throw new BadLine(`"${name}" must be an array of numbers.`);
  return value.map((x, i) => finite(x, `${name}[${i}]`));
}

function weightsOf(value: unknown, length?: number): number[] {
  const weights = numbers(value, "weights");
  if (weights.some((w) => w < 0)) throw new BadLine('"weights" must not be negative.');
  if (!weights.some((w) => w > 0)) throw new BadLine('"weights" needs at least one weight above 0.');
  if (length !== undefined && weights.length !== length)
    throw new BadLine('"weights" must have one weight per value.');
  return weights;
}

/** 4 decimals, and never "-0". */
function round(value: number): number {
  const rounded = Math.round(value * 10_000) / 10_000;
  return rounded === 0 ? 0 : rounded;
}
