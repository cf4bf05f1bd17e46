import assert from "node:assert/strict";
import { test } from "node:test";
import { type ConversationWeekCounts, conversationIndex } from "./conversation-index.ts";

/**
 * The Conversation Index on two hand-built weeks, every figure computed by hand below
 * (docs/barometer.md gives the formula).
 */
const close = (actual: number | null | undefined, expected: number, tolerance = 5e-4) =>
  assert.ok(
    actual !== null && actual !== undefined && Math.abs(actual - expected) < tolerance,
    `${actual} ≠ ${expected}`,
  );

const weekA: ConversationWeekCounts = {
  week: "2026-03-02",
  publicQuestions: 10,
  publicAnswered: 5,
  publicSolved: 3,
  privateQuestions: 10,
  privateAnswered: 8,
  publicMedianHours: 12,
  privateMedianHours: 6,
  staffPosts: 10,
  staffReplies: 5,
  complaintsDue: 4,
  complaintsInTime: 2,
  promoters: { promoters: 50, passives: 30, detractors: 20 },
};
const weekB: ConversationWeekCounts = {
  week: "2026-03-09",
  publicQuestions: 20,
  publicAnswered: 18,
  publicSolved: 10,
  privateQuestions: 20,
  privateAnswered: 18,
  publicMedianHours: 6,
  privateMedianHours: 3,
  staffPosts: 20,
  staffReplies: 16,
  complaintsDue: 5,
  complaintsInTime: 5,
  promoters: { promoters: 60, passives: 30, detractors: 10 },
};

test("each component and the index, by hand", () => {
  const [a, b] = conversationIndex([weekA, weekB]);
  // Week A: answered (5 + 8) / (10 + 10) = 0.65 → 65; public median 12 h → 100 × (1 − 12/48) = 75;
  // private 6 h → 87.5; conversation 5/10 → 50; solved in public 3/10 → 30; complaints 2/4 → 50;
  // NPS 50 % − 20 % = 30 points → (30 + 100) / 2 = 65. Index: 422.5 / 7 = 60.357.
  close(a!.index, 422.5 / 7);
  assert.equal(a!.indexTrend, null);
  assert.equal(a!.components.answered!.trend, null);
  // Week B: answered 36/40 = 0.9 → 90; public 6 h → 87.5; private 3 h → 93.75; conversation
  // 16/20 → 80; solved 10/20 → 50; complaints 5/5 → 100; NPS 60 − 10 = 50 → 75.
  // Index: 576.25 / 7 = 82.321; its trend (576.25 − 422.5) / 7 = 21.964.
  close(b!.index, 576.25 / 7);
  close(b!.indexTrend, 153.75 / 7);
  const c = b!.components;
  close(c.answered!.value, 0.9);
  assert.equal(c.answered!.n, 40);
  // Wilson, 36/40: centre (0.9 + 1.96²/80) / (1 + 1.96²/40) = 0.86496, half-width
  // (1.96 / 1.09604) × √(0.9 × 0.1 / 40 + 1.96² / 6400) = 0.09547 → [0.7695, 0.9604].
  close(c.answered!.ci95![0], 0.7695);
  close(c.answered!.ci95![1], 0.9604);
  close(c.publicResponseTime!.score, 87.5);
  close(c.privateResponseTime!.score, 93.75);
  close(c.conversation!.score, 80);
  close(c.solvedInPublic!.score, 50);
  close(c.complaintsInTime!.score, 100);
  close(c.netPromoters!.value, 50);
  close(c.netPromoters!.score, 75);
  // NPS interval: variance 10 000 × (0.6 + 0.1 − 0.5²) / 100 = 45 → 50 ± 1.96 × √45 = [36.852, 63.148].
  close(c.netPromoters!.ci95![0], 36.852, 1e-3);
  close(c.netPromoters!.ci95![1], 63.148, 1e-3);
});

test("each component's trend against the week before, in words where a test applies", () => {
  const [, b] = conversationIndex([weekA, weekB]);
  const c = b!.components;
  // Answered 13/20 → 36/40: pooled 49/60 = 0.81667, SE √(0.81667 × 0.18333 × (1/20 + 1/40)) = 0.10597,
  // z = (0.65 − 0.9) / 0.10597 = −2.359, p = 0.018: a significant rise of 25 points.
  close(c.answered!.trend!.difference, 0.25);
  close(c.answered!.trend!.change!.statistic, -2.359, 1e-3);
  close(c.answered!.trend!.change!.p, 0.0183, 1e-3);
  assert.equal(c.answered!.trend!.verdict, "significant_rise");
  // Conversation 5/10 → 16/20: pooled 0.7, SE √(0.21 × 0.15) = 0.17748, z = −1.690, p = 0.091: not significant.
  close(c.conversation!.trend!.change!.p, 0.091, 1e-3);
  assert.equal(c.conversation!.trend!.verdict, "not_significant");
  // NPS 30 → 50: variances 10 000 × (0.7 − 0.09) / 100 = 61 and 45, z = −20 / √106 = −1.943,
  // p = 0.052: twenty points, not significant.
  close(c.netPromoters!.trend!.difference, 20);
  close(c.netPromoters!.trend!.change!.p, 0.052, 1e-3);
  assert.equal(c.netPromoters!.trend!.verdict, "not_significant");
  // Medians: a difference in hours, no test.
  assert.deepEqual(c.publicResponseTime!.trend, { difference: -6, change: null, verdict: null });
  assert.deepEqual(c.privateResponseTime!.trend, { difference: -3, change: null, verdict: null });
});

test("a component with nothing to rest on is left out of the week and of its index", () => {
  const quiet: ConversationWeekCounts = {
    ...weekB,
    week: "2026-03-16",
    publicQuestions: 0,
    publicAnswered: 0,
    publicSolved: 0,
    publicMedianHours: null,
    privateQuestions: 0,
    privateAnswered: 0,
    privateMedianHours: null,
    complaintsDue: 0,
    complaintsInTime: 0,
    promoters: null,
  };
  const [week] = conversationIndex([quiet], weekB);
  // Only the conversation share is left: 16/20 → 80, its own index.
  assert.deepEqual(Object.keys(week!.components), ["conversation"]);
  close(week!.index, 80);
  close(week!.indexTrend, 80 - 576.25 / 7);
  const [empty] = conversationIndex([{ ...quiet, staffPosts: 0, staffReplies: 0 }]);
  assert.equal(empty!.index, null);
});
