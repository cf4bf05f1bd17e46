import type { Choice, QuestionKind } from "./schema.ts";

/**
 * What a survey's answers may be, and the respondent's profile used for weighting: pure, shared
 * by the editor, the answering pages, the results and the features that read them (the
 * barometer's dashboards, the invitations).
 */
export {
  CHANNELS,
  type Channel,
  type Choice,
  MODES,
  QUESTION_KINDS,
  type QuestionKind,
  type SurveyMode,
} from "./schema.ts";

/** The trust scale, in its order: « Faites-vous confiance à votre banque ? ». */
export const TRUST_CHOICES = ["tout_a_fait", "plutot", "plutot_pas", "pas_du_tout"] as const;
export type TrustChoice = (typeof TRUST_CHOICES)[number];
/** The choices that count as trusting ("tout à fait" + "plutôt"). */
export const TRUSTING: readonly TrustChoice[] = ["tout_a_fait", "plutot"];

/** The scores a scored question takes, both ends included. */
export const SCORE_RANGES = {
  nps: { min: 0, max: 10 },
  satisfaction: { min: 1, max: 5 },
  /** 1 = very easy … 5 = very hard (customer effort). */
  effort: { min: 1, max: 5 },
} as const;
export type ScoredKind = keyof typeof SCORE_RANGES;
export const isScored = (kind: QuestionKind): kind is ScoredKind => kind in SCORE_RANGES;

/** Which answer column a kind fills. */
export function valueColumn(kind: QuestionKind): "choice" | "choices" | "score" | "text" {
  if (kind === "trust" || kind === "single") return "choice";
  if (kind === "multiple") return "choices";
  if (kind === "text") return "text";
  return "score";
}

/** NPS buckets: 9–10 promoters, 7–8 passives, 0–6 detractors. */
export type NpsBucket = "promoter" | "passive" | "detractor";
export const npsBucket = (score: number): NpsBucket =>
  score >= 9 ? "promoter" : score >= 7 ? "passive" : "detractor";

/** The profile asked at the end of a survey, every part optional: the dimensions of raking. */
export const AGE_BANDS = ["18-24", "25-34", "35-49", "50-64", "65+"] as const;
/** The regions of France (2016), and overseas as one. */
export const REGIONS = [
  "auvergne-rhone-alpes",
  "bourgogne-franche-comte",
  "bretagne",
  "centre-val-de-loire",
  "corse",
  "grand-est",
  "hauts-de-france",
  "ile-de-france",
  "normandie",
  "nouvelle-aquitaine",
  "occitanie",
  "pays-de-la-loire",
  "provence-alpes-cote-d-azur",
  "outre-mer",
] as const;
export const CLIENT_STATUSES = ["client", "non_client"] as const;

/**
 * The raking dimensions and their categories, as the stats module's `rake` and `checkTargets`
 * take them (a target per dimension and category, as shares summing to 1).
 */
export const PROFILE_DIMENSIONS = {
  age_band: AGE_BANDS,
  region: REGIONS,
  client: CLIENT_STATUSES,
} as const;
export type ProfileDimension = keyof typeof PROFILE_DIMENSIONS;

/** A respondent's profile cells; a part they did not give is absent. */
export type ProfileCells = Partial<Record<ProfileDimension, string>>;

/** What a question of a kind offers to choose from (trust: the scale; single and multiple: its own). */
export function choiceValues(kind: QuestionKind, choices: readonly Choice[]): readonly string[] {
  if (kind === "trust") return TRUST_CHOICES;
  if (kind === "single" || kind === "multiple") return choices.map((c) => c.value);
  return [];
}

/** A question as the answering pages and the checks see it. */
export interface QuestionFacts {
  id: number;
  kind: QuestionKind;
  optional: boolean;
  choices: readonly Choice[];
}

/** An answer as stored. */
export type AnswerValue = { choice: string } | { choices: string[] } | { score: number } | { text: string };

export const TEXT_MAX = 2000;

export type AnswerProblem = "missing" | "invalid" | "too_long";

/**
 * Reads one answer as typed (a form field's value or values) against its question: the stored
 * value, nothing when an optional question is left blank, or what is wrong.
 */
export function readAnswer(
  question: QuestionFacts,
  typed: string | readonly string[] | undefined,
): { value: AnswerValue | null } | { problem: AnswerProblem } {
  const values = (typed === undefined ? [] : typeof typed === "string" ? [typed] : [...typed])
    .map((v) => v.trim())
    .filter((v) => v !== "");
  if (values.length === 0) return question.optional ? { value: null } : { problem: "missing" };
  const kind = question.kind;
  if (kind === "text") {
    const text = values.join("\n");
    return text.length > TEXT_MAX ? { problem: "too_long" } : { value: { text } };
  }
  if (isScored(kind)) {
    const { min, max } = SCORE_RANGES[kind];
    const score = /^\d{1,2}$/.test(values[0]!) ? Number(values[0]) : Number.NaN;
    return values.length === 1 && score >= min && score <= max
      ? { value: { score } }
      : { problem: "invalid" };
  }
  const allowed = choiceValues(kind, question.choices);
  if (!values.every((v) => allowed.includes(v))) return { problem: "invalid" };
  if (kind === "multiple") return { value: { choices: allowed.filter((v) => values.includes(v)) } };
  return values.length === 1 ? { value: { choice: values[0]! } } : { problem: "invalid" };
}

/** The profile as typed: each part kept only when it is one of its categories. */
export function readProfile(typed: { ageBand?: string; region?: string; client?: string }): {
  ageBand: string | null;
  region: string | null;
  isClient: boolean | null;
} {
  const pick = (allowed: readonly string[], v: string | undefined) =>
    v !== undefined && allowed.includes(v) ? v : null;
  const client = pick(CLIENT_STATUSES, typed.client);
  return {
    ageBand: pick(AGE_BANDS, typed.ageBand),
    region: pick(REGIONS, typed.region),
    isClient: client === null ? null : client === "client",
  };
}

/** Questions per page on the answering pages. */
export const QUESTIONS_PER_PAGE = 3;

/** A wave's state on a day (ISO days compare as strings). */
export type WaveState = "scheduled" | "open" | "closed";
export function waveState(wave: { opensOn: string; closesOn: string }, today: string): WaveState {
  if (today < wave.opensOn) return "scheduled";
  return today > wave.closesOn ? "closed" : "open";
}
