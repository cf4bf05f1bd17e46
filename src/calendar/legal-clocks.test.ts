import assert from "node:assert/strict";
import { test } from "node:test";
import {
  addDays,
  compareDays,
  complaintClocks,
  dataRequestDueDay,
  dayFromIso,
  isoDay,
  weekday,
} from "./index.ts";

const day = (iso: string) => dayFromIso(iso)!;

/**
 * The public holidays of 2024–2030 written out by hand (not computed from Easter), so the
 * clocks are checked against a second source.
 */
const MOVABLE: Record<number, [easterMonday: string, ascension: string, whitMonday: string]> = {
  2024: ["04-01", "05-09", "05-20"],
  2025: ["04-21", "05-29", "06-09"],
  2026: ["04-06", "05-14", "05-25"],
  2027: ["03-29", "05-06", "05-17"],
  2028: ["04-17", "05-25", "06-05"],
  2029: ["04-02", "05-10", "05-21"],
  2030: ["04-22", "05-30", "06-10"],
};
const FIXED = ["01-01", "05-01", "05-08", "07-14", "08-15", "11-01", "11-11", "12-25"];
const HOLIDAYS = new Set(
  Object.entries(MOVABLE).flatMap(([year, movable]) => [...FIXED, ...movable].map((md) => `${year}-${md}`)),
);
const ouvrable = (iso: string) => weekday(day(iso)) <= 6 && !HOLIDAYS.has(iso);
const business = (iso: string) => weekday(day(iso)) <= 5 && !HOLIDAYS.has(iso);

/** How many counting days lie after `from` up to and including `to`. */
function counted(from: string, to: string, counts: (iso: string) => boolean): number {
  let n = 0;
  for (let d = addDays(day(from), 1); compareDays(d, day(to)) <= 0; d = addDays(d, 1))
    if (counts(isoDay(d))) n++;
  return n;
}

test("every complaint clock from every day of 2024–2030 ends on a counting day after exactly its count", () => {
  for (let d = day("2024-01-01"); compareDays(d, day("2030-10-31")) <= 0; d = addDays(d, 1)) {
    const received = isoDay(d);
    const clocks = complaintClocks(d);
    const ack = isoDay(clocks.acknowledgeBy);
    assert.ok(
      ouvrable(ack) && counted(received, ack, ouvrable) === 10,
      `acknowledgement from ${received}: ${ack}`,
    );
    const pay = isoDay(clocks.paymentAnswerBy);
    assert.ok(
      business(pay) && counted(received, pay, business) === 15,
      `payment answer from ${received}: ${pay}`,
    );
    const final = isoDay(clocks.paymentFinalAnswerBy);
    assert.ok(
      business(final) && counted(received, final, business) === 35,
      `final answer from ${received}: ${final}`,
    );
  }
});

test("complaint clocks across public holidays, worked by hand", () => {
  // Thursday 24 Dec 2026: Christmas and New Year's Day are skipped; Saturdays count as jours ouvrables.
  assert.deepEqual(
    Object.fromEntries(Object.entries(complaintClocks(day("2026-12-24"))).map(([k, v]) => [k, isoDay(v)])),
    {
      acknowledgeBy: "2027-01-07",
      answerBy: "2027-02-24",
      paymentAnswerBy: "2027-01-18",
      paymentFinalAnswerBy: "2027-02-15",
    },
  );
  // Friday 3 April 2026, before Easter Monday (6 April): 10 jours ouvrables are Sat 4, Tue 7 … Sat 11, Mon 13 … Thu 16.
  assert.equal(isoDay(complaintClocks(day("2026-04-03")).acknowledgeBy), "2026-04-16");
  // Tuesday 30 April 2024: 1 May, 8 May, Ascension (9 May) and Whit Monday (20 May) are skipped: 27 May.
  assert.equal(isoDay(complaintClocks(day("2024-04-30")).paymentAnswerBy), "2024-05-27");
  // Received on a Sunday: Monday is day 1.
  assert.equal(isoDay(complaintClocks(day("2025-11-30")).acknowledgeBy), "2025-12-11");
  // Two months, clamped to the month's end, leap years included.
  assert.equal(isoDay(complaintClocks(day("2027-12-31")).answerBy), "2028-02-29");
  assert.equal(isoDay(complaintClocks(day("2026-12-31")).answerBy), "2027-02-28");
  assert.equal(isoDay(complaintClocks(day("2026-08-31")).answerBy), "2026-10-31");
});

test("data-request clocks: one month, then two more from the first last day", () => {
  assert.equal(isoDay(dataRequestDueDay(day("2026-01-31"))), "2026-02-28");
  assert.equal(isoDay(dataRequestDueDay(day("2026-01-31"), true)), "2026-04-28");
  assert.equal(isoDay(dataRequestDueDay(day("2028-01-30"))), "2028-02-29");
  assert.equal(isoDay(dataRequestDueDay(day("2026-05-31"), true)), "2026-08-30");
  assert.equal(isoDay(dataRequestDueDay(day("2026-11-15"), true)), "2027-02-15");
});
