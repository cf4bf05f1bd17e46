import assert from "node:assert/strict";
import { test } from "node:test";
import { whoMay } from "../../platform/auth/personas.ts";
import { keepContacts } from "./policy.ts";

test("the contacts are kept by the community team, second factor given, nobody else", () => {
  assert.deepEqual(whoMay(keepContacts), ["community_manager", "administrator"]);
});
