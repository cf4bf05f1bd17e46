/** The one calendar of the bank: Paris time, French public holidays, working days, months. */
export { frenchPublicHolidays, isFrenchPublicHoliday } from "./holidays.ts";
export {
  COMPLAINT_ACKNOWLEDGEMENT_JOURS_OUVRABLES,
  COMPLAINT_ANSWER_MONTHS,
  type ComplaintClocks,
  complaintClocks,
  dataRequestDueDay,
  PAYMENT_ANSWER_BUSINESS_DAYS,
  PAYMENT_FINAL_ANSWER_BUSINESS_DAYS,
} from "./legal-clocks.ts";
export { addMonthsClamped, daysInMonth } from "./months.ts";
export {
  addBusinessMinutes,
  businessMinutesBetween,
  DEFAULT_OPENING_HOURS,
  type OpeningHours,
  openIntervals,
} from "./opening-hours.ts";
export {
  addDays,
  type CalendarDay,
  compareDays,
  dayFromIso,
  endOfParisDay,
  isoDay,
  PARIS,
  parisDay,
  parisLocalInput,
  parisLocalTime,
  startOfParisDay,
  weekday,
} from "./paris.ts";
export {
  addBusinessDays,
  addJoursOuvrables,
  isBusinessDay,
  isJourOuvrable,
  MONDAY_TO_FRIDAY,
  type OpenDays,
} from "./working-days.ts";
