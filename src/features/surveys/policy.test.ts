import assert from "node:assert/strict";
import { test } from "node:test";
import { whoMay } from "../../platform/auth/personas.ts";
import { surveysAccess } from "./policy.ts";

test("surveys: community managers build and send, compliance and the DPO read, nobody else; members follow the site's invitation", () => {
  assert.deepEqual(whoMay(surveysAccess.build), ["community_manager", "administrator"]);
  assert.deepEqual(whoMay(surveysAccess.read), [
    "community_manager",
    "compliance_officer",
    "dpo",
    "administrator",
  ]);
  assert.ok(whoMay(surveysAccess.answerInPage).includes("member"));
  assert.ok(whoMay(surveysAccess.answerInPage).includes("unverified member"), "no verified address needed");
  assert.ok(!whoMay(surveysAccess.answerInPage).includes("visitor"));
  assert.deepEqual(Object.keys(surveysAccess).sort(), ["answerInPage", "build", "read"]);
});
