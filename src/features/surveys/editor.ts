import { and, asc, count, desc, eq, sql } from "drizzle-orm";
import { isoDay, parisDay } from "../../calendar/index.ts";
import { recordAudit } from "../../platform/audit/service.ts";
import type { Actor } from "../../platform/auth/actor.ts";
import { lockSubject, runCommand } from "../../platform/commands.ts";
import type { AppContext } from "../../platform/context.ts";
import { notFound } from "../../platform/http/errors.ts";
import type { FieldErrors } from "../../platform/views/components.tsx";
import { surveyQuestions, surveyResponses, surveys, surveyVersions, surveyWaves } from "./schema.ts";
import {
  type Outcome,
  QUESTIONS_MAX,
  readQuestion,
  readVersion,
  readWave,
  type Typed,
  type VersionWording,
} from "./typed.ts";

/**
 * The editor's rules: a survey and its versions, each version's questions, its waves. A version
 * changes only while nobody has answered it (not even a draft begun); after that the editor makes
 * a new version, a copy to change, and new waves run it. Each change is one command, under the
 * survey's lock, with its audit entry.
 */
export type Survey = typeof surveys.$inferSelect;
export type Version = typeof surveyVersions.$inferSelect;
export type Question = typeof surveyQuestions.$inferSelect;
export type Wave = typeof surveyWaves.$inferSelect;
type Done = { ok: true; id: number } | { ok: false; errors: FieldErrors };

export interface SurveyListing {
  id: number;
  barometer: boolean;
  title: { fr: string; en: string };
  versions: number;
  mode: Version["mode"];
  waves: number;
  archivedAt: Date | null;
}

/** Every survey, newest first, with its latest version's title and mode. */
export async function allSurveys(ctx: AppContext): Promise<SurveyListing[]> {
  const { rows } = await ctx.db.execute<{
    id: string;
    barometer: boolean;
    title_fr: string;
    title_en: string;
    versions: string;
    mode: Version["mode"];
    waves: string;
    archived_at: Date | null;
  }>(sql`
    select s.id, s.barometer, s.archived_at, v.title_fr, v.title_en, v.number as versions, v.mode,
           (select count(*) from survey_waves w where w.survey_id = s.id) as waves
      from surveys s
      join lateral (select * from survey_versions v where v.survey_id = s.id order by v.number desc limit 1) v on true
     order by s.id desc`);
  return rows.map((r) => ({
    id: Number(r.id),
    barometer: r.barometer,
    title: { fr: r.title_fr, en: r.title_en },
    versions: Number(r.versions),
    mode: r.mode,
    waves: Number(r.waves),
    archivedAt: r.archived_at,
  }));
}

export interface SurveyPageData {
  survey: Survey;
  versions: Version[];
  /** The latest version: the one new waves run and the editor changes. */
  current: Version;
  questions: Question[];
  /** Whether the latest version may still change (nobody has begun answering it). */
  editable: boolean;
  waves: (Wave & { respondents: number; versionNumber: number })[];
}

export async function surveyNamed(ctx: AppContext, id: number): Promise<SurveyPageData> {
  const [survey] = await ctx.db.select().from(surveys).where(eq(surveys.id, id));
  if (!survey) throw notFound();
  const versions = await ctx.db
    .select()
    .from(surveyVersions)
    .where(eq(surveyVersions.surveyId, id))
    .orderBy(desc(surveyVersions.number));
  const current = versions[0]!;
  const questions = await questionsOf(ctx, current.id);
  const waves = await ctx.db
    .select({
      wave: surveyWaves,
      // Named in full: inside this subquery drizzle would write the wave's id unqualified, which is r.id.
      respondents: sql<number>`(select count(*) from survey_responses r
        where r.wave_id = survey_waves.id and r.submitted_at is not null)::int`,
    })
    .from(surveyWaves)
    .where(eq(surveyWaves.surveyId, id))
    .orderBy(desc(surveyWaves.opensOn), desc(surveyWaves.id));
  const numbers = new Map(versions.map((v) => [v.id, v.number]));
  return {
    survey,
    versions,
    current,
    questions,
    editable: !(await answered(ctx, current.id)),
    waves: waves.map(({ wave, respondents }) => ({
      ...wave,
      respondents,
      versionNumber: numbers.get(wave.versionId) ?? 0,
    })),
  };
}

export function questionsOf(ctx: AppContext, versionId: number): Promise<Question[]> {
  return ctx.db
    .select()
    .from(surveyQuestions)
    .where(eq(surveyQuestions.versionId, versionId))
    .orderBy(asc(surveyQuestions.position));
}

export async function versionNamed(ctx: AppContext, surveyId: number, number: number): Promise<Version> {
  const [version] = await ctx.db
    .select()
    .from(surveyVersions)
    .where(and(eq(surveyVersions.surveyId, surveyId), eq(surveyVersions.number, number)));
  if (!version) throw notFound();
  return version;
}

/** Whether anybody has begun answering a version (a draft counts: its questions are on their screen). */
async function answered(ctx: AppContext, versionId: number): Promise<boolean> {
  const [row] = await ctx.db
    .select({ n: count() })
    .from(surveyResponses)
    .innerJoin(surveyWaves, eq(surveyWaves.id, surveyResponses.waveId))
    .where(eq(surveyWaves.versionId, versionId));
  return (row?.n ?? 0) > 0;
}

const audit = (ctx: AppContext, actor: Actor, action: string, surveyId: number, details: object = {}) =>
  recordAudit(ctx.db, {
    actorId: actor.id,
    actorRole: actor.role,
    action: `surveys.${action}`,
    subjectType: "survey",
    subjectId: surveyId,
    details: { ...details },
  });

/** A new survey: its first version, with the trust question to start from when it is the barometer. */
export async function createSurvey(
  ctx: AppContext,
  actor: Actor,
  typed: Typed,
  trustWording: { fr: string; en: string },
): Promise<Done> {
  const read = readVersion(typed);
  if (!read.ok) return read;
  const barometer = typed.barometer === "1";
  return runCommand(ctx, async (ctx) => {
    const [survey] = await ctx.db
      .insert(surveys)
      .values({ barometer, createdBy: actor.id, createdAt: ctx.clock.now() })
      .returning({ id: surveys.id });
    const [version] = await ctx.db
      .insert(surveyVersions)
      .values({
        surveyId: survey!.id,
        number: 1,
        ...read.value,
        createdBy: actor.id,
        createdAt: ctx.clock.now(),
      })
      .returning({ id: surveyVersions.id });
    if (barometer)
      await ctx.db.insert(surveyQuestions).values({
        versionId: version!.id,
        position: 1,
        kind: "trust",
        wordingFr: trustWording.fr,
        wordingEn: trustWording.en,
      });
    await audit(ctx, actor, "survey_created", survey!.id, { title: read.value.titleFr, barometer });
    return { ok: true, id: survey!.id } as const;
  });
}

/** The survey's latest version (inside a command that holds the survey's lock), or 404. */
async function latestVersion(ctx: AppContext, surveyId: number): Promise<Version> {
  const [version] = await ctx.db
    .select()
    .from(surveyVersions)
    .where(eq(surveyVersions.surveyId, surveyId))
    .orderBy(desc(surveyVersions.number))
    .limit(1);
  if (!version) throw notFound();
  return version;
}

/**
 * Runs a change to the survey's latest version, under the survey's lock, only while nobody has
 * answered it; otherwise the form says to make a new version.
 */
async function changeCurrent(
  ctx: AppContext,
  surveyId: number,
  change: (ctx: AppContext, version: Version) => Promise<Done>,
): Promise<Done> {
  return runCommand(ctx, async (ctx) => {
    await lockSubject(ctx, "survey", surveyId);
    const version = await latestVersion(ctx, surveyId);
    if (await answered(ctx, version.id)) return { ok: false, errors: { version: "surveys.editor.answered" } };
    return change(ctx, version);
  });
}

export async function updateVersion(
  ctx: AppContext,
  actor: Actor,
  surveyId: number,
  typed: Typed,
): Promise<Done> {
  const read = readVersion(typed);
  if (!read.ok) return read;
  return changeCurrent(ctx, surveyId, async (ctx, version) => {
    await ctx.db.update(surveyVersions).set(read.value).where(eq(surveyVersions.id, version.id));
    await ctx.db
      .update(surveys)
      .set({ barometer: typed.barometer === "1" })
      .where(eq(surveys.id, surveyId));
    await audit(ctx, actor, "version_changed", surveyId, { version: version.number });
    return { ok: true, id: surveyId };
  });
}

export async function addQuestion(
  ctx: AppContext,
  actor: Actor,
  surveyId: number,
  typed: Typed,
): Promise<Done> {
  const read = readQuestion(typed);
  if (!read.ok) return read;
  return changeCurrent(ctx, surveyId, async (ctx, version) => {
    const existing = await questionsOf(ctx, version.id);
    if (existing.length >= QUESTIONS_MAX) return { ok: false, errors: { kind: "surveys.editor.tooMany" } };
    const position = (existing.at(-1)?.position ?? 0) + 1;
    const [question] = await ctx.db
      .insert(surveyQuestions)
      .values({ versionId: version.id, position, ...read.value })
      .returning({ id: surveyQuestions.id });
    await audit(ctx, actor, "question_added", surveyId, { version: version.number, kind: read.value.kind });
    return { ok: true, id: question!.id };
  });
}

/** A question of the survey's latest version, or 404. */
async function questionOfCurrent(ctx: AppContext, version: Version, questionId: number): Promise<Question> {
  const [question] = await ctx.db
    .select()
    .from(surveyQuestions)
    .where(and(eq(surveyQuestions.id, questionId), eq(surveyQuestions.versionId, version.id)));
  if (!question) throw notFound();
  return question;
}

export async function changeQuestion(
  ctx: AppContext,
  actor: Actor,
  surveyId: number,
  questionId: number,
  typed: Typed,
): Promise<Done> {
  const read = readQuestion(typed);
  if (!read.ok) return read;
  return changeCurrent(ctx, surveyId, async (ctx, version) => {
    await questionOfCurrent(ctx, version, questionId);
    await ctx.db.update(surveyQuestions).set(read.value).where(eq(surveyQuestions.id, questionId));
    await audit(ctx, actor, "question_changed", surveyId, { version: version.number, question: questionId });
    return { ok: true, id: questionId };
  });
}

export async function removeQuestion(
  ctx: AppContext,
  actor: Actor,
  surveyId: number,
  questionId: number,
): Promise<Done> {
  return changeCurrent(ctx, surveyId, async (ctx, version) => {
    await questionOfCurrent(ctx, version, questionId);
    await ctx.db.delete(surveyQuestions).where(eq(surveyQuestions.id, questionId));
    await renumber(ctx, version.id);
    await audit(ctx, actor, "question_removed", surveyId, { version: version.number, question: questionId });
    return { ok: true, id: questionId };
  });
}

/** Moves a question one place up or down. */
export async function moveQuestion(
  ctx: AppContext,
  actor: Actor,
  surveyId: number,
  questionId: number,
  direction: "up" | "down",
): Promise<Done> {
  return changeCurrent(ctx, surveyId, async (ctx, version) => {
    await questionOfCurrent(ctx, version, questionId);
    const ids = (await questionsOf(ctx, version.id)).map((q) => q.id);
    const at = ids.indexOf(questionId);
    const to = direction === "up" ? at - 1 : at + 1;
    if (to < 0 || to >= ids.length) return { ok: true, id: questionId };
    [ids[at], ids[to]] = [ids[to]!, ids[at]!];
    await renumber(ctx, version.id, ids);
    await audit(ctx, actor, "question_moved", surveyId, {
      version: version.number,
      question: questionId,
      direction,
    });
    return { ok: true, id: questionId };
  });
}

/** Positions 1…n in the order given (or the present order), through negatives so the unique key holds. */
async function renumber(ctx: AppContext, versionId: number, order?: number[]): Promise<void> {
  const ids = order ?? (await questionsOf(ctx, versionId)).map((q) => q.id);
  await ctx.db
    .update(surveyQuestions)
    .set({ position: sql`-${surveyQuestions.position}` })
    .where(eq(surveyQuestions.versionId, versionId));
  for (const [i, id] of ids.entries())
    await ctx.db
      .update(surveyQuestions)
      .set({ position: i + 1 })
      .where(eq(surveyQuestions.id, id));
}

/** A new version: a copy of the latest, to change; the waves already run keep theirs. */
export async function newVersion(ctx: AppContext, actor: Actor, surveyId: number): Promise<Done> {
  return runCommand(ctx, async (ctx) => {
    await lockSubject(ctx, "survey", surveyId);
    const latest = await latestVersion(ctx, surveyId);
    const { id: _, number, createdAt: _at, createdBy: _by, ...wording } = latest;
    const [version] = await ctx.db
      .insert(surveyVersions)
      .values({ ...wording, number: number + 1, createdBy: actor.id, createdAt: ctx.clock.now() })
      .returning({ id: surveyVersions.id });
    const questions = await questionsOf(ctx, latest.id);
    if (questions.length > 0)
      await ctx.db
        .insert(surveyQuestions)
        .values(questions.map(({ id: _id, versionId: _v, ...q }) => ({ ...q, versionId: version!.id })));
    await audit(ctx, actor, "version_created", surveyId, { version: number + 1 });
    return { ok: true, id: version!.id };
  });
}

/** A new wave of the latest version, with a public link if asked (a random key, unguessable). */
export async function createWave(
  ctx: AppContext,
  actor: Actor,
  surveyId: number,
  typed: Typed,
  newKey: () => string,
): Promise<Done> {
  const read = readWave(typed, isoDay(parisDay(ctx.clock.now())));
  if (!read.ok) return read;
  return runCommand(ctx, async (ctx) => {
    await lockSubject(ctx, "survey", surveyId);
    const latest = await latestVersion(ctx, surveyId);
    if ((await questionsOf(ctx, latest.id)).length === 0)
      return { ok: false, errors: { label: "surveys.editor.noQuestions" } };
    const { publicLink, ...terms } = read.value;
    const [wave] = await ctx.db
      .insert(surveyWaves)
      .values({
        ...terms,
        surveyId,
        versionId: latest.id,
        publicKey: publicLink ? newKey() : null,
        createdBy: actor.id,
        createdAt: ctx.clock.now(),
      })
      .returning({ id: surveyWaves.id });
    await audit(ctx, actor, "wave_created", surveyId, {
      wave: wave!.id,
      version: latest.number,
      opensOn: terms.opensOn,
      closesOn: terms.closesOn,
      publicLink,
    });
    return { ok: true, id: wave!.id };
  });
}

export type { Outcome, VersionWording };
