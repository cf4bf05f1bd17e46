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

import { addMonthsClamped, endOfParisDay, isoDay, parisDay } from "../../calendar/index.ts";

/** When a request received at `receivedAt` must be answered: its due day, and the last instant of it. */
export function requestDue(receivedAt: Date, extended = false): { day: string; until: Date } {
  const due = addMonthsClamped(parisDay(receivedAt), extended ? 3 : 1);
  return { day: isoDay(due), until: endOfParisDay(due) };
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
  const last = parisDay(new Date(Math.max(...own)));
  return endOfParisDay(addMonthsClamped(last, months));
}

export const COOKIE_CHOICE_MONTHS = 6;

export function cookieChoiceExpiry(chosenAt: Date, months = COOKIE_CHOICE_MONTHS): Date {
  return endOfParisDay(addMonthsClamped(parisDay(chosenAt), months));
}
