import assert from "node:assert/strict";
import { test } from "node:test";
import { LIMITS, sandboxProblem, TRUSTED_AT, trustLevel } from "./reputation.ts";

test("new members are limited until others give them points; staff are not sandboxed", () => {
  assert.equal(trustLevel(0, false), "new");
  assert.equal(trustLevel(TRUSTED_AT - 1, false), "new");
  assert.equal(trustLevel(TRUSTED_AT, false), "trusted");
  assert.equal(trustLevel(0, true), "staff");
  const fresh = LIMITS.new;
  assert.equal(sandboxProblem(fresh, { links: 2, mentions: 2, postsToday: 9 }), undefined);
  assert.equal(sandboxProblem(fresh, { links: 3, mentions: 0, postsToday: 0 }), "community.sandbox.links");
  assert.equal(sandboxProblem(fresh, { links: 0, mentions: 3, postsToday: 0 }), "community.sandbox.mentions");
  assert.equal(
    sandboxProblem(fresh, { links: 0, mentions: 0, postsToday: 10 }),
    "community.sandbox.postsPerDay",
  );
  assert.equal(sandboxProblem(LIMITS.trusted, { links: 3, mentions: 3, postsToday: 10 }), undefined);
  assert.equal(sandboxProblem(LIMITS.staff, { links: 0, mentions: 0, postsToday: 10_000 }), undefined);
});
