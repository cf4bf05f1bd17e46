import { isFrenchPublicHoliday } from "./holidays.ts";
import { addDays, type CalendarDay, weekday } from "./paris.ts";

/**
 * The two French kinds of working day, for legal periods counted in days:
 * - *jours ouvrables*: Monday to Saturday, except public holidays;
 * - *jours ouvrés* / business days: the days the bank is open (by default Monday to Friday),
 *   except public holidays.
 * The day of receipt is not counted (the next day is day 1), and a period ends at the end of
 * its last day (`endOfParisDay`).
 */
export type OpenDays = readonly number[];

/** Monday to Friday (1 = Monday … 7 = Sunday). */
export const MONDAY_TO_FRIDAY: OpenDays = [1, 2, 3, 4, 5];
const MONDAY_TO_SATURDAY: OpenDays = [1, 2, 3, 4, 5, 6];

export function isJourOuvrable(day: CalendarDay): boolean {
  return MONDAY_TO_SATURDAY.includes(weekday(day)) && !isFrenchPublicHoliday(day);
}

export function isBusinessDay(day: CalendarDay, openDays: OpenDays = MONDAY_TO_FRIDAY): boolean {
  return openDays.includes(weekday(day)) && !isFrenchPublicHoliday(day);
}

function countForward(from: CalendarDay, count: number, counts: (day: CalendarDay) => boolean): CalendarDay {
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`a period of ${count} days`);
  let day = from;
  for (let counted = 0; counted < count; ) {
    day = addDays(day, 1);
    if (counts(day)) counted++;
  }
  return day;
}

/** The last day of a period of `count` jours ouvrables after `receivedOn`. */
export function addJoursOuvrables(receivedOn: CalendarDay, count: number): CalendarDay {
  return countForward(receivedOn, count, isJourOuvrable);
}

/** The last day of a period of `count` business days after `receivedOn`. */
export function addBusinessDays(
  receivedOn: CalendarDay,
  count: number,
  openDays: OpenDays = MONDAY_TO_FRIDAY,
): CalendarDay {
  return countForward(receivedOn, count, (day) => isBusinessDay(day, openDays));
}
