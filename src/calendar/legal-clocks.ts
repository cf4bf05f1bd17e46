import { addMonthsClamped } from "./months.ts";
import type { CalendarDay } from "./paris.ts";
import { addBusinessDays, addJoursOuvrables, MONDAY_TO_FRIDAY, type OpenDays } from "./working-days.ts";

/**
 * The legal clocks that run from the day something is received, as last days (the day of
 * receipt is not counted; each period ends at the end of its last day; no end is moved forward
 * off a weekend or holiday — the earlier date is safe under every reading, PRODUCT.md):
 * - a complaint (ACPR 2022-R-01): acknowledged within 10 jours ouvrables, answered within 2 months;
 * - a payment-service complaint (PSD2 art. 101): answered within 15 business days, or within 35
 *   when a holding reply gave its reasons in time;
 * - a data-subject request (GDPR art. 12(3)): answered within 1 month, extendable by 2 more.
 */
export const COMPLAINT_ACKNOWLEDGEMENT_JOURS_OUVRABLES = 10;
export const COMPLAINT_ANSWER_MONTHS = 2;
export const PAYMENT_ANSWER_BUSINESS_DAYS = 15;
export const PAYMENT_FINAL_ANSWER_BUSINESS_DAYS = 35;

export interface ComplaintClocks {
  acknowledgeBy: CalendarDay;
  answerBy: CalendarDay;
  paymentAnswerBy: CalendarDay;
  paymentFinalAnswerBy: CalendarDay;
}

export function complaintClocks(
  receivedOn: CalendarDay,
  openDays: OpenDays = MONDAY_TO_FRIDAY,
): ComplaintClocks {
  return {
    acknowledgeBy: addJoursOuvrables(receivedOn, COMPLAINT_ACKNOWLEDGEMENT_JOURS_OUVRABLES),
    answerBy: addMonthsClamped(receivedOn, COMPLAINT_ANSWER_MONTHS),
    paymentAnswerBy: addBusinessDays(receivedOn, PAYMENT_ANSWER_BUSINESS_DAYS, openDays),
    paymentFinalAnswerBy: addBusinessDays(receivedOn, PAYMENT_FINAL_ANSWER_BUSINESS_DAYS, openDays),
  };
}

/**
 * A data-subject request's last day: one month after receipt; extended, two more months after
 * that first last day. Chaining from the first last day is never later than "three months after
 * receipt" (received 31 January: 28 February, then 28 April rather than 30 April), so it is the
 * date that holds under both readings of art. 12(3).
 */
export function dataRequestDueDay(receivedOn: CalendarDay, extended = false): CalendarDay {
  const first = addMonthsClamped(receivedOn, 1);
  return extended ? addMonthsClamped(first, 2) : first;
}
