import { Temporal } from "temporal-polyfill";
import { isFrenchPublicHoliday } from "./holidays.ts";
import { addDays, type CalendarDay, compareDays, PARIS, parisDay, weekday } from "./paris.ts";

/**
 * The bank's opening hours, for service levels counted in business time: per weekday
 * (1 = Monday … 7 = Sunday) an opening and a closing time in Paris, "HH:MM"; a weekday absent is
 * closed, and so is every French public holiday. Daylight saving is the tz database's.
 */
export type OpeningHours = ReadonlyMap<number, { opens: string; closes: string }>;

/** Monday to Friday, 9:00–18:00: the default until the bank sets its own. */
export const DEFAULT_OPENING_HOURS: OpeningHours = new Map(
  [1, 2, 3, 4, 5].map((day) => [day, { opens: "09:00", closes: "18:00" }]),
);

const MINUTE = 60_000;
/** Far enough to cross any run of closed days (a year of closures would be a configuration error). */
const MAX_DAYS = 400;

function at(day: CalendarDay, time: string): number {
  const [hour, minute] = time.split(":").map(Number) as [number, number];
  return Temporal.PlainDateTime.from({ ...day, hour, minute }).toZonedDateTime(PARIS, {
    disambiguation: "earlier",
  }).epochMilliseconds;
}

/** The open interval of a day in epoch milliseconds, or none when the bank is closed. */
function openInterval(day: CalendarDay, hours: OpeningHours): [number, number] | undefined {
  const times = hours.get(weekday(day));
  if (!times || isFrenchPublicHoliday(day)) return undefined;
  return [at(day, times.opens), at(day, times.closes)];
}

/** The instant `minutes` of opening hours after `from` (a start outside hours counts from the next opening). */
export function addBusinessMinutes(
  from: Date,
  minutes: number,
  hours: OpeningHours = DEFAULT_OPENING_HOURS,
): Date {
  if (hours.size === 0) throw new RangeError("the bank is never open");
  let left = Math.max(0, minutes) * MINUTE;
  let cursor = from.getTime();
  let day = parisDay(from);
  for (let n = 0; n < MAX_DAYS; n++, day = addDays(day, 1)) {
    const open = openInterval(day, hours);
    if (!open) continue;
    const start = Math.max(open[0], cursor);
    if (start >= open[1]) continue;
    if (start + left <= open[1]) return new Date(start + left);
    left -= open[1] - start;
    cursor = open[1];
  }
  throw new RangeError("no opening hours within a year");
}

/**
 * The bank's open intervals (epoch milliseconds, in order) on every Paris day from `from`'s to
 * `to`'s: what a report measuring thousands of durations over the same months computes once.
 */
export function openIntervals(
  from: Date,
  to: Date,
  hours: OpeningHours = DEFAULT_OPENING_HOURS,
): [number, number][] {
  const intervals: [number, number][] = [];
  const last = parisDay(to);
  for (let day = parisDay(from); compareDays(day, last) <= 0; day = addDays(day, 1)) {
    const open = openInterval(day, hours);
    if (open) intervals.push(open);
  }
  return intervals;
}

/** How many minutes of opening hours lie between two instants (0 when `to` is not after `from`). */
export function businessMinutesBetween(
  from: Date,
  to: Date,
  hours: OpeningHours = DEFAULT_OPENING_HOURS,
): number {
  let total = 0;
  const end = to.getTime();
  let day = parisDay(from);
  for (let n = 0; n < MAX_DAYS * 10; n++, day = addDays(day, 1)) {
    const open = openInterval(day, hours);
    if (open) {
      if (open[0] >= end) break;
      total += Math.max(0, Math.min(open[1], end) - Math.max(open[0], from.getTime()));
    } else if (at(day, "00:00") >= end) break;
  }
  return Math.floor(total / MINUTE);
}
