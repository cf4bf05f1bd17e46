import { and, asc, eq, inArray, isNull, type SQL, sql } from "drizzle-orm";
import type { AppContext } from "../../platform/context.ts";
import {
  type AnswerValue,
  type Channel,
  isScored,
  type NpsBucket,
  npsBucket,
  type ProfileCells,
  type QuestionKind,
} from "./model.ts";
import { surveyQuestions, surveys, surveyVersions, surveyWaves } from "./schema.ts";

/**
 * What the surveys' answers add up to, for the features that read them (the barometer's
 * dashboards, the public trust report): per wave and question, the counts by choice, the NPS
 * buckets, the mean of scores, and the respondent rows (profile cells + answer) that raking
 * weighs. Raw counts only: every interval, test and weight is src/stats's. Only submitted
 * responses count; drafts never do.
 */

/** Which responses count: clients or not (a respondent who did not say is in neither), the channels. */
export interface ResultsFilter {
  client?: boolean;
  channels?: readonly Channel[];
}

export interface WaveSummary {
  id: number;
  surveyId: number;
  versionId: number;
  label: string;
  /** ISO days, Paris, both included. */
  opensOn: string;
  closesOn: string;
}

export interface QuestionSummary {
  id: number;
  position: number;
  kind: QuestionKind;
  wordingFr: string;
  wordingEn: string;
}

export interface QuestionResult {
  question: QuestionSummary;
  /** Responses that answered this question. */
  answered: number;
  /**
   * Answers per choice (trust, single, multiple: a respondent of a multiple question counts once
   * per choice) and per score (nps, satisfaction, effort: "0"…"10"). Free text: none.
   */
  counts: Record<string, number>;
  /** NPS questions only. */
  npsBuckets?: Record<NpsBucket, number>;
  /** Scored questions only: the plain (unweighted) mean and sample standard deviation. */
  mean?: { mean: number; sd: number; n: number };
}

export interface WaveResults {
  wave: WaveSummary;
  /** Submitted responses in the filter. */
  respondents: number;
  questions: QuestionResult[];
}

/** The waves of the barometer's survey (or of one survey), oldest first. */
export async function barometerWaves(ctx: AppContext, surveyId?: number): Promise<WaveSummary[]> {
  return ctx.db
    .select({
      id: surveyWaves.id,
      surveyId: surveyWaves.surveyId,
      versionId: surveyWaves.versionId,
      label: surveyWaves.label,
      opensOn: surveyWaves.opensOn,
      closesOn: surveyWaves.closesOn,
    })
    .from(surveyWaves)
    .innerJoin(surveys, eq(surveys.id, surveyWaves.surveyId))
    .where(
      surveyId === undefined
        ? and(eq(surveys.barometer, true), isNull(surveys.archivedAt))
        : eq(surveys.id, surveyId),
    )
    .orderBy(asc(surveyWaves.opensOn), asc(surveyWaves.id));
}

function responseFilter(filter: ResultsFilter): SQL {
  const parts: SQL[] = [sql`r.submitted_at is not null`];
  if (filter.client !== undefined) parts.push(sql`r.is_client = ${filter.client}`);
  if (filter.channels) {
    if (filter.channels.length === 0) parts.push(sql`false`);
    else
      parts.push(
        sql`r.channel in (${sql.join(
          filter.channels.map((c) => sql`${c}`),
          sql`, `,
        )})`,
      );
  }
  return sql.join(parts, sql` and `);
}

const idList = (ids: readonly number[]) =>
  sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
  );

/**
 * Each wave's results, in one pass over its answers (an index per wave and question). Waves
 * that do not exist are absent from the map.
 */
export async function waveResults(
  ctx: AppContext,
  waveIds: readonly number[],
  filter: ResultsFilter = {},
): Promise<Map<number, WaveResults>> {
  const results = new Map<number, WaveResults>();
  if (waveIds.length === 0) return results;
  const waves = await ctx.db
    .select({
      id: surveyWaves.id,
      surveyId: surveyWaves.surveyId,
      versionId: surveyWaves.versionId,
      label: surveyWaves.label,
      opensOn: surveyWaves.opensOn,
      closesOn: surveyWaves.closesOn,
    })
    .from(surveyWaves)
    .where(inArray(surveyWaves.id, [...waveIds]));
  if (waves.length === 0) return results;
  const questions = await ctx.db
    .select({
      id: surveyQuestions.id,
      versionId: surveyQuestions.versionId,
      position: surveyQuestions.position,
      kind: surveyQuestions.kind,
      wordingFr: surveyQuestions.wordingFr,
      wordingEn: surveyQuestions.wordingEn,
    })
    .from(surveyQuestions)
    .innerJoin(surveyVersions, eq(surveyVersions.id, surveyQuestions.versionId))
    .where(
      inArray(
        surveyQuestions.versionId,
        waves.map((w) => w.versionId),
      ),
    )
    .orderBy(asc(surveyQuestions.position));

  const ids = idList(waves.map((w) => w.id));
  const where = responseFilter(filter);
  const [respondents, counts, means] = await Promise.all([
    ctx.db.execute<{ wave_id: string; n: string }>(sql`
      select r.wave_id, count(*) as n from survey_responses r
       where r.wave_id in (${ids}) and ${where} group by r.wave_id`),
    // One row per question and value: a choice, each choice of a multiple answer, or a score.
    ctx.db.execute<{ wave_id: string; question_id: string; value: string | null; n: string }>(sql`
      select a.wave_id, a.question_id,
             coalesce(a.choice, c.value, a.score::text) as value, count(*) as n
        from survey_answers a
        join survey_responses r on r.id = a.response_id
        left join lateral unnest(a.choices) as c(value) on true
       where a.wave_id in (${ids}) and ${where}
       group by 1, 2, 3`),
    ctx.db.execute<{
      wave_id: string;
      question_id: string;
      answered: string;
      mean: number | null;
      sd: number | null;
    }>(sql`
      select a.wave_id, a.question_id, count(*) as answered,
             avg(a.score)::float8 as mean, coalesce(stddev_samp(a.score), 0)::float8 as sd
        from survey_answers a
        join survey_responses r on r.id = a.response_id
       where a.wave_id in (${ids}) and ${where}
       group by 1, 2`),
  ]);

  const byQuestion = new Map<string, QuestionResult>();
  for (const wave of waves) {
    const own = questions.filter((q) => q.versionId === wave.versionId);
    const rows: QuestionResult[] = own.map(({ versionId: _, ...question }) => ({
      question,
      answered: 0,
      counts: {},
      ...(question.kind === "nps" ? { npsBuckets: { promoter: 0, passive: 0, detractor: 0 } } : {}),
    }));
    for (const row of rows) byQuestion.set(`${wave.id}:${row.question.id}`, row);
    results.set(wave.id, { wave, respondents: 0, questions: rows });
  }
  for (const row of respondents.rows) {
    const wave = results.get(Number(row.wave_id));
    if (wave) wave.respondents = Number(row.n);
  }
  for (const row of counts.rows) {
    const result = byQuestion.get(`${row.wave_id}:${row.question_id}`);
    if (!result || row.value === null) continue;
    const n = Number(row.n);
    result.counts[row.value] = (result.counts[row.value] ?? 0) + n;
    if (result.npsBuckets) result.npsBuckets[npsBucket(Number(row.value))] += n;
  }
  for (const row of means.rows) {
    const result = byQuestion.get(`${row.wave_id}:${row.question_id}`);
    if (!result) continue;
    result.answered = Number(row.answered);
    if (isScored(result.question.kind) && row.mean !== null)
      result.mean = { mean: row.mean, sd: row.sd ?? 0, n: result.answered };
  }
  return results;
}

/** One respondent's answer to a question, with their profile: what raking and breakdowns read. */
export interface RespondentRow {
  cells: ProfileCells;
  channel: Channel;
  answer: AnswerValue;
}

/**
 * The respondents of a wave who answered a question, each with their profile cells (a part they
 * did not give is absent) and their answer. Free-text answers are left out: a breakdown never
 * shows them (they could name a person); read them through `freeTextAnswers`.
 */
export async function respondentRows(
  ctx: AppContext,
  waveId: number,
  questionId: number,
  filter: ResultsFilter = {},
): Promise<RespondentRow[]> {
  const { rows } = await ctx.db.execute<{
    age_band: string | null;
    region: string | null;
    is_client: boolean | null;
    channel: Channel;
    choice: string | null;
    choices: string[] | null;
    score: number | null;
  }>(sql`
    select r.age_band, r.region, r.is_client, r.channel, a.choice, a.choices, a.score
      from survey_answers a
      join survey_responses r on r.id = a.response_id
     where a.wave_id = ${waveId} and a.question_id = ${questionId} and a.text is null
       and ${responseFilter(filter)}
     order by a.response_id`);
  return rows.map((row) => {
    const cells: ProfileCells = {};
    if (row.age_band !== null) cells.age_band = row.age_band;
    if (row.region !== null) cells.region = row.region;
    if (row.is_client !== null) cells.client = row.is_client ? "client" : "non_client";
    const answer: AnswerValue =
      row.choice !== null
        ? { choice: row.choice }
        : row.choices !== null
          ? { choices: row.choices }
          : { score: Number(row.score) };
    return { cells, channel: row.channel, answer };
  });
}

/** A free-text answer, for the sentiment of every free-text answer (features/sentiment). */
export interface FreeTextAnswer {
  responseId: number;
  questionId: number;
  waveId: number;
  /** When it was submitted (the day only in anonymous mode). */
  at: Date;
  text: string;
}

/** Free-text answers after a response id (for backfills that page through them), oldest first. */
export async function freeTextAnswers(
  ctx: AppContext,
  options: { afterResponseId?: number; limit?: number } = {},
): Promise<FreeTextAnswer[]> {
  const { rows } = await ctx.db.execute<{
    response_id: string;
    question_id: string;
    wave_id: string;
    at: Date | string;
    text: string;
  }>(sql`
    select a.response_id, a.question_id, a.wave_id, r.submitted_at as at, a.text
      from survey_answers a
      join survey_responses r on r.id = a.response_id
     where a.text is not null and a.response_id > ${options.afterResponseId ?? 0}
     order by a.response_id, a.question_id
     limit ${options.limit ?? 1000}`);
  return rows.map((row) => ({
    responseId: Number(row.response_id),
    questionId: Number(row.question_id),
    waveId: Number(row.wave_id),
    at: new Date(row.at),
    text: row.text,
  }));
}
