import assert from "node:assert/strict";
import { test } from "node:test";
import { parisLocalInput, parisLocalTime } from "../../calendar/index.ts";
import { cookieChoiceExpiry, prospectExpiry } from "../consent/index.ts";
import { breachNotificationDeadline, mayExtend, requestDue } from "./clocks.ts";

const paris = (local: string) => new Date(`${local}+01:00`);
const parisSummer = (local: string) => new Date(`${local}+02:00`);

test("a request is due the same day-number next month, or that month's last day", () => {
  assert.equal(requestDue(paris("2026-01-15T10:00:00")).day, "2026-02-15");
  assert.equal(requestDue(paris("2026-01-31T10:00:00")).day, "2026-02-28");
  assert.equal(requestDue(paris("2028-01-31T10:00:00")).day, "2028-02-29", "leap year");
  assert.equal(requestDue(parisSummer("2026-03-31T09:00:00")).day, "2026-04-30");
  assert.equal(requestDue(paris("2026-12-31T23:30:00")).day, "2027-01-31", "over the year's end");
  // Received late in the evening in Paris, still that Paris day (22:30 UTC on the 14th is the 15th in Paris).
  assert.equal(requestDue(new Date("2026-01-14T23:30:00Z")).day, "2026-02-15");
  // Due until the end of the due day, Paris time.
  assert.equal(requestDue(paris("2026-01-15T10:00:00")).until.toISOString(), "2026-02-15T22:59:59.999Z");
  assert.equal(
    requestDue(parisSummer("2026-06-15T10:00:00")).until.toISOString(),
    "2026-07-15T21:59:59.999Z",
  );
});

test("the extension adds two months to the first last day, and only if notified within the first month", () => {
  const received = paris("2026-01-31T10:00:00");
  // 28 February + 2 months, not "31 January + 3 months" (30 April): the earlier date holds under both readings.
  assert.equal(requestDue(received, true).day, "2026-04-28");
  assert.equal(requestDue(paris("2026-03-15T10:00:00"), true).day, "2026-06-15");
  assert.equal(mayExtend(received, paris("2026-02-28T18:00:00")), true);
  assert.equal(mayExtend(received, paris("2026-03-01T08:00:00")), false);
});

test("a breach is notified within 72 hours of awareness", () => {
  assert.equal(
    breachNotificationDeadline(new Date("2026-03-27T15:00:00Z")).toISOString(),
    "2026-03-30T15:00:00.000Z",
    "72 real hours, across the change to summer time",
  );
});

test("a prospect expires 3 years after their own last action; an e-mail open does not count", () => {
  const collected = { kind: "collected" as const, at: paris("2023-02-10T12:00:00") };
  assert.equal(prospectExpiry([collected])?.toISOString().slice(0, 10), "2026-02-10");
  const clicked = { kind: "click" as const, at: paris("2024-06-01T12:00:00") };
  assert.equal(prospectExpiry([collected, clicked])?.toISOString().slice(0, 10), "2027-06-01");
  const opened = { kind: "open" as const, at: paris("2025-09-01T12:00:00") };
  assert.equal(
    prospectExpiry([collected, clicked, opened])?.toISOString().slice(0, 10),
    "2027-06-01",
    "opening an e-mail is not an action of one's own",
  );
  assert.equal(
    prospectExpiry([{ kind: "collected", at: paris("2024-02-29T12:00:00") }])
      ?.toISOString()
      .slice(0, 10),
    "2027-02-28",
  );
  assert.equal(prospectExpiry([opened]), undefined);
});

test("a cookie choice is asked again after 6 months", () => {
  assert.equal(cookieChoiceExpiry(paris("2026-08-31T10:00:00")).toISOString().slice(0, 10), "2027-02-28");
});

test("the breach clock starts at the instant typed, on the night the clocks go back too", () => {
  // Awareness typed as 01:30 on 25 October 2026 (still summer time): 72 hours later, not 71 or 73.
  const aware = parisLocalTime("2026-10-25T01:30")!;
  assert.equal(aware.toISOString(), "2026-10-24T23:30:00.000Z");
  assert.equal(breachNotificationDeadline(aware).toISOString(), "2026-10-27T23:30:00.000Z");
  assert.equal(parisLocalInput(breachNotificationDeadline(aware)), "2026-10-28T00:30");
});
