import assert from "node:assert/strict";
import { test } from "node:test";
import { PERSONAS, whoMay } from "../../platform/auth/personas.ts";
import { classifyText, moderate, ownModeration } from "./policy.ts";

test("moderating is the community team's, second factor given", () => {
  assert.deepEqual(whoMay(moderate), ["community_manager", "administrator"]);
});

test("an author's own decisions and appeals, classifying a message: every signed-in person", () => {
  for (const ability of [ownModeration, classifyText])
    assert.deepEqual(
      whoMay(ability),
      [...PERSONAS.keys()].filter((persona) => persona !== "visitor"),
    );
});
