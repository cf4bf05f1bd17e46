import assert from "node:assert/strict";
import { test } from "node:test";
import { whoMay } from "../../platform/auth/personas.ts";
import { readArchive } from "./policy.ts";

test("the archive is compliance's and the DPO's, second factor given, nobody else", () => {
  assert.deepEqual(whoMay(readArchive), ["compliance_officer", "dpo"]);
});
