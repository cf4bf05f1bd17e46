import assert from "node:assert/strict";
import { test } from "node:test";
import { publicReplyGuard } from "../text/public-reply-guard/guard.ts";
import { demoReviews } from "./reviews-content.ts";

/** The demo's reviews: about 150 over 18 months, mixed, answered within the rules, one held. */

test("about 150 reviews over 18 months, every rating present, most verified, some refused, one held", () => {
  const reviews = demoReviews();
  assert.ok(reviews.length >= 140 && reviews.length <= 160, String(reviews.length));
  assert.ok(Math.max(...reviews.map((r) => r.daysAgo)) > 500);
  assert.ok(Math.min(...reviews.map((r) => r.daysAgo)) < 10);
  for (const rating of [1, 2, 3, 4, 5])
    assert.ok(reviews.filter((r) => r.rating === rating).length >= 10, `${rating} stars`);
  const invited = reviews.filter((r) => r.invited).length;
  assert.ok(invited > reviews.length / 2 && invited < reviews.length, "verified and spontaneous both");
  assert.ok(reviews.filter((r) => r.refusal).length >= 3);
  assert.equal(reviews.filter((r) => r.hold).length, 1);
  assert.ok(reviews.find((r) => r.hold)!.rating <= 2, "only a negative review may be held");
  assert.ok(
    reviews.filter((r) => r.update).every((r) => r.answer),
    "updated after the bank's answer",
  );
  assert.equal(
    demoReviews()
      .map((r) => r.body)
      .join(),
    reviews.map((r) => r.body).join(),
    "the same demo at every start",
  );
});

test("every answer of the bank in the demo passes the public-reply guard (no client confirmed, no personal data)", () => {
  for (const review of demoReviews())
    if (review.answer)
      assert.deepEqual(publicReplyGuard(review.answer.body).findings, [], review.answer.body);
});

test("texts are long enough to be reviews and the experience is recent", () => {
  for (const review of demoReviews()) {
    assert.ok(review.body.length >= 50, review.body);
    assert.ok(review.experienceDaysBefore >= 1 && review.experienceDaysBefore <= 30);
  }
});
