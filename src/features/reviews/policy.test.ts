import assert from "node:assert/strict";
import { test } from "node:test";
import { may } from "../../platform/auth/access.ts";
import type { Actor } from "../../platform/auth/actor.ts";
import { ROLES, type Role } from "../../platform/auth/roles.ts";
import { mayReview, moderateReviews, overseeReviews, ownReviews, writeReview } from "./policy.ts";

const actor = (role: Role, over: Partial<Actor> = {}): Actor => ({
  id: 1,
  email: "p@example.test",
  displayName: "P",
  role,
  locale: "fr",
  emailVerified: true,
  totpEnabled: true,
  secondFactorDone: true,
  silenced: false,
  sessionId: 1,
  ...over,
});

test("only clients review: every staff role is refused, a visitor with an invitation is not", () => {
  for (const role of ROLES) assert.equal(mayReview(actor(role)), role === "member", role);
  assert.equal(mayReview(null), true);
});

test("writing needs a verified address; one's own reviews only an account", () => {
  assert.equal(may(actor("member"), writeReview), true);
  assert.equal(may(actor("member", { emailVerified: false }), writeReview), false);
  assert.equal(may(actor("member", { emailVerified: false }), ownReviews), true);
  assert.equal(may(null, writeReview), false);
});

test("the community team moderates; compliance reads without deciding; a second factor always", () => {
  for (const role of ROLES) {
    assert.equal(
      may(actor(role), moderateReviews),
      ["community_manager", "administrator"].includes(role),
      role,
    );
    assert.equal(
      may(actor(role), overseeReviews),
      ["community_manager", "administrator", "compliance_officer"].includes(role),
      role,
    );
  }
  assert.equal(may(actor("community_manager", { secondFactorDone: false }), moderateReviews), false);
});
