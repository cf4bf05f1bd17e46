import assert from "node:assert/strict";
import { test } from "node:test";
import { whoMay } from "../../platform/auth/personas.ts";
import { surveysAccess } from "./policy.ts";

test("surveys: community managers build, compliance and the DPO read, nobody else", () => {
  assert.deepEqual(whoMay(surveysAccess.build), ["community_manager", "administrator"]);
  assert.deepEqual(whoMay(surveysAccess.read), [
    "community_manager",
    "compliance_officer",
    "dpo",
    "administrator",
  ]);
  assert.deepEqual(Object.keys(surveysAccess).sort(), ["build", "read"]);
});
