/**
 * The legal clocks of data protection, as pure functions of dates (tests pass a fixed clock):
 * - a data-subject request is answered within one month (GDPR art. 12(3)): the same day-number
 *   next month, or that month's last day when it is shorter (received 31 January → due
 *   28 or 29 February);
 * - it can be extended by two more months (counted from the first last day: calendar/legal-clocks.ts),
 *   only if the extension is decided and told to the
 *   person, with reasons, within the first month;
 * - a personal-data breach is notified to the CNIL within 72 hours of awareness (art. 33).
 * The clocks of consent (a prospect's 3 years, a cookie choice's 6 months) are consent/clocks.ts.
 * Dates are computed on the calendar in Paris time, where the bank and its DPO work.
 */

import { dataRequestDueDay, endOfParisDay, isoDay, parisDay } from "../../calendar/index.ts";

/** When a request received at `receivedAt` must be answered: its due day, and the last instant of it. */
export function requestDue(receivedAt: Date, extended = false): { day: string; until: Date } {
  const due = dataRequestDueDay(parisDay(receivedAt), extended);
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
