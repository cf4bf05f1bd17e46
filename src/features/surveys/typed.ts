import { dayFromIso, isoDay } from "../../calendar/index.ts";
import type { FieldErrors } from "../../platform/views/components.tsx";
import { type Choice, MODES, QUESTION_KINDS, type QuestionKind, type SurveyMode } from "./schema.ts";

/**
 * What the editor's forms typed, read and checked without I/O: a version's wording and mode, a
 * question (its kind, wording in both languages, whether optional, its own choices), a wave's
 * name and days. Every problem comes back at once, a message key per field, so the form is shown
 * again with what was typed.
 */
export type Typed = Readonly<Record<string, string>>;
export type Outcome<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

export const TITLE_MAX = 200;
export const INTRO_MAX = 2000;
export const WORDING_MAX = 500;
export const CHOICE_MAX = 120;
export const CHOICES_MAX = 20;
export const QUESTIONS_MAX = 40;
export const LABEL_MAX = 80;

const done = <T>(errors: FieldErrors, value: T): Outcome<T> =>
  Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, value };

function required(errors: FieldErrors, typed: Typed, name: string, max: number): string {
  const value = (typed[name] ?? "").trim();
  if (value === "") errors[name] = "surveys.editor.required";
  else if (value.length > max) errors[name] = "surveys.editor.tooLong";
  return value;
}

export interface VersionWording {
  titleFr: string;
  titleEn: string;
  introFr: string;
  introEn: string;
  mode: SurveyMode;
  askProfile: boolean;
}

export function readVersion(typed: Typed): Outcome<VersionWording> {
  const errors: FieldErrors = {};
  const titleFr = required(errors, typed, "titleFr", TITLE_MAX);
  const titleEn = required(errors, typed, "titleEn", TITLE_MAX);
  const introFr = (typed.introFr ?? "").trim();
  const introEn = (typed.introEn ?? "").trim();
  if (introFr.length > INTRO_MAX) errors.introFr = "surveys.editor.tooLong";
  if (introEn.length > INTRO_MAX) errors.introEn = "surveys.editor.tooLong";
  const mode = MODES.find((m) => m === typed.mode);
  if (!mode) errors.mode = "surveys.editor.modeMissing";
  return done(errors, {
    titleFr,
    titleEn,
    introFr,
    introEn,
    mode: mode ?? "anonymous",
    askProfile: typed.askProfile === "1",
  });
}

export interface QuestionWording {
  kind: QuestionKind;
  wordingFr: string;
  wordingEn: string;
  optional: boolean;
  choices: Choice[];
}

/**
 * A question. Its own choices (single and multiple) are typed one per line, the French and the
 * English wording separated by "|": "En agence | In a branch". Their values are their positions
 * (c1, c2…): a version is changed only while nobody has answered it.
 */
export function readQuestion(typed: Typed): Outcome<QuestionWording> {
  const errors: FieldErrors = {};
  const kind = QUESTION_KINDS.find((k) => k === typed.kind);
  if (!kind) errors.kind = "surveys.editor.kindMissing";
  const wordingFr = required(errors, typed, "wordingFr", WORDING_MAX);
  const wordingEn = required(errors, typed, "wordingEn", WORDING_MAX);
  const choices: Choice[] = [];
  if (kind === "single" || kind === "multiple") {
    const lines = (typed.choices ?? "")
      .split("\n")
      .map((line) => line.trim())
      .filter((line) => line !== "");
    for (const [i, line] of lines.entries()) {
      const [fr = "", en = "", ...rest] = line.split("|").map((part) => part.trim());
      if (fr === "" || en === "" || rest.length > 0) errors.choices = "surveys.editor.choiceLine";
      else if (fr.length > CHOICE_MAX || en.length > CHOICE_MAX)
        errors.choices = "surveys.editor.choiceTooLong";
      choices.push({ value: `c${i + 1}`, fr, en });
    }
    if (!errors.choices && (choices.length < 2 || choices.length > CHOICES_MAX))
      errors.choices = "surveys.editor.choiceCount";
  }
  return done(errors, {
    kind: kind ?? "text",
    wordingFr,
    wordingEn,
    optional: typed.optional === "1",
    choices,
  });
}

/** A question's choices as the form shows them again. */
export const typedChoices = (choices: readonly Choice[]) =>
  choices.map((c) => `${c.fr} | ${c.en}`).join("\n");

export interface WaveTerms {
  label: string;
  opensOn: string;
  closesOn: string;
  publicLink: boolean;
  publicDailyLimit: number;
}

/** A wave: its name, its first and last days (Paris, both included), its public link and repeat limit. */
export function readWave(typed: Typed, today: string): Outcome<WaveTerms> {
  const errors: FieldErrors = {};
  const label = required(errors, typed, "label", LABEL_MAX);
  const day = (name: string) => {
    const parsed = dayFromIso((typed[name] ?? "").trim());
    if (!parsed) errors[name] = "surveys.editor.dayInvalid";
    return parsed ? isoDay(parsed) : "";
  };
  const opensOn = day("opensOn");
  const closesOn = day("closesOn");
  if (!errors.closesOn && !errors.opensOn && closesOn < opensOn)
    errors.closesOn = "surveys.editor.closesBeforeOpens";
  if (!errors.closesOn && closesOn !== "" && closesOn < today)
    errors.closesOn = "surveys.editor.closesInPast";
  const limit = (typed.publicDailyLimit ?? "3").trim();
  const publicDailyLimit = /^\d{1,3}$/.test(limit) ? Number(limit) : Number.NaN;
  if (!(publicDailyLimit >= 1 && publicDailyLimit <= 100))
    errors.publicDailyLimit = "surveys.editor.limitInvalid";
  return done(errors, { label, opensOn, closesOn, publicLink: typed.publicLink === "1", publicDailyLimit });
}
