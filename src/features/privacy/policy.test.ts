import assert from "node:assert/strict";
import { test } from "node:test";
import { PERSONAS, whoMay } from "../../platform/auth/personas.ts";
import { dpoDesk, ownData } from "./policy.ts";

test("the DPO's desk is the DPO's alone, second factor given", () => {
  for (const [name, ability] of Object.entries(dpoDesk)) assert.deepEqual(whoMay(ability), ["dpo"], name);
});

test("one's own data and rights: every signed-in person, verified or not, staff before their second factor too", () => {
  assert.deepEqual(
    whoMay(ownData),
    [...PERSONAS.keys()].filter((persona) => persona !== "visitor"),
  );
});
