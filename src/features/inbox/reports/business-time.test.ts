import assert from "node:assert/strict";
import { test } from "node:test";
import { businessMinutesBetween, DEFAULT_OPENING_HOURS, openIntervals } from "../../../calendar/index.ts";
import { BusinessClock, backlogAge, businessDayMinutes, percentile, summarise } from "./business-time.ts";

const paris = (local: string, offset = "+01:00") => new Date(`${local}${offset}`);

test("the business clock agrees with the calendar's walk, across nights, weekends, holidays and summer time", () => {
  const from = paris("2026-03-01T00:00:00");
  const to = paris("2026-06-30T23:00:00", "+02:00");
  const clock = new BusinessClock(openIntervals(from, to, DEFAULT_OPENING_HOURS));
  const instants = [
    paris("2026-03-02T08:00:00"),
    paris("2026-03-02T10:17:00"),
    paris("2026-03-27T17:30:00"),
    paris("2026-03-30T09:45:00", "+02:00"),
    paris("2026-04-03T18:30:00", "+02:00"),
    paris("2026-04-06T12:00:00", "+02:00"), // Easter Monday, closed
    paris("2026-05-01T11:00:00", "+02:00"),
    paris("2026-05-26T16:59:00", "+02:00"),
    paris("2026-06-30T20:00:00", "+02:00"),
  ];
  for (const a of instants)
    for (const b of instants)
      assert.equal(
        clock.minutesBetween(a, b),
        businessMinutesBetween(a, b, DEFAULT_OPENING_HOURS),
        `${a.toISOString()} → ${b.toISOString()}`,
      );
  // Friday 17:00 to Monday 10:00: two business hours.
  assert.equal(clock.minutesBetween(paris("2026-03-13T17:00:00"), paris("2026-03-16T10:00:00")), 120);
});

test("percentiles interpolate between ranks; nothing measured is null, not zero", () => {
  assert.equal(percentile([4, 1, 3, 2], 50), 2.5);
  assert.equal(percentile([10], 90), 10);
  assert.equal(percentile([], 50), null);
  const ten = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
  assert.equal(percentile(ten, 90), 9.1);
  assert.equal(percentile(ten, 100), 10);
  assert.deepEqual(summarise([60, 120, 180, 240, 600]), { count: 5, median: 180, p90: 456 });
  assert.deepEqual(summarise([]), { count: 0, median: null, p90: null });
});

test("the backlog's ages in business days, and a business day's length from the opening hours", () => {
  assert.deepEqual([0, 0.99, 1, 2.5, 3, 6.9, 7, 30].map(backlogAge), [
    "upTo1",
    "upTo1",
    "upTo3",
    "upTo3",
    "upTo7",
    "upTo7",
    "over7",
    "over7",
  ]);
  assert.equal(businessDayMinutes(DEFAULT_OPENING_HOURS), 540);
  assert.equal(
    businessDayMinutes(
      new Map([
        [1, { opens: "09:00", closes: "18:00" }],
        [6, { opens: "09:00", closes: "12:00" }],
      ]),
    ),
    360,
  );
});
