import {
  belowMinimum,
  type Change,
  compareMeans,
  compareNps,
  compareProportions,
  describe,
  kish,
  nps,
  npsBucket,
  proportion,
  rake,
  type Verdict,
  verdictOf,
} from "../../stats/index.ts";

/**
 * The barometer's figures, per wave: pure (no I/O), every number from `src/stats` (one
 * implementation, the same as `confiance stats`). A wave under the minimum number of answers
 * gets no figure, only its count; a change is judged only between two waves that both have one.
 */

/** A respondent's profile cells (age band, region, client or not), the dimensions raking weights on. */
export type Cells = Readonly<Record<string, string>>;
/** Target margins: per dimension, each category's share in percent (they sum to 100). */
export type Targets = Readonly<Record<string, Readonly<Record<string, number>>>>;
export type { Verdict };

/**
 * A wave's answers: the counts always; each respondent's row (profile cells and answer) when
 * the figures are weighted, since raking weighs respondents one by one.
 */
export interface WaveRows {
  id: number;
  label: string;
  /**
   * Trust: k answered "tout à fait" or "plutôt" confiance, of n who answered. When the answers
   * are a filtered group, `complementN` is the fewest answers outside it within any less filtered
   * population (see `hiddenCell`).
   */
  trust: {
    k: number;
    n: number;
    complementN?: number;
    rows?: readonly { cells: Cells; trusts: boolean }[];
  };
  /** The recommendation question, 0 to 10, by bucket. */
  nps: {
    promoters: number;
    passives: number;
    detractors: number;
    complementN?: number;
    rows?: readonly { cells: Cells; score: number }[];
  };
}

export interface Point {
  key: string;
  label: string;
  /** Answers counted (unweighted). */
  n: number;
  /** Kish's effective sample size once weighted; n when not weighted. */
  effectiveN: number;
  /** In percent for shares, in points for NPS, on the scale for means; null under the minimum. */
  value: number | null;
  ci95: readonly [number, number] | null;
  /**
   * Fewer answers than the minimum, in the group or (filtered) outside it: nothing is shown, not
   * even the count (a count next to an allowed neighbour's would give the hidden group away).
   */
  hidden: boolean;
  /** Shares: the (weighted) count of the answers counted, so k / n recomputes the value. */
  k?: number;
  /** NPS: the (weighted) promoters, passives and detractors, so the NPS recomputes. */
  buckets?: { promoters: number; passives: number; detractors: number };
  /** Hidden because too few answers lie outside the filtered group (said differently). */
  fewOutside?: boolean;
}

/** Hidden for the answers outside the group only: the reason the page gives. */
const fewOutside = (n: number, complementN: number | undefined, minimumN: number) =>
  hiddenCell(n, complementN, minimumN) && !hiddenCell(n, undefined, minimumN) ? { fewOutside: true } : {};

/**
 * Whether a cell is kept from view: fewer answers than the minimum, or — for a filtered group —
 * fewer than the minimum outside it within a less filtered population, since the hidden rest
 * would then be read by taking one allowed figure from the other (79 in-page answers, 60 of
 * them from clients: the 19 others, each shown alone would be hidden, follow by difference).
 */
export const hiddenCell = (n: number, complementN: number | undefined, minimumN: number) =>
  n === 0 || belowMinimum(n, minimumN) || (complementN !== undefined && belowMinimum(complementN, minimumN));

export interface Step {
  from: string;
  to: string;
  /** to − from, in the point's unit. */
  difference: number;
  p: number;
  verdict: Verdict;
}

export interface Series {
  points: Point[];
  /** steps[i] compares points[i − 1] with points[i]; null for the first and around a hidden point. */
  steps: (Step | null)[];
}

export interface Options {
  minimumN: number;
  /** Rake each wave to these margins; null or undefined: unweighted. */
  targets?: Targets | null | undefined;
}

/** Targets in percent (as the bank types them) → shares of 1 (as `src/stats` takes them). */
export const sharesOf = (targets: Targets): Targets =>
  Object.fromEntries(
    Object.entries(targets).map(([dimension, categories]) => [
      dimension,
      Object.fromEntries(Object.entries(categories).map(([category, percent]) => [category, percent / 100])),
    ]),
  );

/**
 * Weights averaging 1 (so weighted counts read as answers), from raking to the targets; a
 * respondent who left a profile question unanswered keeps their weight on that dimension.
 */
export function weightsOf(cells: readonly Cells[], targets: Targets | null | undefined): number[] {
  if (!targets || cells.length === 0) return cells.map(() => 1);
  return rake(
    cells.map((row) => ({ cells: row })),
    sharesOf(targets),
  ).weights;
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
const percent = (x: number) => x * 100;
const interval = (ci: readonly [number, number], scale: (x: number) => number) =>
  [scale(ci[0]), scale(ci[1])] as const;

function stepsOf<T>(
  points: readonly Point[],
  inputs: readonly (T | null)[],
  compare: (a: T, b: T) => Change,
  scale: (x: number) => number,
): (Step | null)[] {
  return points.map((point, i) => {
    const before = points[i - 1];
    const a = inputs[i - 1];
    const b = inputs[i];
    if (!before || before.hidden || point.hidden || !a || !b) return null;
    const change = compare(a, b);
    return {
      from: before.label,
      to: point.label,
      difference: scale(change.difference),
      p: change.p,
      verdict: verdictOf(change),
    };
  });
}

/** Trust per wave: the share who answered "tout à fait" or "plutôt", in percent, with its Wilson interval. */
export function trustSeries(waves: readonly WaveRows[], options: Options): Series {
  const inputs = waves.map(({ trust }) => {
    const complementN = trust.complementN;
    if (!options.targets || !trust.rows) return { k: trust.k, n: trust.n, effectiveN: trust.n, complementN };
    const rows = trust.rows;
    const weights = weightsOf(
      rows.map((r) => r.cells),
      options.targets,
    );
    return {
      k: sum(rows.map((r, i) => (r.trusts ? weights[i]! : 0))),
      n: rows.length,
      effectiveN: kish(weights),
      complementN,
    };
  });
  const points = waves.map((wave, i): Point => {
    const input = inputs[i]!;
    const hidden = hiddenCell(input.n, input.complementN, options.minimumN);
    const found = hidden ? null : proportion(input);
    return {
      key: String(wave.id),
      label: wave.label,
      n: input.n,
      effectiveN: input.effectiveN,
      value: found ? percent(found.estimate) : null,
      ci95: found ? interval(found.ci95, percent) : null,
      hidden,
      ...(hidden ? {} : { k: input.k }),
      ...fewOutside(input.n, input.complementN, options.minimumN),
    };
  });
  return { points, steps: stepsOf(points, inputs, compareProportions, percent) };
}

/** A share per period from counts (negative messages of all messages), in percent, Wilson; z-test between periods. */
export function shareSeries(
  periods: readonly { key: string; label: string; k: number; n: number; complementN?: number }[],
  options: Pick<Options, "minimumN">,
): Series {
  const points = periods.map((period): Point => {
    const hidden = hiddenCell(period.n, period.complementN, options.minimumN);
    const found = hidden ? null : proportion(period);
    return {
      key: period.key,
      label: period.label,
      n: period.n,
      effectiveN: period.n,
      value: found ? percent(found.estimate) : null,
      ci95: found ? interval(found.ci95, percent) : null,
      hidden,
      ...(hidden ? {} : { k: period.k }),
      ...fewOutside(period.n, period.complementN, options.minimumN),
    };
  });
  return { points, steps: stepsOf(points, periods, compareProportions, percent) };
}

/** NPS per wave, in points (−100 to 100), with its interval from the multinomial variance. */
export function npsSeries(waves: readonly WaveRows[], options: Options): Series {
  const inputs = waves.map(({ nps: counts }) => {
    const n = counts.promoters + counts.passives + counts.detractors;
    const complementN = counts.complementN;
    if (!options.targets || !counts.rows) return { ...counts, n, effectiveN: n, complementN };
    const rows = counts.rows;
    const weights = weightsOf(
      rows.map((r) => r.cells),
      options.targets,
    );
    const bucket = (test: (score: number) => boolean) =>
      sum(rows.map((r, i) => (test(r.score) ? weights[i]! : 0)));
    return {
      promoters: bucket((score) => npsBucket(score) === "promoter"),
      passives: bucket((score) => npsBucket(score) === "passive"),
      detractors: bucket((score) => npsBucket(score) === "detractor"),
      n: rows.length,
      effectiveN: kish(weights),
      complementN,
    };
  });
  const points = waves.map((wave, i): Point => {
    const input = inputs[i]!;
    const hidden = hiddenCell(input.n, input.complementN, options.minimumN);
    const found = hidden ? null : nps(input);
    return {
      key: String(wave.id),
      label: wave.label,
      n: input.n,
      effectiveN: input.effectiveN,
      value: found ? found.nps : null,
      ci95: found ? found.ci95 : null,
      hidden,
      ...(hidden
        ? {}
        : {
            buckets: { promoters: input.promoters, passives: input.passives, detractors: input.detractors },
          }),
      ...fewOutside(input.n, input.complementN, options.minimumN),
    };
  });
  return { points, steps: stepsOf(points, inputs, compareNps, (x) => x) };
}

/** A mean per period (satisfaction after resolution, 1 to 5), with its interval; Welch between periods. */
export function meanSeries(
  periods: readonly { key: string; label: string; values: readonly number[] }[],
  options: Pick<Options, "minimumN">,
): Series {
  const inputs = periods.map((period) => (period.values.length > 0 ? describe([...period.values]) : null));
  const points = periods.map((period, i): Point => {
    const found = inputs[i];
    const n = period.values.length;
    const hidden = !found || belowMinimum(n, options.minimumN);
    return {
      key: period.key,
      label: period.label,
      n,
      effectiveN: n,
      value: hidden ? null : found.mean,
      ci95: hidden ? null : found.ci95,
      hidden,
    };
  });
  return { points, steps: stepsOf(points, inputs, compareMeans, (x) => x) };
}

/** The index of the last period with a figure, or −1. */
export function lastShown(series: Series): number {
  for (let i = series.points.length - 1; i >= 0; i--) if (series.points[i]?.value !== null) return i;
  return -1;
}

/** The last change that can be judged: the one the page states first, in words. */
export function latestStep(series: Series): Step | null {
  for (let i = series.steps.length - 1; i >= 0; i--) {
    const step = series.steps[i];
    if (step) return step;
  }
  return null;
}
