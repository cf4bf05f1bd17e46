import assert from "node:assert/strict";
import { test } from "node:test";
import { whoMay } from "../../platform/auth/personas.ts";
import { runNewsletter } from "./policy.ts";

test("the newsletter is run by the community team, second factor given, nobody else", () => {
  assert.deepEqual(whoMay(runNewsletter), ["community_manager", "administrator"]);
});
