import assert from "node:assert/strict";
import { test } from "node:test";
import {
  type CookieChoice,
  choiceFromForm,
  choiceMaxAgeSeconds,
  formatChoice,
  readChoice,
} from "./choice.ts";

const MONTHS = 6;
const chosenAt = new Date("2026-01-15T10:00:00Z");
const choice: CookieChoice = {
  id: "AbCdEfGhIjKlMnOp",
  chosenAt,
  granted: { video: true },
  audience: false,
};

test("a choice written to the cookie reads back the same", () => {
  const raw = formatChoice(choice);
  assert.equal(raw, `AbCdEfGhIjKlMnOp.${chosenAt.getTime() / 1000}.1.0`);
  assert.deepEqual(readChoice(raw, new Date("2026-02-01T00:00:00Z"), MONTHS), choice);
});

test("a choice holds six months, to the end of that day in Paris, then the banner asks again", () => {
  const raw = formatChoice(choice);
  assert.ok(readChoice(raw, new Date("2026-07-15T21:59:00Z"), MONTHS), "15 July, 23:59 in Paris");
  assert.equal(readChoice(raw, new Date("2026-07-15T22:01:00Z"), MONTHS), undefined, "16 July in Paris");
  assert.equal(choiceMaxAgeSeconds(choice, MONTHS, new Date("2026-07-15T21:59:00Z")), 59);
  assert.equal(choiceMaxAgeSeconds(choice, MONTHS, new Date("2026-08-01T00:00:00Z")), 0);
});

test("a missing, malformed or future-dated cookie holds no choice", () => {
  const now = new Date("2026-02-01T00:00:00Z");
  const seconds = chosenAt.getTime() / 1000;
  for (const raw of [
    undefined,
    "",
    `AbCdEfGhIjKlMnOp.${seconds}.1`,
    `AbCdEfGhIjKlMnOp.${seconds}.1.0.1`,
    `short.${seconds}.1.0`,
    `AbCdEfGhIjKlMn/p.${seconds}.1.0`,
    `AbCdEfGhIjKlMnOp.-5.1.0`,
    `AbCdEfGhIjKlMnOp.${seconds}.2.0`,
    `AbCdEfGhIjKlMnOp.${seconds}.yes.0`,
    `AbCdEfGhIjKlMnOp.${now.getTime() / 1000 + 3600}.1.0`,
  ])
    assert.equal(readChoice(raw, now, MONTHS), undefined, String(raw));
  // A minute of clock difference between servers is tolerated.
  assert.ok(readChoice(`AbCdEfGhIjKlMnOp.${now.getTime() / 1000 + 30}.1.0`, now, MONTHS));
});

test("accept all, refuse all, or one purpose at a time; refusing all stops the audience measurement too", () => {
  const now = new Date("2026-03-01T12:00:00Z");
  const none = { purposes: [], objectsToAudience: false };
  const all = choiceFromForm({ choice: "all", ...none }, undefined, now)!;
  assert.deepEqual([all.granted, all.audience, all.chosenAt], [{ video: true }, true, now]);
  assert.match(all.id, /^[\w-]{16}$/);

  const refused = choiceFromForm({ choice: "none", ...none }, all, now)!;
  assert.deepEqual([refused.granted, refused.audience], [{ video: false }, false]);
  assert.equal(refused.id, all.id, "the same browser keeps its consent number");

  const custom = choiceFromForm(
    { choice: "custom", purposes: ["video"], objectsToAudience: true },
    undefined,
    now,
  )!;
  assert.deepEqual([custom.granted, custom.audience], [{ video: true }, false]);
  const nothingTicked = choiceFromForm({ choice: "custom", ...none }, undefined, now)!;
  assert.deepEqual([nothingTicked.granted, nothingTicked.audience], [{ video: false }, true]);

  assert.equal(choiceFromForm({ choice: "maybe", ...none }, undefined, now), undefined);
  assert.equal(choiceFromForm({ choice: undefined, ...none }, undefined, now), undefined);
});
