import assert from "node:assert/strict";
import { test } from "node:test";
import { conformityFigures, median, type ReviewFacts } from "./conformity.ts";

/** The conformity report's figures on a year built by hand: every number can be recounted here. */

const at = (iso: string) => new Date(iso);
const hours = (from: string, h: number) => new Date(at(from).getTime() + h * 3_600_000);
const REASONS = ["insults", "personal_data", "duplicate"];

const review = (over: Partial<ReviewFacts> & { receivedAt: Date }): ReviewFacts => ({
  verified: true,
  status: "published",
  publishedAt: null,
  refusals: [],
  answeredAt: null,
  ...over,
});

test("median: the middle value, or the mean of the two middle ones; none for nothing", () => {
  assert.equal(median([]), null);
  assert.equal(median([5, 1, 3]), 3);
  assert.equal(median([4, 1, 3, 10]), 3.5);
  assert.equal(median([1 / 3]), 0.3);
});

test("a year of reviews: counts by status, refusals by reason (zeros listed), delays, answers and invitations", () => {
  const reviews: ReviewFacts[] = [
    // Published in 10 hours, answered 20 hours later.
    review({
      receivedAt: at("2026-02-01T09:00:00Z"),
      publishedAt: hours("2026-02-01T09:00:00Z", 10),
      answeredAt: hours("2026-02-01T09:00:00Z", 30),
    }),
    // Published in 30 hours, not answered; spontaneous.
    review({
      receivedAt: at("2026-03-01T09:00:00Z"),
      verified: false,
      publishedAt: hours("2026-03-01T09:00:00Z", 30),
    }),
    // Refused for insults after 2 hours, corrected, published 50 hours after receipt, answered at once.
    review({
      receivedAt: at("2026-04-01T09:00:00Z"),
      refusals: [{ at: hours("2026-04-01T09:00:00Z", 2), reason: "insults" }],
      publishedAt: hours("2026-04-01T09:00:00Z", 50),
      answeredAt: hours("2026-04-01T09:00:00Z", 54),
    }),
    // Refused twice (personal data, then insults): stays refused; decided after 4 hours.
    review({
      receivedAt: at("2026-05-01T09:00:00Z"),
      status: "refused",
      refusals: [
        { at: hours("2026-05-01T09:00:00Z", 4), reason: "personal_data" },
        { at: hours("2026-05-01T09:00:00Z", 40), reason: "insults" },
      ],
    }),
    // Decided 9 days after receipt: beyond a 7-day delay.
    review({
      receivedAt: at("2026-06-01T09:00:00Z"),
      publishedAt: hours("2026-06-01T09:00:00Z", 9 * 24),
      status: "withdrawn",
    }),
    // Still waiting 10 days after receipt: beyond too; a held one, within.
    review({ receivedAt: at("2026-11-21T09:00:00Z"), status: "submitted" }),
    review({ receivedAt: at("2026-11-29T09:00:00Z"), status: "held" }),
    // Received on 31 December 2025 at 23:30 Paris time: not this year's.
    review({ receivedAt: at("2025-12-31T22:30:00Z"), publishedAt: at("2026-01-01T10:00:00Z") }),
    // Received on 1 January 2026 at 00:30 Paris time: this year's.
    review({ receivedAt: at("2025-12-31T23:30:00Z"), publishedAt: hours("2025-12-31T23:30:00Z", 20) }),
  ];
  const figures = conformityFigures({
    year: 2026,
    now: at("2026-12-01T09:00:00Z"),
    reviews,
    invitations: [
      { sentAt: at("2026-01-10T09:00:00Z"), usedAt: at("2026-01-11T09:00:00Z") },
      { sentAt: at("2026-01-10T09:00:00Z"), usedAt: null },
      { sentAt: at("2026-02-10T09:00:00Z"), usedAt: null },
      { sentAt: at("2026-03-10T09:00:00Z"), usedAt: null },
      { sentAt: at("2025-06-10T09:00:00Z"), usedAt: at("2025-06-11T09:00:00Z") },
    ],
    refusedFilters: [at("2026-05-05T09:00:00Z"), at("2024-05-05T09:00:00Z")],
    reasons: REASONS,
    moderationDays: 7,
  });
  assert.deepEqual(figures, {
    year: 2026,
    received: 8,
    verified: 7,
    spontaneous: 1,
    published: 4,
    refused: 1,
    refusalsByReason: [
      { reason: "insults", count: 2 },
      { reason: "personal_data", count: 1 },
      { reason: "duplicate", count: 0 },
    ],
    withdrawn: 1,
    waiting: 2,
    // Decisions after 10, 30, 2, 4, 216 and 20 hours: 4, 10, 20 and 30, 216 → (10 + 20) / 2.
    medianHoursToDecision: 15,
    beyondModerationDelay: 2,
    // Ever published: 5 (the withdrawn one included); answered 2.
    answered: 2,
    answeredShare: 40,
    // 20 hours and 4 hours after publication.
    medianHoursToAnswer: 12,
    invitationsSent: 4,
    invitationsUsed: 1,
    responseRate: 25,
    filtersRefused: 1,
  });
});

test("an empty year says so: nothing to take a median of, no share of nothing", () => {
  const figures = conformityFigures({
    year: 2026,
    now: at("2026-12-01T09:00:00Z"),
    reviews: [],
    invitations: [],
    refusedFilters: [],
    reasons: REASONS,
    moderationDays: 7,
  });
  assert.equal(figures.medianHoursToDecision, null);
  assert.equal(figures.answeredShare, null);
  assert.equal(figures.responseRate, null);
  assert.deepEqual(
    figures.refusalsByReason.map((r) => r.count),
    [0, 0, 0],
  );
});
