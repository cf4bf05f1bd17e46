import { complaintClocks, dataRequestDueDay, dayFromIso, isoDay } from "./index.ts";

/**
 * `confiance deadlines --received YYYY-MM-DD`: every legal clock that runs from a day of
 * receipt, from the one calendar (complaints, payment-service complaints, data-subject requests),
 * as one JSON line. Exit 2 with a message when the date is missing or not a real day.
 */
export function deadlines(
  args: readonly string[],
  write: (line: string) => void,
  fail: (line: string) => void,
): number {
  const at = args.indexOf("--received");
  const value = at >= 0 ? args[at + 1] : args.find((arg) => arg.startsWith("--received="))?.slice(11);
  const received = value === undefined ? undefined : dayFromIso(value);
  if (!received) {
    fail(
      "deadlines needs --received YYYY-MM-DD, a day that exists on the calendar (e.g. --received 2026-12-24).",
    );
    return 2;
  }
  const clocks = complaintClocks(received);
  write(
    JSON.stringify({
      received: isoDay(received),
      acknowledgeBy: isoDay(clocks.acknowledgeBy),
      answerBy: isoDay(clocks.answerBy),
      paymentAnswerBy: isoDay(clocks.paymentAnswerBy),
      paymentFinalAnswerBy: isoDay(clocks.paymentFinalAnswerBy),
      dataRequestAnswerBy: isoDay(dataRequestDueDay(received)),
      dataRequestExtendedBy: isoDay(dataRequestDueDay(received, true)),
    }),
  );
  return 0;
}
