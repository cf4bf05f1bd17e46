import assert from "node:assert/strict";
import { test } from "node:test";
import { readQuestion, readVersion, readWave } from "./typed.ts";

test("a question: its own choices one per line, French | English, valued by position", () => {
  const read = readQuestion({
    kind: "single",
    wordingFr: " Où ? ",
    wordingEn: "Where?",
    choices: "En agence | In a branch\n\n  Sur l'application|In the app  ",
    optional: "1",
  });
  assert.deepEqual(read, {
    ok: true,
    value: {
      kind: "single",
      wordingFr: "Où ?",
      wordingEn: "Where?",
      optional: true,
      choices: [
        { value: "c1", fr: "En agence", en: "In a branch" },
        { value: "c2", fr: "Sur l'application", en: "In the app" },
      ],
    },
  });
  const refused = readQuestion({
    kind: "multiple",
    wordingFr: "",
    wordingEn: "x".repeat(501),
    choices: "Seul | Alone",
  });
  assert.deepEqual(refused, {
    ok: false,
    errors: {
      wordingFr: "surveys.editor.required",
      wordingEn: "surveys.editor.tooLong",
      choices: "surveys.editor.choiceCount",
    },
  });
  assert.deepEqual(
    readQuestion({ kind: "single", wordingFr: "a", wordingEn: "b", choices: "A | B | C\nD | E" }),
    {
      ok: false,
      errors: { choices: "surveys.editor.choiceLine" },
    },
  );
  assert.equal(readQuestion({ kind: "matrix", wordingFr: "a", wordingEn: "b" }).ok, false);
  // A scale's choices are its own: anything typed in the choices is not kept.
  assert.deepEqual(readQuestion({ kind: "nps", wordingFr: "a", wordingEn: "b", choices: "x | y" }), {
    ok: true,
    value: { kind: "nps", wordingFr: "a", wordingEn: "b", optional: false, choices: [] },
  });
});

test("a version needs both titles and a mode", () => {
  assert.deepEqual(readVersion({ titleFr: "Baromètre", titleEn: "", mode: "secret" }), {
    ok: false,
    errors: { titleEn: "surveys.editor.required", mode: "surveys.editor.modeMissing" },
  });
  const read = readVersion({ titleFr: "B", titleEn: "B", mode: "identified", askProfile: "1" });
  assert.equal(read.ok && read.value.mode, "identified");
});

test("a wave: days that exist, the last not before the first nor past, a limit from 1 to 100", () => {
  const today = "2026-11-10";
  assert.deepEqual(
    readWave(
      {
        label: "Nov.",
        opensOn: "2026-11-01",
        closesOn: "2026-11-30",
        publicLink: "1",
        publicDailyLimit: "5",
      },
      today,
    ),
    {
      ok: true,
      value: {
        label: "Nov.",
        opensOn: "2026-11-01",
        closesOn: "2026-11-30",
        publicLink: true,
        publicDailyLimit: 5,
      },
    },
  );
  assert.deepEqual(readWave({ label: "x", opensOn: "2026-02-30", closesOn: "2026-11-30" }, today), {
    ok: false,
    errors: { opensOn: "surveys.editor.dayInvalid" },
  });
  assert.deepEqual(readWave({ label: "x", opensOn: "2026-11-20", closesOn: "2026-11-19" }, today), {
    ok: false,
    errors: { closesOn: "surveys.editor.closesBeforeOpens" },
  });
  assert.deepEqual(readWave({ label: "x", opensOn: "2026-10-01", closesOn: "2026-10-31" }, today), {
    ok: false,
    errors: { closesOn: "surveys.editor.closesInPast" },
  });
  assert.deepEqual(
    readWave({ label: "x", opensOn: "2026-11-01", closesOn: "2026-11-30", publicDailyLimit: "101" }, today),
    { ok: false, errors: { publicDailyLimit: "surveys.editor.limitInvalid" } },
  );
});
