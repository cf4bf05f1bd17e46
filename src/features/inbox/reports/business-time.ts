/**
 * Durations in business time for reports, computed over many conversations at once: the bank's
 * open intervals for the period are computed once (calendar/opening-hours.ts `openIntervals`),
 * then each duration is two binary searches in their running total, instead of a walk through
 * the calendar per conversation. Pure: the caller gives the intervals.
 */
export class BusinessClock {
  readonly #starts: number[];
  readonly #ends: number[];
  /** Open milliseconds before each interval starts. */
  readonly #before: number[];

  constructor(intervals: readonly (readonly [number, number])[]) {
    this.#starts = intervals.map((i) => i[0]);
    this.#ends = intervals.map((i) => i[1]);
    this.#before = [];
    let total = 0;
    for (const [start, end] of intervals) {
      this.#before.push(total);
      total += end - start;
    }
  }

  /** Open milliseconds from the first interval's start to `at`. */
  #openUntil(at: number): number {
    let low = 0;
    let high = this.#starts.length - 1;
    let found = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (this.#starts[middle]! <= at) {
        found = middle;
        low = middle + 1;
      } else high = middle - 1;
    }
    if (found < 0) return 0;
    return this.#before[found]! + Math.min(at, this.#ends[found]!) - this.#starts[found]!;
  }

  /** Whole minutes of opening hours between two instants (0 when `to` is not after `from`). */
  minutesBetween(from: Date, to: Date): number {
    if (to.getTime() <= from.getTime()) return 0;
    return Math.floor((this.#openUntil(to.getTime()) - this.#openUntil(from.getTime())) / 60_000);
  }
}

/**
 * The `p`-th percentile (0–100) of values, by linear interpolation between the closest ranks
 * (the spreadsheets' PERCENTILE.INC): the median of 1, 2, 3, 4 is 2.5. Null for no values.
 */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const below = Math.floor(rank);
  const above = Math.min(below + 1, sorted.length - 1);
  return sorted[below]! + (sorted[above]! - sorted[below]!) * (rank - below);
}

export interface DurationSummary {
  count: number;
  /** In business minutes, null when nothing was measured. */
  median: number | null;
  p90: number | null;
}

export function summarise(minutes: readonly number[]): DurationSummary {
  return { count: minutes.length, median: percentile(minutes, 50), p90: percentile(minutes, 90) };
}

/** Ages of the backlog, in business days: 0–1, 1–3, 3–7, more than 7. */
export const BACKLOG_AGES = ["upTo1", "upTo3", "upTo7", "over7"] as const;
export type BacklogAge = (typeof BACKLOG_AGES)[number];

export function backlogAge(businessDays: number): BacklogAge {
  if (businessDays < 1) return "upTo1";
  if (businessDays < 3) return "upTo3";
  if (businessDays < 7) return "upTo7";
  return "over7";
}

/**
 * The length of a business day for ages counted in days: the mean length of the open weekdays
 * (nine hours for Monday–Friday 9:00–18:00), so "3 business days" means 27 open hours there.
 */
export function businessDayMinutes(hours: ReadonlyMap<number, { opens: string; closes: string }>): number {
  const lengths = [...hours.values()].map(({ opens, closes }) => minutesOf(closes) - minutesOf(opens));
  if (lengths.length === 0) return 9 * 60;
  return lengths.reduce((a, b) => a + b, 0) / lengths.length;
}

const minutesOf = (time: string) => {
  const [hour, minute] = time.split(":").map(Number) as [number, number];
  return hour * 60 + minute;
};
