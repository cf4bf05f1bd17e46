/**
 * The legal clocks of data protection, as pure functions of dates (tests pass a fixed clock):
 * - a data-subject request is answered within one month (GDPR art. 12(3)): the same day-number
 *   next month, or that month's last day when it is shorter (received 31 January → due
 *   28 or 29 February);
 * - it can be extended by two more months, only if the extension is decided and told to the
 *   person, with reasons, within the first month;
 * - a personal-data breach is notified to the CNIL within 72 hours of awareness (art. 33);
 * - a prospect's data is kept 3 years from collection or from their own last action (a click,
 *   a sign-in, a post, a form; an e-mail open never counts) (CNIL, prospection commerciale);
 * - a cookie choice is remembered 6 months, then asked again (CNIL recommendation 2020).
 * Dates are computed on the calendar in Paris time, where the bank and its DPO work.
 */

import { dayFromInput } from "../../platform/http/forms.ts";

const ZONE = "Europe/Paris";

interface CalendarDay {
  year: number;
  month: number; // 1–12
  day: number;
}

function calendarDay(at: Date): CalendarDay {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone: ZONE,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { year: get("year"), month: get("month"), day: get("day") };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The same day-number `months` later, clamped to the last day of a shorter month. */
export function addMonthsClamped(day: CalendarDay, months: number): CalendarDay {
  const index = day.year * 12 + (day.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return { year, month, day: Math.min(day.day, daysInMonth(year, month)) };
}

/** The end of a calendar day in Paris (23:59:59.999 local), as an instant. */
function endOfDay(day: CalendarDay): Date {
  // Noon UTC is the same calendar day in Paris; find the offset then, and go to local midnight next.
  const noon = new Date(Date.UTC(day.year, day.month - 1, day.day, 12));
  const offsetMinutes = parisOffsetMinutes(noon);
  return new Date(Date.UTC(day.year, day.month - 1, day.day + 1) - offsetMinutes * 60_000 - 1);
}

function parisOffsetMinutes(at: Date): number {
  const local = new Date(at.toLocaleString("en-US", { timeZone: ZONE }));
  const utc = new Date(at.toLocaleString("en-US", { timeZone: "UTC" }));
  return Math.round((local.getTime() - utc.getTime()) / 60_000);
}

export function isoDay(day: CalendarDay): string {
  return `${day.year}-${String(day.month).padStart(2, "0")}-${String(day.day).padStart(2, "0")}`;
}

/** When a request received at `receivedAt` must be answered: its due day, and the last instant of it. */
export function requestDue(receivedAt: Date, extended = false): { day: string; until: Date } {
  const due = addMonthsClamped(calendarDay(receivedAt), extended ? 3 : 1);
  return { day: isoDay(due), until: endOfDay(due) };
}

/** An extension is lawful only if decided and notified within the first month. */
export function mayExtend(receivedAt: Date, notifiedAt: Date): boolean {
  return notifiedAt.getTime() <= requestDue(receivedAt).until.getTime();
}

export const BREACH_NOTIFICATION_HOURS = 72;

export function breachNotificationDeadline(awareAt: Date): Date {
  return new Date(awareAt.getTime() + BREACH_NOTIFICATION_HOURS * 3600_000);
}

export const PROSPECT_RETENTION_YEARS = 3;

/** Actions that show a prospect's own interest and restart the 3 years; an open is not one. */
export const OWN_ACTIONS = ["collected", "click", "sign_in", "post", "form"] as const;
export type OwnAction = (typeof OWN_ACTIONS)[number] | "open";

/** When a prospect's data expires, from the dated things they did. */
export function prospectExpiry(
  events: readonly { kind: OwnAction; at: Date }[],
  months = PROSPECT_RETENTION_YEARS * 12,
): Date | undefined {
  const own = events.filter((e) => e.kind !== "open").map((e) => e.at.getTime());
  if (own.length === 0) return undefined;
  const last = calendarDay(new Date(Math.max(...own)));
  return endOfDay(addMonthsClamped(last, months));
}

export const COOKIE_CHOICE_MONTHS = 6;

export function cookieChoiceExpiry(chosenAt: Date, months = COOKIE_CHOICE_MONTHS): Date {
  return endOfDay(addMonthsClamped(calendarDay(chosenAt), months));
}

/** A date and time typed in a form ("2026-12-01T09:30"), read as Paris time. */
export function parisLocalTime(value: string): Date | undefined {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/.exec(value);
  const day = match ? dayFromInput(match[1]!) : undefined;
  const hour = Number(match?.[2]);
  const minute = Number(match?.[3]);
  if (!day || hour > 23 || minute > 59) return undefined;
  const asUtc = day.getTime() + (hour * 60 + minute) * 60_000;
  const offset = parisOffsetMinutes(new Date(asUtc));
  return new Date(asUtc - offset * 60_000);
}

/** The inverse of `parisLocalTime`: an instant as a datetime-local field shows it, in Paris time. */
export function parisLocalInput(at: Date): string {
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone: ZONE,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(at);
  return `${get("year")}-${get("month")}-${get("day")}T${get("hour")}:${get("minute")}`;
}
