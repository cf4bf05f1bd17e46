import {
  addDays,
  type CalendarDay,
  compareDays,
  complaintClocks,
  dayFromIso,
  endOfParisDay,
  isBusinessDay,
  isJourOuvrable,
  parisDay,
} from "../../../calendar/index.ts";

/**
 * Where a complaint stands against its legal clocks, as pure functions of its register entry
 * and of today (features pass `parisDay(ctx.clock.now())`). Periods are counted the way the law
 * counts them: the acknowledgement in *jours ouvrables*, a payment-service answer in business
 * days, the two-month answer in calendar days; lateness in calendar days.
 */
export type DayKind = "ouvrable" | "business" | "calendar";

export type ClockStanding =
  | { state: "done"; at: Date; inTime: boolean }
  | { state: "due"; by: CalendarDay; left: number; kind: DayKind }
  | { state: "late"; by: CalendarDay; daysLate: number };

const COUNTS: Record<DayKind, (day: CalendarDay) => boolean> = {
  ouvrable: isJourOuvrable,
  business: (day) => isBusinessDay(day),
  calendar: () => true,
};

/** Counted days after `today` up to `by` included (0 when `by` is today). */
export function daysLeft(today: CalendarDay, by: CalendarDay, kind: DayKind): number {
  let left = 0;
  for (let day = addDays(today, 1); compareDays(day, by) <= 0; day = addDays(day, 1))
    if (COUNTS[kind](day)) left++;
  return left;
}

/** Calendar days from `by` to `today` (1 the day after the last day). */
export function daysLate(today: CalendarDay, by: CalendarDay): number {
  let late = 0;
  for (let day = by; compareDays(day, today) < 0; day = addDays(day, 1)) late++;
  return late;
}

export function clockStanding(
  today: CalendarDay,
  by: CalendarDay,
  kind: DayKind,
  doneAt: Date | null,
): ClockStanding {
  if (doneAt) return { state: "done", at: doneAt, inTime: doneAt.getTime() <= endOfParisDay(by).getTime() };
  if (compareDays(today, by) <= 0) return { state: "due", by, left: daysLeft(today, by, kind), kind };
  return { state: "late", by, daysLate: daysLate(today, by) };
}

/** The register's columns the clocks need. */
export interface ClockedComplaint {
  receivedOn: string;
  paymentService: boolean;
  acknowledgeBy: string;
  answerBy: string;
  acknowledgedAt: Date | null;
  holdingReplyAt: Date | null;
  answeredAt: Date | null;
}

export interface ComplaintStanding {
  receivedOn: CalendarDay;
  /** Acknowledged, or fully answered within the 10 jours ouvrables (PRODUCT.md: either counts). */
  acknowledgement: ClockStanding;
  /** The answer that applies: 2 months, or for a payment service 15 (35 after a holding reply) business days. */
  answer: ClockStanding;
  /** Every clock, to show them all. */
  clocks: ReturnType<typeof complaintClocks>;
  /** A payment-service complaint may still get a holding reply (none yet, unanswered, within the 15 days). */
  holdingReplyPossible: boolean;
}

const day = (iso: string): CalendarDay => {
  const parsed = dayFromIso(iso);
  if (!parsed) throw new RangeError(`not a day: ${iso}`);
  return parsed;
};

export function complaintStanding(entry: ClockedComplaint, today: CalendarDay): ComplaintStanding {
  const receivedOn = day(entry.receivedOn);
  const clocks = complaintClocks(receivedOn);
  const acknowledgeBy = day(entry.acknowledgeBy);
  const answeredInTime =
    entry.answeredAt !== null && entry.answeredAt.getTime() <= endOfParisDay(acknowledgeBy).getTime();
  return {
    receivedOn,
    acknowledgement: clockStanding(
      today,
      acknowledgeBy,
      "ouvrable",
      entry.acknowledgedAt ?? (answeredInTime ? entry.answeredAt : null),
    ),
    answer: clockStanding(
      today,
      day(entry.answerBy),
      entry.paymentService ? "business" : "calendar",
      entry.answeredAt,
    ),
    clocks,
    holdingReplyPossible:
      entry.paymentService &&
      entry.holdingReplyAt === null &&
      entry.answeredAt === null &&
      compareDays(today, clocks.paymentAnswerBy) <= 0,
  };
}

/** Whether a holding reply sent at `at` is in time: on or before the 15th business day. */
export function holdingReplyInTime(receivedOn: string, at: Date): boolean {
  return compareDays(parisDay(at), complaintClocks(day(receivedOn)).paymentAnswerBy) <= 0;
}
