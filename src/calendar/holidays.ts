import { addDays, type CalendarDay, isoDay } from "./paris.ts";

/** Easter Sunday (Gregorian computus, Meeus/Jones/Butcher). */
export function easterSunday(year: number): CalendarDay {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { year, month, day };
}

/**
 * The eleven French public holidays (Code du travail L3133-1): 1 January, Easter Monday, 1 May,
 * 8 May, Ascension Thursday, Whit Monday, 14 July, 15 August, 1 November, 11 November,
 * 25 December. (Alsace-Moselle's two extra days are not national and are not included.)
 */
export function frenchPublicHolidays(year: number): CalendarDay[] {
  const easter = easterSunday(year);
  const fixed = (month: number, day: number): CalendarDay => ({ year, month, day });
  return [
    fixed(1, 1),
    addDays(easter, 1),
    fixed(5, 1),
    fixed(5, 8),
    addDays(easter, 39),
    addDays(easter, 50),
    fixed(7, 14),
    fixed(8, 15),
    fixed(11, 1),
    fixed(11, 11),
    fixed(12, 25),
  ];
}

const cache = new Map<number, Set<string>>();

export function isFrenchPublicHoliday(day: CalendarDay): boolean {
  let days = cache.get(day.year);
  if (!days) {
    days = new Set(frenchPublicHolidays(day.year).map(isoDay));
    cache.set(day.year, days);
  }
  return days.has(isoDay(day));
}
