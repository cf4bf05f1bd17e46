import assert from "node:assert/strict";
import { test } from "node:test";
import { addBusinessMinutes, businessMinutesBetween, DEFAULT_OPENING_HOURS } from "./opening-hours.ts";

const paris = (local: string, offset = "+01:00") => new Date(`${local}${offset}`);

test("business minutes run in opening hours only, across nights, weekends and public holidays", () => {
  // Friday 17:00 + 2 h → Monday 10:00.
  assert.equal(
    addBusinessMinutes(paris("2026-11-27T17:00:00"), 120).toISOString(),
    paris("2026-11-30T10:00:00").toISOString(),
  );
  // Received on Saturday: counts from Monday 9:00.
  assert.equal(
    addBusinessMinutes(paris("2026-11-28T11:00:00"), 30).toISOString(),
    paris("2026-11-30T09:30:00").toISOString(),
  );
  // Thursday 24 December 2026, 17:30 + 1 h: Christmas is closed, the next opening is Monday 28.
  assert.equal(
    addBusinessMinutes(paris("2026-12-24T17:30:00"), 60).toISOString(),
    paris("2026-12-28T09:30:00").toISOString(),
  );
  // Whit Monday 2026 (25 May) is closed; summer time (+02:00).
  assert.equal(
    addBusinessMinutes(paris("2026-05-22T17:00:00", "+02:00"), 120).toISOString(),
    paris("2026-05-26T10:00:00", "+02:00").toISOString(),
  );
  // Over the night the clocks go forward (29 March 2026): 9:00 is 9:00 local on both days.
  assert.equal(
    addBusinessMinutes(paris("2026-03-27T17:00:00"), 9 * 60).toISOString(),
    paris("2026-03-30T17:00:00", "+02:00").toISOString(),
  );
});

test("minutes between two instants count the same hours, and undo an addition", () => {
  const from = paris("2026-12-23T16:00:00");
  for (const minutes of [0, 1, 59, 120, 540, 541, 2000, 6000]) {
    const due = addBusinessMinutes(from, minutes);
    assert.equal(businessMinutesBetween(from, due), minutes, `${minutes} minutes`);
  }
  assert.equal(
    businessMinutesBetween(paris("2026-12-25T10:00:00"), paris("2026-12-25T12:00:00")),
    0,
    "a holiday",
  );
  assert.equal(businessMinutesBetween(paris("2026-12-02T12:00:00"), paris("2026-12-01T12:00:00")), 0);
});

test("the bank's own days and hours", () => {
  const saturdays = new Map([...DEFAULT_OPENING_HOURS, [6, { opens: "09:00", closes: "12:00" }]]);
  assert.equal(
    addBusinessMinutes(paris("2026-11-27T17:00:00"), 120, saturdays).toISOString(),
    paris("2026-11-28T10:00:00").toISOString(),
  );
  assert.throws(() => addBusinessMinutes(paris("2026-11-27T17:00:00"), 1, new Map()), RangeError);
});
