import assert from "node:assert/strict";
import { test } from "node:test";
import { dayFromIso, startOfParisDay } from "../../../calendar/index.ts";
import { complaintStanding, daysLate, daysLeft, holdingReplyInTime } from "./standing.ts";

const d = (iso: string) => dayFromIso(iso)!;
/** Received on Christmas Eve 2026: Christmas and New Year's Day are Fridays, two Saturdays count as jours ouvrables. */
const christmas = {
  receivedOn: "2026-12-24",
  paymentService: false,
  acknowledgeBy: "2027-01-07",
  answerBy: "2027-02-24",
  acknowledgedAt: null,
  holdingReplyAt: null,
  answeredAt: null,
};

test("days left are counted in the period's own kind of day, across public holidays", () => {
  // 24 Dec → 7 Jan: 26, 28, 29, 30, 31 Dec, 2, 4, 5, 6, 7 Jan (25 Dec and 1 Jan are holidays).
  assert.equal(daysLeft(d("2026-12-24"), d("2027-01-07"), "ouvrable"), 10);
  assert.equal(daysLeft(d("2026-12-24"), d("2027-01-07"), "business"), 8);
  assert.equal(daysLeft(d("2026-12-24"), d("2027-01-07"), "calendar"), 14);
  assert.equal(daysLeft(d("2027-01-07"), d("2027-01-07"), "ouvrable"), 0, "the last day");
  assert.equal(daysLate(d("2027-01-09"), d("2027-01-07")), 2);
});

test("a complaint's standing: acknowledgement due, then late; an answer within the 10 days counts as acknowledged", () => {
  const fresh = complaintStanding(christmas, d("2027-01-04"));
  assert.deepEqual(fresh.acknowledgement, { state: "due", by: d("2027-01-07"), left: 3, kind: "ouvrable" });
  assert.equal(fresh.answer.state, "due");
  assert.equal(fresh.holdingReplyPossible, false, "not a payment service");

  assert.deepEqual(complaintStanding(christmas, d("2027-01-09")).acknowledgement, {
    state: "late",
    by: d("2027-01-07"),
    daysLate: 2,
  });

  const answeredAt = startOfParisDay(d("2027-01-06"));
  const answered = complaintStanding({ ...christmas, answeredAt }, d("2027-01-20"));
  assert.deepEqual(answered.acknowledgement, { state: "done", at: answeredAt, inTime: true });
  assert.deepEqual(answered.answer, { state: "done", at: answeredAt, inTime: true });
});

test("a payment-service complaint: its answer in business days, a holding reply possible up to the 15th", () => {
  const payment = { ...christmas, paymentService: true, answerBy: "2027-01-18" };
  const standing = complaintStanding(payment, d("2027-01-11"));
  assert.deepEqual(standing.answer, { state: "due", by: d("2027-01-18"), left: 5, kind: "business" });
  assert.equal(standing.holdingReplyPossible, true);
  assert.equal(complaintStanding(payment, d("2027-01-19")).holdingReplyPossible, false);
  assert.equal(holdingReplyInTime("2026-12-24", startOfParisDay(d("2027-01-18"))), true);
  assert.equal(holdingReplyInTime("2026-12-24", startOfParisDay(d("2027-01-19"))), false);
});
