import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  unique,
} from "drizzle-orm/pg-core";

/**
 * The surveys' tables (issue 15, the trust barometer): a survey, its immutable versions and
 * their questions, the waves that run one version over a period, and the responses with their
 * answers and the respondent's profile (age band, region, client or not) used for weighting.
 *
 * A version is the unit that cannot change once answered: the editor changes a version while
 * no response exists for it, and makes a new version otherwise (model.ts `editable`).
 * Invitations (SURVEYS-DISTRIBUTION) live in their own tables and point at waves.
 */

/** The question types. Profile questions are not questions: they are columns of the response. */
export const QUESTION_KINDS = [
  /** « Faites-vous confiance à votre banque ? » tout à fait / plutôt / plutôt pas / pas du tout (choice). */
  "trust",
  /** Net Promoter Score: 0–10 (score). */
  "nps",
  /** Satisfaction 1–5 (score). */
  "satisfaction",
  /** Customer effort 1–5, 1 = very easy (score). */
  "effort",
  /** One choice among the question's own choices (choice). */
  "single",
  /** Any number of the question's own choices (choices). */
  "multiple",
  /** Free text (text). */
  "text",
] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** Anonymous: no link to a person, the day only, no address. Identified: a member's answer is theirs. */
export const MODES = ["anonymous", "identified"] as const;
export type SurveyMode = (typeof MODES)[number];

/** How a response came in (the results' "source" filter). */
export const CHANNELS = ["public_link", "invitation", "in_page"] as const;
export type Channel = (typeof CHANNELS)[number];

/** A question's own choices (single and multiple), worded in both languages. */
export interface Choice {
  /** Stable within the version: what answers store. */
  value: string;
  fr: string;
  en: string;
}

/** A survey: what stays the same across its versions and waves. */
export const surveys = pgTable("surveys", {
  id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
  /** The barometer's survey: the dashboards read its trust and NPS questions per wave. */
  barometer: boolean("barometer").notNull().default(false),
  createdBy: bigint("created_by", { mode: "number" }).notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  archivedAt: timestamp("archived_at", { withTimezone: true }),
});

/** One version of a survey: its wording, its mode and its questions. Immutable once answered. */
export const surveyVersions = pgTable(
  "survey_versions",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    surveyId: bigint("survey_id", { mode: "number" })
      .notNull()
      .references(() => surveys.id),
    /** 1, 2, 3… within the survey. */
    number: integer("number").notNull(),
    titleFr: text("title_fr").notNull(),
    titleEn: text("title_en").notNull(),
    introFr: text("intro_fr").notNull().default(""),
    introEn: text("intro_en").notNull().default(""),
    mode: text("mode", { enum: MODES }).notNull().default("anonymous"),
    /** Ask the profile (age band, region, client or not) at the end, for weighting. */
    askProfile: boolean("ask_profile").notNull().default(true),
    createdBy: bigint("created_by", { mode: "number" }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique("survey_versions_number").on(t.surveyId, t.number)],
);

/** A version's questions, in order. */
export const surveyQuestions = pgTable(
  "survey_questions",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    versionId: bigint("version_id", { mode: "number" })
      .notNull()
      .references(() => surveyVersions.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    kind: text("kind", { enum: QUESTION_KINDS }).notNull(),
    wordingFr: text("wording_fr").notNull(),
    wordingEn: text("wording_en").notNull(),
    optional: boolean("optional").notNull().default(false),
    /** single and multiple only: the choices, in order. */
    choices: jsonb("choices").$type<Choice[]>().notNull().default([]),
  },
  (t) => [unique("survey_questions_position").on(t.versionId, t.position)],
);

/**
 * A wave: one version run over a period (monthly, quarterly), so trends compare like with like.
 * Open from the first day to the last, both included, in Paris days (src/calendar).
 */
export const surveyWaves = pgTable(
  "survey_waves",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    surveyId: bigint("survey_id", { mode: "number" })
      .notNull()
      .references(() => surveys.id),
    versionId: bigint("version_id", { mode: "number" })
      .notNull()
      .references(() => surveyVersions.id),
    /** "Novembre 2026", "T4 2026": how the wave is named on charts. */
    label: text("label").notNull(),
    opensOn: date("opens_on", { mode: "string" }).notNull(),
    closesOn: date("closes_on", { mode: "string" }).notNull(),
    /** The public link's random key (/sondages/:key); null when the wave has no public link. */
    publicKey: text("public_key").unique(),
    /** Answers a device may send through the public link per day (the cookie-free repeat limit). */
    publicDailyLimit: integer("public_daily_limit").notNull().default(3),
    createdBy: bigint("created_by", { mode: "number" }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("survey_waves_survey_idx").on(t.surveyId, t.opensOn),
    check("survey_waves_dates", sql`${t.closesOn} >= ${t.opensOn}`),
    check("survey_waves_public_limit", sql`${t.publicDailyLimit} between 1 and 100`),
  ],
);

/**
 * A response: a draft while the person answers (its answers in `draft`, reachable by the secret
 * in its address, only its SHA-256 kept), submitted once. Anonymous mode: no account, and the
 * times are the day only (midnight, Paris). The profile is asked at the end, every part optional.
 */
export const surveyResponses = pgTable(
  "survey_responses",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    waveId: bigint("wave_id", { mode: "number" })
      .notNull()
      .references(() => surveyWaves.id),
    channel: text("channel", { enum: CHANNELS }).notNull(),
    /** Identified mode only: the member who answered. Always null in anonymous mode. */
    accountId: bigint("account_id", { mode: "number" }),
    locale: text("locale", { enum: ["fr", "en"] })
      .notNull()
      .default("fr"),
    /** The SHA-256 of the draft's secret; null once submitted (the address then leads nowhere). */
    draftKeyHash: text("draft_key_hash").unique(),
    /** Answers kept while the person pages through: question id → answer as typed. */
    draft: jsonb("draft").$type<Record<string, string | string[]>>(),
    /** The page the person reached (progress), 0-based. */
    page: smallint("page").notNull().default(0),
    ageBand: text("age_band"),
    region: text("region"),
    isClient: boolean("is_client"),
    /** Day-truncated in anonymous mode. */
    startedAt: timestamp("started_at", { withTimezone: true }).notNull(),
    /** Null while a draft. Day-truncated in anonymous mode. */
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
  },
  (t) => [
    index("survey_responses_wave_idx").on(t.waveId, t.submittedAt),
    index("survey_responses_account_idx").on(t.accountId).where(sql`${t.accountId} is not null`),
    check("survey_responses_draft", sql`(${t.submittedAt} is null) = (${t.draftKeyHash} is not null)`),
  ],
);

/**
 * The answers of submitted responses (drafts keep theirs in the response): one row per question
 * answered. `wave_id` is the response's, repeated so results read one index per wave.
 * choice: trust and single; choices: multiple; score: nps, satisfaction and effort; text: free text.
 */
export const surveyAnswers = pgTable(
  "survey_answers",
  {
    responseId: bigint("response_id", { mode: "number" })
      .notNull()
      .references(() => surveyResponses.id, { onDelete: "cascade" }),
    questionId: bigint("question_id", { mode: "number" })
      .notNull()
      .references(() => surveyQuestions.id),
    waveId: bigint("wave_id", { mode: "number" })
      .notNull()
      .references(() => surveyWaves.id),
    /**
     * Identified mode only, the response's member again: a person's export finds their answers by
     * it, and their erasure cuts it (privacy/personal-data-map.ts). Null in anonymous mode.
     */
    accountId: bigint("account_id", { mode: "number" }),
    choice: text("choice"),
    choices: text("choices").array(),
    score: smallint("score"),
    text: text("text"),
  },
  (t) => [
    primaryKey({ columns: [t.responseId, t.questionId] }),
    index("survey_answers_wave_question_idx").on(t.waveId, t.questionId),
    index("survey_answers_account_idx").on(t.accountId).where(sql`${t.accountId} is not null`),
    check(
      "survey_answers_one_value",
      sql`num_nonnulls(${t.choice}, ${t.choices}, ${t.score}, ${t.text}) = 1`,
    ),
  ],
);
