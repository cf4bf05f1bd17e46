import type { CalendarDay } from "./paris.ts";

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * A period in months ends on the same day number in the later month, or on that month's last
 * day when it has no such day (received 31 January → 28 or 29 February).
 */
export function addMonthsClamped(day: CalendarDay, months: number): CalendarDay {
  const index = day.year * 12 + (day.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return { year, month, day: Math.min(day.day, daysInMonth(year, month)) };
}
