import assert from "node:assert/strict";
import { test } from "node:test";
import { whoMay } from "../../platform/auth/personas.ts";
import { publishNews } from "./policy.ts";

test("the newsroom publishes through the community team, second factor given, nobody else", () => {
  assert.deepEqual(whoMay(publishNews), ["community_manager", "administrator"]);
});
