import assert from "node:assert/strict";
import { test } from "node:test";
import { whoMay } from "../../platform/auth/personas.ts";
import { readAudience } from "./policy.ts";

test("the audience figures are the community team's, second factor given, nobody else", () => {
  assert.deepEqual(whoMay(readAudience), ["community_manager", "administrator"]);
});
