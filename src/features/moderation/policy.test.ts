import assert from "node:assert/strict";
import { test } from "node:test";
import { PERSONAS, whoMay } from "../../platform/auth/personas.ts";
import { moderate, ownModeration } from "./policy.ts";

test("moderating is the community team's, second factor given", () => {
  assert.deepEqual(whoMay(moderate), ["community_manager", "administrator"]);
});

test("an author's own decisions and appeals: every signed-in person", () => {
  assert.deepEqual(
    whoMay(ownModeration),
    [...PERSONAS.keys()].filter((persona) => persona !== "visitor"),
  );
});
