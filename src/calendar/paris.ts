import { Temporal } from "temporal-polyfill";

/**
 * The bank's calendar is Paris time. Instants are stored in UTC; every calendar question (which
 * day, when a day ends, what a typed "09:30" means) is answered here, with the time-zone rules of
 * the tz database (daylight saving included) rather than by round-trips through locale strings.
 */
export const PARIS = "Europe/Paris";

/** A day on the calendar, without a time or a zone. */
export interface CalendarDay {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
}

const instant = (at: Date) => Temporal.Instant.fromEpochMilliseconds(at.getTime());
const plainDate = (day: CalendarDay) => Temporal.PlainDate.from(day, { overflow: "reject" });

/** The Paris calendar day an instant falls on. */
export function parisDay(at: Date): CalendarDay {
  const { year, month, day } = instant(at).toZonedDateTimeISO(PARIS);
  return { year, month, day };
}

/** The first instant of a Paris calendar day (midnight local, whatever the offset that day). */
export function startOfParisDay(day: CalendarDay): Date {
  return new Date(plainDate(day).toZonedDateTime({ timeZone: PARIS }).epochMilliseconds);
}

/** The last instant of a Paris calendar day (a period "ends at the end of its last day"). */
export function endOfParisDay(day: CalendarDay): Date {
  return new Date(startOfParisDay(addDays(day, 1)).getTime() - 1);
}

/** "2026-12-01" */
export function isoDay(day: CalendarDay): string {
  return plainDate(day).toString();
}

/** A day typed as "YYYY-MM-DD" that exists on the calendar, or undefined. */
export function dayFromIso(value: string): CalendarDay | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  try {
    const { year, month, day } = Temporal.PlainDate.from(value, { overflow: "reject" });
    return { year, month, day };
  } catch {
    return undefined;
  }
}

export function addDays(day: CalendarDay, days: number): CalendarDay {
  const { year, month, day: d } = plainDate(day).add({ days });
  return { year, month, day: d };
}

/** 1 = Monday … 7 = Sunday */
export function weekday(day: CalendarDay): number {
  return plainDate(day).dayOfWeek;
}

export function compareDays(a: CalendarDay, b: CalendarDay): number {
  return Temporal.PlainDate.compare(plainDate(a), plainDate(b));
}

/**
 * A date and time typed in a form ("2026-12-01T09:30"), read as Paris time. In the hour the
 * clocks go back (it happens twice) and in the hour they skip (it does not exist), the earlier
 * reading is taken: a legal clock that starts then ends no later than under any other reading.
 */
export function parisLocalTime(value: string): Date | undefined {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/.exec(value);
  const day = match ? dayFromIso(match[1]!) : undefined;
  const hour = Number(match?.[2]);
  const minute = Number(match?.[3]);
  if (!day || hour > 23 || minute > 59) return undefined;
  const local = Temporal.PlainDateTime.from({ ...day, hour, minute });
  return new Date(local.toZonedDateTime(PARIS, { disambiguation: "earlier" }).epochMilliseconds);
}

/** The inverse of `parisLocalTime`: an instant as a datetime-local field shows it, in Paris time. */
export function parisLocalInput(at: Date): string {
  const local = instant(at).toZonedDateTimeISO(PARIS).toPlainDateTime();
  return local.toString({ smallestUnit: "minute" });
}
