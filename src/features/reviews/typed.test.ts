import assert from "node:assert/strict";
import { test } from "node:test";
import { emptyReview, readReview, type TypedReview } from "./typed.ts";

const NOW = new Date("2026-12-01T10:00:00Z");
const good: TypedReview = {
  ...emptyReview(),
  rating: "4",
  advice: "5",
  title: "Un conseiller attentif",
  body: "J'ai ouvert un plan d'épargne et ma conseillère a pris le temps de tout m'expliquer.",
  product: "epargne",
  experienceDate: "2026-11-20",
};

test("a complete review is read, the empty aspects left unrated", () => {
  const outcome = readReview(good, NOW, 50);
  assert.ok(outcome.ok);
  assert.equal(outcome.value.rating, 4);
  assert.deepEqual(outcome.value.aspects, { advice: 5, digital: null, fees: null, availability: null });
  assert.equal(outcome.value.hold, false);
});

test("a rating out of range, a future or too old experience, a short text: every problem at once", () => {
  const outcome = readReview(
    { ...good, rating: "6", fees: "0", body: "Trop court.", experienceDate: "2026-12-02" },
    NOW,
    50,
  );
  assert.deepEqual(outcome, {
    ok: false,
    errors: {
      rating: "reviews.rating.invalid",
      fees: "reviews.aspect.invalid",
      body: "reviews.body.tooShort",
      experienceDate: "reviews.experience.future",
    },
  });
  const old = readReview({ ...good, experienceDate: "2025-11-30" }, NOW, 50);
  assert.deepEqual(old, { ok: false, errors: { experienceDate: "reviews.experience.tooOld" } });
  assert.ok(readReview({ ...good, experienceDate: "2025-12-01" }, NOW, 50).ok, "twelve months to the day");
  const nonsense = readReview(
    { ...good, rating: "4.5", product: "yacht", experienceDate: "2026-02-30" },
    NOW,
    50,
  );
  assert.deepEqual(nonsense, {
    ok: false,
    errors: {
      rating: "reviews.rating.invalid",
      product: "reviews.product.missing",
      experienceDate: "reviews.experience.invalid",
    },
  });
});

test("today in Paris is not the future, even late in the evening UTC", () => {
  assert.ok(readReview({ ...good, experienceDate: "2026-12-02" }, new Date("2026-12-01T23:30:00Z"), 50).ok);
});

test("only a negative review can be held for the bank to contact its author first", () => {
  const held = readReview({ ...good, rating: "2", hold: "1" }, NOW, 50);
  assert.ok(held.ok && held.value.hold);
  const positive = readReview({ ...good, rating: "5", hold: "1" }, NOW, 50);
  assert.ok(positive.ok && !positive.value.hold);
});
