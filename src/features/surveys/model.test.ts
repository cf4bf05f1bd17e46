import assert from "node:assert/strict";
import { test } from "node:test";
import { npsBucket, type QuestionFacts, readAnswer, readProfile, waveState } from "./model.ts";

const q = (kind: QuestionFacts["kind"], optional = false): QuestionFacts => ({
  id: 1,
  kind,
  optional,
  choices: [
    { value: "agence", fr: "En agence", en: "In a branch" },
    { value: "appli", fr: "Sur l'application", en: "In the app" },
  ],
});

test("an answer is read against its question: the scale, the score's range, its own choices", () => {
  assert.deepEqual(readAnswer(q("trust"), "plutot"), { value: { choice: "plutot" } });
  assert.deepEqual(readAnswer(q("trust"), "beaucoup"), { problem: "invalid" });
  assert.deepEqual(readAnswer(q("nps"), "0"), { value: { score: 0 } });
  assert.deepEqual(readAnswer(q("nps"), "11"), { problem: "invalid" });
  assert.deepEqual(readAnswer(q("satisfaction"), "0"), { problem: "invalid" });
  assert.deepEqual(readAnswer(q("effort"), "5"), { value: { score: 5 } });
  assert.deepEqual(readAnswer(q("nps"), "7.5"), { problem: "invalid" });
  assert.deepEqual(readAnswer(q("single"), "appli"), { value: { choice: "appli" } });
  assert.deepEqual(readAnswer(q("single"), ["appli", "agence"]), { problem: "invalid" });
  assert.deepEqual(readAnswer(q("multiple"), ["appli", "agence"]), {
    value: { choices: ["agence", "appli"] },
  });
  assert.deepEqual(readAnswer(q("multiple"), ["appli", "courrier"]), { problem: "invalid" });
  assert.deepEqual(readAnswer(q("text"), "  Très bien  "), { value: { text: "Très bien" } });
  assert.deepEqual(readAnswer(q("text"), "x".repeat(2001)), { problem: "too_long" });
});

test("a blank answer is missing unless the question is optional", () => {
  assert.deepEqual(readAnswer(q("nps"), undefined), { problem: "missing" });
  assert.deepEqual(readAnswer(q("nps"), "  "), { problem: "missing" });
  assert.deepEqual(readAnswer(q("nps", true), ""), { value: null });
  assert.deepEqual(readAnswer(q("multiple", true), []), { value: null });
});

test("NPS buckets, the profile's categories, a wave's state by Paris day", () => {
  assert.deepEqual([0, 6, 7, 8, 9, 10].map(npsBucket), [
    "detractor",
    "detractor",
    "passive",
    "passive",
    "promoter",
    "promoter",
  ]);
  assert.deepEqual(readProfile({ ageBand: "25-34", region: "bretagne", client: "non_client" }), {
    ageBand: "25-34",
    region: "bretagne",
    isClient: false,
  });
  assert.deepEqual(readProfile({ ageBand: "12-17", region: "", client: undefined }), {
    ageBand: null,
    region: null,
    isClient: null,
  });
  const wave = { opensOn: "2026-11-01", closesOn: "2026-11-30" };
  assert.equal(waveState(wave, "2026-10-31"), "scheduled");
  assert.equal(waveState(wave, "2026-11-01"), "open");
  assert.equal(waveState(wave, "2026-11-30"), "open");
  assert.equal(waveState(wave, "2026-12-01"), "closed");
});
