import { createHash, randomBytes } from "node:crypto";
import { and, eq, isNull, sql } from "drizzle-orm";
import { isoDay, parisDay, startOfParisDay } from "../../calendar/index.ts";
import { runCommand } from "../../platform/commands.ts";
import type { AppContext } from "../../platform/context.ts";
import type { FieldErrors } from "../../platform/views/components.tsx";
import { staffAmong } from "../accounts/index.ts";
import { type Question, questionsOf, type Version, type Wave } from "./editor.ts";
import {
  type AnswerProblem,
  type AnswerValue,
  type Channel,
  QUESTIONS_PER_PAGE,
  readAnswer,
  readProfile,
  type WaveState,
  waveState,
} from "./model.ts";
import { surveyAnswers, surveyResponses, surveyVersions, surveyWaves } from "./schema.ts";
import { tellWatchers } from "./submission-watch.ts";

/**
 * Answering a wave: a response begins as a draft reachable by a secret address (only its SHA-256
 * is kept), so the person may leave and come back; each page's answers are kept in the draft as
 * typed; the last page sends them, checked, into the answers, once. Anonymous mode keeps no
 * account and only the day of each time. After the wave closes, a draft is kept but no longer
 * sent, and the page says why.
 */
const KEY = /^[A-Za-z0-9_-]{43}$/;
/** What is kept of a draft's secret (invitations keep it too while their person answers). */
export const draftKeyHashOf = (key: string) => createHash("sha256").update(key).digest("hex");
const hashOf = draftKeyHashOf;

const today = (ctx: AppContext) => isoDay(parisDay(ctx.clock.now()));
/** An instant as kept: the moment, or its day's midnight (Paris) in anonymous mode. */
const kept = (ctx: AppContext, mode: Version["mode"]) =>
  mode === "anonymous" ? startOfParisDay(parisDay(ctx.clock.now())) : ctx.clock.now();

/** Why a response cannot begin; "staff": the bank's own people do not answer its surveys, by any channel. */
export type Unavailable = { state: Exclude<WaveState, "open"> | "unknown" | "staff"; wave?: Wave };

/** A wave with its version, and its state today. */
export async function waveWithVersion(
  ctx: AppContext,
  where: { waveId: number } | { publicKey: string },
): Promise<{ wave: Wave; version: Version; state: WaveState } | undefined> {
  const [row] = await ctx.db
    .select({ wave: surveyWaves, version: surveyVersions })
    .from(surveyWaves)
    .innerJoin(surveyVersions, eq(surveyVersions.id, surveyWaves.versionId))
    .where("waveId" in where ? eq(surveyWaves.id, where.waveId) : eq(surveyWaves.publicKey, where.publicKey));
  return row && { ...row, state: waveState(row.wave, today(ctx)) };
}

/**
 * Begins a response to an open wave (the public link, an invitation, the in-page invitation):
 * the secret of its draft's address, or why it cannot begin. The account is kept only in
 * identified mode. Takes the survey's lock shared, so the editor cannot change the version
 * while someone begins it.
 */
export async function startResponse(
  ctx: AppContext,
  start: { waveId: number; channel: Channel; accountId?: number | null; locale: "fr" | "en" },
): Promise<{ ok: true; key: string; responseId: number } | ({ ok: false } & Unavailable)> {
  return runCommand(ctx, async (ctx) => {
    const found = await waveWithVersion(ctx, { waveId: start.waveId });
    if (!found) return { ok: false, state: "unknown" };
    if (found.state !== "open") return { ok: false, state: found.state, wave: found.wave };
    if (start.accountId && (await staffAmong(ctx.db, { accountIds: [start.accountId] })).accountIds.size > 0)
      return { ok: false, state: "staff", wave: found.wave };
    await ctx.db.execute(
      sql`select pg_advisory_xact_lock_shared(hashtext('survey'), ${found.wave.surveyId})`,
    );
    const key = randomBytes(32).toString("base64url");
    const [row] = await ctx.db
      .insert(surveyResponses)
      .values({
        waveId: found.wave.id,
        channel: start.channel,
        accountId: found.version.mode === "identified" ? (start.accountId ?? null) : null,
        locale: start.locale,
        draftKeyHash: hashOf(key),
        draft: {},
        startedAt: kept(ctx, found.version.mode),
      })
      .returning({ id: surveyResponses.id });
    return { ok: true, key, responseId: row!.id };
  });
}

export type Draft = Record<string, string | string[]>;

export interface Answering {
  responseId: number;
  /** Identified mode: the member answering (null in anonymous mode). */
  accountId: number | null;
  wave: Wave;
  version: Version;
  state: WaveState;
  questions: Question[];
  draft: Draft;
  /** The furthest page reached, 0-based. */
  reached: number;
  profile: { ageBand: string | null; region: string | null; isClient: boolean | null };
  /** Question pages, then the profile page when the version asks it. */
  pages: number;
}

/** The question pages: QUESTIONS_PER_PAGE questions each. */
export const questionPages = (questions: readonly Question[]) =>
  Math.max(1, Math.ceil(questions.length / QUESTIONS_PER_PAGE));
export const onPage = (questions: readonly Question[], page: number) =>
  questions.slice(page * QUESTIONS_PER_PAGE, (page + 1) * QUESTIONS_PER_PAGE);

/** The draft behind a secret address; nothing for an unknown address or a response already sent. */
export async function draftOf(ctx: AppContext, key: string): Promise<Answering | undefined> {
  if (!KEY.test(key)) return undefined;
  const [row] = await ctx.db
    .select({ response: surveyResponses, wave: surveyWaves, version: surveyVersions })
    .from(surveyResponses)
    .innerJoin(surveyWaves, eq(surveyWaves.id, surveyResponses.waveId))
    .innerJoin(surveyVersions, eq(surveyVersions.id, surveyWaves.versionId))
    .where(eq(surveyResponses.draftKeyHash, hashOf(key)));
  if (!row) return undefined;
  const questions = await questionsOf(ctx, row.version.id);
  return {
    responseId: row.response.id,
    accountId: row.response.accountId,
    wave: row.wave,
    version: row.version,
    state: waveState(row.wave, today(ctx)),
    questions,
    draft: row.response.draft ?? {},
    reached: row.response.page,
    profile: { ageBand: row.response.ageBand, region: row.response.region, isClient: row.response.isClient },
    pages: questionPages(questions) + (row.version.askProfile ? 1 : 0),
  };
}

export const fieldOf = (question: Pick<Question, "id">) => `q${question.id}`;

const problemKey = {
  missing: "surveys.answer.missing",
  invalid: "surveys.answer.invalid",
  too_long: "surveys.answer.tooLong",
} as const satisfies Record<AnswerProblem, string>;

/** Checks the answers of some questions as the draft holds them: the problems, by field. */
export function problemsOf(questions: readonly Question[], draft: Draft): FieldErrors {
  const errors: FieldErrors = {};
  for (const question of questions) {
    const read = readAnswer(question, draft[fieldOf(question)]);
    if ("problem" in read) errors[fieldOf(question)] = problemKey[read.problem];
  }
  return errors;
}

export type Go = "next" | "previous" | "save" | "submit";

export type PageOutcome =
  /** Saved: show this page next. */
  | { ok: true; page: number }
  /** Sent: thanks. */
  | { ok: true; submitted: true }
  /**
   * This page has problems: shown again with what was typed and each problem. What was typed is
   * kept in the draft, except a value no question takes (a choice it does not offer, a text too
   * long), which is only shown back (`typed`).
   */
  | { ok: false; page: number; errors: FieldErrors; typed?: Draft }
  /** The address leads nowhere (unknown, or sent already), or the wave is closed (the draft is kept). */
  | { ok: false; gone: "unknown" | "closed"; answering?: Answering };

/**
 * Keeps what a page typed in the draft, then moves: back and "save" keep what is not answered
 * yet; next checks this page; the last page's "send" checks every page and sends, once. Whatever
 * the move, a value no question takes (a choice it does not offer, a text too long) is never kept:
 * the page comes back with it and says why.
 */
export async function savePage(
  ctx: AppContext,
  key: string,
  page: number,
  typed: { answers: Draft; profile?: { ageBand: string; region: string; client: string } },
  go: Go,
): Promise<PageOutcome> {
  const answering = await draftOf(ctx, key);
  if (!answering) return { ok: false, gone: "unknown" };
  if (answering.state !== "open") return { ok: false, gone: "closed", answering };
  const last = answering.pages - 1;
  const at = Math.min(Math.max(page, 0), last);
  const shown = onPage(answering.questions, at);
  const draft: Draft = { ...answering.draft };
  const asTyped: Draft = { ...answering.draft };
  for (const question of shown) {
    const value = typed.answers[fieldOf(question)];
    const field = fieldOf(question);
    if (value === undefined || (Array.isArray(value) && value.length === 0)) {
      delete draft[field];
      delete asTyped[field];
    } else asTyped[field] = value;
  }
  const problems = problemsOf(shown, asTyped);
  for (const question of shown) {
    const field = fieldOf(question);
    const problem = problems[field];
    if (asTyped[field] !== undefined && (problem === undefined || problem === problemKey.missing))
      draft[field] = asTyped[field]!;
  }
  const profilePage = answering.version.askProfile && at === last;
  const profile = profilePage && typed.profile ? readProfile(typed.profile) : answering.profile;
  // Back and "save" let a question wait unanswered, never a value it does not take.
  const errors =
    go === "next" || go === "submit"
      ? problems
      : Object.fromEntries(Object.entries(problems).filter(([, problem]) => problem !== problemKey.missing));
  const next = Object.keys(errors).length > 0 ? at : go === "previous" ? at - 1 : go === "next" ? at + 1 : at;
  await ctx.db
    .update(surveyResponses)
    .set({ draft, ...profile, page: Math.max(answering.reached, Math.min(Math.max(next, 0), last)) })
    .where(and(eq(surveyResponses.id, answering.responseId), isNull(surveyResponses.submittedAt)));
  if (Object.keys(errors).length > 0) return { ok: false, page: at, errors, typed: asTyped };
  if (go !== "submit" || at !== last) return { ok: true, page: Math.min(Math.max(next, 0), last) };

  // Sending: every page checked again (a page skipped by its address is sent back to).
  for (let p = 0; p < questionPages(answering.questions); p++) {
    const problems = problemsOf(onPage(answering.questions, p), draft);
    if (Object.keys(problems).length > 0) return { ok: false, page: p, errors: problems };
  }
  return submit(ctx, answering, draft, hashOf(key));
}

async function submit(
  ctx: AppContext,
  answering: Answering,
  draft: Draft,
  draftKeyHash: string,
): Promise<PageOutcome> {
  return runCommand(ctx, async (ctx) => {
    // Under the survey's lock, and today by ctx.clock: a send at the very closing does not land after it.
    await ctx.db.execute(
      sql`select pg_advisory_xact_lock_shared(hashtext('survey'), ${answering.wave.surveyId})`,
    );
    const now = await waveWithVersion(ctx, { waveId: answering.wave.id });
    if (now?.state !== "open") return { ok: false, gone: "closed", answering } as const;
    const at = kept(ctx, answering.version.mode);
    // Claimed by the statement that closes the draft: a second tab sending at once sends nothing.
    const claimed = await ctx.db
      .update(surveyResponses)
      .set({ submittedAt: at, draft: null, draftKeyHash: null })
      .where(and(eq(surveyResponses.id, answering.responseId), isNull(surveyResponses.submittedAt)))
      .returning({ id: surveyResponses.id, locale: surveyResponses.locale });
    if (claimed.length === 0) return { ok: false, gone: "unknown" } as const;
    const rows = answering.questions.flatMap((question) => {
      const read = readAnswer(question, draft[fieldOf(question)]);
      return "value" in read && read.value
        ? [
            {
              responseId: answering.responseId,
              questionId: question.id,
              waveId: answering.wave.id,
              accountId: answering.accountId,
              ...columns(read.value),
            },
          ]
        : [];
    });
    if (rows.length > 0) await ctx.db.insert(surveyAnswers).values(rows);
    await tellWatchers(ctx, {
      responseId: answering.responseId,
      waveId: answering.wave.id,
      at,
      locale: claimed[0]!.locale,
      draftKeyHash,
      texts: rows.flatMap((row) => (row.text ? [{ questionId: row.questionId, text: row.text }] : [])),
    });
    return { ok: true, submitted: true } as const;
  });
}

function columns(value: AnswerValue) {
  return {
    choice: "choice" in value ? value.choice : null,
    choices: "choices" in value ? value.choices : null,
    score: "score" in value ? value.score : null,
    text: "text" in value ? value.text : null,
  };
}
