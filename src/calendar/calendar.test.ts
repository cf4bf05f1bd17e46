import assert from "node:assert/strict";
import { test } from "node:test";
import { easterSunday } from "./holidays.ts";
import {
  addBusinessDays,
  addJoursOuvrables,
  addMonthsClamped,
  dayFromIso,
  endOfParisDay,
  frenchPublicHolidays,
  isoDay,
  parisDay,
  parisLocalInput,
  parisLocalTime,
  startOfParisDay,
} from "./index.ts";

const day = (iso: string) => dayFromIso(iso)!;

test("Easter and the French public holidays that move with it", () => {
  for (const [year, easter] of [
    [2024, "2024-03-31"],
    [2025, "2025-04-20"],
    [2026, "2026-04-05"],
    [2027, "2027-03-28"],
    [2038, "2038-04-25"],
  ] as const)
    assert.equal(isoDay(easterSunday(year)), easter);
  assert.deepEqual(frenchPublicHolidays(2026).map(isoDay), [
    "2026-01-01",
    "2026-04-06",
    "2026-05-01",
    "2026-05-08",
    "2026-05-14",
    "2026-05-25",
    "2026-07-14",
    "2026-08-15",
    "2026-11-01",
    "2026-11-11",
    "2026-12-25",
  ]);
});

test("a time typed in Paris is the right instant on both daylight-saving days", () => {
  // 01:30 exists on both days: before the change in spring (UTC+1), before it in autumn (UTC+2).
  assert.equal(parisLocalTime("2026-03-29T01:30")?.toISOString(), "2026-03-29T00:30:00.000Z");
  assert.equal(parisLocalTime("2026-10-25T01:30")?.toISOString(), "2026-10-24T23:30:00.000Z");
  assert.equal(parisLocalTime("2026-03-29T03:30")?.toISOString(), "2026-03-29T01:30:00.000Z");
  assert.equal(parisLocalTime("2026-10-25T03:30")?.toISOString(), "2026-10-25T02:30:00.000Z");
  // 02:30 happens twice in autumn, never in spring: the earlier reading, safe for a legal clock.
  assert.equal(parisLocalTime("2026-10-25T02:30")?.toISOString(), "2026-10-25T00:30:00.000Z");
  assert.equal(parisLocalTime("2026-03-29T02:30")?.toISOString(), "2026-03-29T00:30:00.000Z");
  for (const bad of ["2026-02-30T10:00", "2026-13-01T10:00", "2026-12-01T24:00", "2026-12-01 10:00", ""])
    assert.equal(parisLocalTime(bad), undefined, bad);
});

test("every half hour of the daylight-saving days reads back as it was typed (except the hour that does not exist)", () => {
  for (const date of ["2026-03-29", "2026-10-25", "2027-03-28", "2027-10-31"]) {
    for (let minutes = 0; minutes < 24 * 60; minutes += 30) {
      const typed = `${date}T${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
      const at = parisLocalTime(typed)!;
      if (date.endsWith("03-29") || date.endsWith("03-28")) {
        if (typed.includes("T02:")) continue;
      }
      assert.equal(parisLocalInput(at), typed);
    }
  }
});

test("a Paris day starts and ends at local midnight, whatever the offset that day", () => {
  assert.equal(startOfParisDay(day("2026-03-29")).toISOString(), "2026-03-28T23:00:00.000Z");
  assert.equal(endOfParisDay(day("2026-03-29")).toISOString(), "2026-03-29T21:59:59.999Z");
  assert.equal(endOfParisDay(day("2026-10-25")).toISOString(), "2026-10-25T22:59:59.999Z");
  assert.equal(isoDay(parisDay(new Date("2025-12-31T23:30:00Z"))), "2026-01-01");
});

test("months end on the same day number, or the month's last day", () => {
  assert.equal(isoDay(addMonthsClamped(day("2026-01-31"), 1)), "2026-02-28");
  assert.equal(isoDay(addMonthsClamped(day("2028-01-31"), 1)), "2028-02-29");
  assert.equal(isoDay(addMonthsClamped(day("2026-08-31"), 1)), "2026-09-30");
  assert.equal(isoDay(addMonthsClamped(day("2026-11-30"), 3)), "2027-02-28");
  assert.equal(isoDay(addMonthsClamped(day("2026-03-31"), -1)), "2026-02-28");
});

test("jours ouvrables skip Sundays and public holidays; the day of receipt is not counted", () => {
  // Received on Good Friday (not a holiday in France); Easter Monday is one.
  assert.equal(isoDay(addJoursOuvrables(day("2026-04-03"), 10)), "2026-04-16");
  // Received on a Saturday: Sunday does not count, Monday is day 1.
  assert.equal(isoDay(addJoursOuvrables(day("2026-11-28"), 1)), "2026-11-30");
  // Received on 24 December: 25 December and Sunday 27 do not count.
  assert.equal(isoDay(addJoursOuvrables(day("2026-12-24"), 2)), "2026-12-28");
});

test("business days are the days the bank is open, public holidays excepted", () => {
  // May 2026: 1 May, 8 May, Ascension (14) and Whit Monday (25) all fall on working days.
  assert.equal(isoDay(addBusinessDays(day("2026-04-30"), 15)), "2026-05-27");
  assert.equal(isoDay(addBusinessDays(day("2026-04-30"), 35)), "2026-06-24");
  // A bank also open on Saturdays.
  assert.equal(isoDay(addBusinessDays(day("2026-04-30"), 15, [1, 2, 3, 4, 5, 6])), "2026-05-21");
  assert.throws(() => addBusinessDays(day("2026-04-30"), 0));
});
