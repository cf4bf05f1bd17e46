import { setTimeout as sleep } from "node:timers/promises";
import { sql } from "drizzle-orm";
import type { AppContext } from "../../platform/context.ts";
import type { ScheduledJob } from "../../platform/jobs/jobs.ts";
import { staffAccountIds } from "../accounts/index.ts";
import { type CommunityPost, postsFor } from "../community/index.ts";
import { type ClientMessage, clientMessagesFor } from "../inbox/index.ts";
import { COMMENTS_CATEGORY } from "../newsroom/index.ts";
import { type FreeTextAnswer, freeTextAnswers } from "../surveys/index.ts";
import { type Gap, gapsKept, gapsPassed } from "./gaps.ts";
import { isSentimentSource, type SentimentInput, type SentimentSource } from "./model.ts";
import { recordSentiments } from "./record.ts";

/**
 * The sources that do not record their messages themselves — the community's posts, the inbox's
 * messages, and survey answers given before the sentiment listened — are read after a cursor
 * per source, in batches, by a schedule every minute and by the backfill. Only what is
 * committed is seen, so nothing is counted from a post that was undone. Identities are handed
 * out before commit, so a row may appear after a larger one: the ids passed that were not there
 * are kept with the cursor and read again, by id, until found or given up (gaps.ts). Each row is
 * read once: the cursor no longer stays minutes behind, reading the newest rows again each run.
 */

/**
 * Classifying a batch holds the process's one thread (about 0.15 ms a message): batches of 200
 * keep that under 30 ms, so pages served meanwhile wait no longer than that, and a run still
 * reads up to 20,000 messages a source, as many as a busy community writes in a minute and more.
 */
const BATCH = 200;
const MAX_BATCHES = 100;
/**
 * The schedule's pause between batches: a run's work is spread over up to half its minute (the
 * most a run reads, in 100 batches, takes about 28 s), so a busy minute's classifying does not
 * take the thread from the pages and posts being served in a few seconds' burst.
 */
const PAUSE_MS = 250;

/** A source's row, by id; `item` is null for a row that says nothing (withdrawn, the bank's own…). */
interface Numbered<T> {
  id: number;
  item: T | null;
}

interface Reader<T> {
  cursor: string;
  /** Every row after this id, oldest first, BATCH at most. */
  read(ctx: AppContext, afterId: number): Promise<Numbered<T>[]>;
  /**
   * The rows with these ids (gaps passed before). A source without it keeps no gaps: its rows
   * committed late are recorded another way.
   */
  late?(ctx: AppContext, ids: readonly number[]): Promise<Numbered<T>[]>;
  inputs(item: T, staff: ReadonlySet<number>): SentimentInput[];
}

const community: Reader<CommunityPost> = {
  cursor: "community_posts",
  read: async (ctx, afterId) =>
    (await postsFor(ctx, { after: afterId, limit: BATCH })).map(({ id, post }) => ({ id, item: post })),
  late: async (ctx, ids) => (await postsFor(ctx, { ids })).map(({ id, post }) => ({ id, item: post })),
  // The bank's own posts say nothing of its clients' sentiment.
  inputs: (post, staff) =>
    post.authorId !== null && staff.has(post.authorId)
      ? []
      : [
          {
            source: post.categorySlug === COMMENTS_CATEGORY.slug ? "newsroom_comment" : "community",
            objectId: post.id,
            at: post.at,
            category: post.categorySlug,
            text: post.body,
            link: post.link,
          },
        ],
};

/**
 * The inbox's private channels. Its other sources are public (the community's posts, read there;
 * reviews, which record their own): read through the inbox too, they would be counted twice.
 */
const PRIVATE_CHANNELS: readonly SentimentSource[] = ["private_message", "contact_form", "email"];

const inbox: Reader<ClientMessage> = {
  cursor: "inbox_messages",
  read: async (ctx, afterId) =>
    (await clientMessagesFor(ctx, { after: afterId, limit: BATCH })).map(({ id, message }) => ({
      id,
      item: message,
    })),
  late: async (ctx, ids) =>
    (await clientMessagesFor(ctx, { ids })).map(({ id, message }) => ({ id, item: message })),
  inputs: (message) =>
    isSentimentSource(message.source) && PRIVATE_CHANNELS.includes(message.source)
      ? [
          {
            source: message.source,
            objectId: message.id,
            at: message.at,
            product: message.product,
            text: message.body,
            link: message.link,
            // The inbox's classifier read it as it arrived: the same reading, not a second one.
            ...(message.sentiment
              ? { sentiment: { sentiment: message.sentiment, score: message.sentimentScore ?? 0 } }
              : {}),
          },
        ]
      : [],
};

/** A response's free-text answers are one message: one person's words on one occasion. */
export function surveyResponseInput(response: {
  responseId: number;
  at: Date;
  texts: string[];
}): SentimentInput[] {
  const text = response.texts.filter((said) => said.trim() !== "").join("\n");
  return text === ""
    ? []
    : [{ source: "survey_answer", objectId: response.responseId, at: response.at, text }];
}

/**
 * Survey responses are numbered when their draft begins, so one may be submitted after a larger
 * one the cursor has passed: the job its submission queues records it (recordSurveyResponse);
 * this reader is for the responses submitted before the sentiment listened, and the backfill.
 */
const surveys: Reader<FreeTextAnswer[]> = {
  cursor: "survey_responses",
  async read(ctx, afterId) {
    const answers = await freeTextAnswers(ctx, { afterResponseId: afterId, limit: BATCH });
    const byResponse = new Map<number, FreeTextAnswer[]>();
    for (const answer of answers)
      byResponse.set(answer.responseId, [...(byResponse.get(answer.responseId) ?? []), answer]);
    const responses = [...byResponse.values()];
    // A full page may end in the middle of a response: that one is read whole next time.
    if (answers.length === BATCH && responses.length > 1) responses.pop();
    return responses.map((answers) => ({ id: answers[0]!.responseId, item: answers }));
  },
  inputs: (answers) =>
    surveyResponseInput({
      responseId: answers[0]!.responseId,
      at: answers[0]!.at,
      texts: answers.map((a) => a.text),
    }),
};

async function cursorOf(ctx: AppContext, name: string): Promise<{ lastId: number; gaps: Gap[] }> {
  const { rows } = await ctx.db.execute<{ last_id: string; gaps: Gap[] }>(
    sql`select last_id, gaps from sentiment_cursors where source = ${name}`,
  );
  return rows[0] ? { lastId: Number(rows[0].last_id), gaps: rows[0].gaps } : { lastId: 0, gaps: [] };
}

async function saveCursor(ctx: AppContext, name: string, lastId: number, gaps: readonly Gap[]) {
  await ctx.db.execute(sql`
    insert into sentiment_cursors (source, last_id, gaps, updated_at)
    values (${name}, ${lastId}, ${JSON.stringify(gaps)}::jsonb, ${ctx.clock.now()})
    on conflict (source) do update set last_id = excluded.last_id, gaps = excluded.gaps, updated_at = excluded.updated_at`);
}

async function recorded<T>(
  ctx: AppContext,
  reader: Reader<T>,
  staff: ReadonlySet<number>,
  rows: readonly Numbered<T>[],
): Promise<number> {
  const done = await recordSentiments(
    ctx.db,
    rows.flatMap((row) => (row.item === null ? [] : reader.inputs(row.item, staff))),
  );
  return done.filter((d) => d.recorded).length;
}

async function catchUpOne<T>(
  ctx: AppContext,
  reader: Reader<T>,
  staff: ReadonlySet<number>,
  pace: { maxBatches: number; pauseMs: number },
): Promise<number> {
  const { maxBatches, pauseMs } = pace;
  const now = ctx.clock.now().getTime();
  const cursor = await cursorOf(ctx, reader.cursor);
  let count = 0;
  let gaps = gapsKept(cursor.gaps, new Set(), now);
  if (reader.late && gaps.length > 0) {
    const found = await reader.late(
      ctx,
      gaps.map(([id]) => id),
    );
    count += await recorded(ctx, reader, staff, found);
    gaps = gapsKept(gaps, new Set(found.map((row) => row.id)), now);
  }
  let after = cursor.lastId;
  for (let batch = 0; batch < maxBatches; batch++) {
    if (batch > 0 && pauseMs > 0) await sleep(pauseMs);
    const rows = await reader.read(ctx, after);
    if (rows.length === 0) break;
    count += await recorded(ctx, reader, staff, rows);
    const ids = rows.map((row) => row.id);
    if (reader.late) gaps = gapsKept([...gaps, ...gapsPassed(after, ids, now)], new Set(), now);
    after = ids.at(-1)!;
    await saveCursor(ctx, reader.cursor, after, gaps);
  }
  // Nothing new, but gaps were found or given up.
  if (after === cursor.lastId && gaps.length !== cursor.gaps.length)
    await saveCursor(ctx, reader.cursor, after, gaps);
  return count;
}

/**
 * Reads what the sources said since last time and records its sentiment; returns how many
 * messages were new. `maxBatches` bounds one run (the schedule), which pauses `pauseMs` between
 * batches; the backfill goes to the end at once.
 */
export async function catchUpSentiment(
  ctx: AppContext,
  options: { maxBatches?: number; pauseMs?: number } = {},
): Promise<number> {
  const staff = new Set(await staffAccountIds(ctx.db));
  const pace = { maxBatches: options.maxBatches ?? MAX_BATCHES, pauseMs: options.pauseMs ?? 0 };
  let recorded = 0;
  recorded += await catchUpOne(ctx, community, staff, pace);
  recorded += await catchUpOne(ctx, inbox, staff, pace);
  recorded += await catchUpOne(ctx, surveys, staff, pace);
  return recorded;
}

/** Every existing message, from the first (the demo's history, a first start after an upgrade). */
export function backfillSentiment(ctx: AppContext): Promise<number> {
  return catchUpSentiment(ctx, { maxBatches: Number.POSITIVE_INFINITY });
}

/**
 * One survey response's free-text answers, once it is committed (the job the submission queues):
 * recording them in the submitting transaction would make every submission of the day wait on
 * the one row of the day's counts.
 */
export async function recordSurveyResponse(ctx: AppContext, responseId: number): Promise<number> {
  const answers = (await freeTextAnswers(ctx, { afterResponseId: responseId - 1, limit: 100 })).filter(
    (answer) => answer.responseId === responseId,
  );
  if (answers.length === 0) return 0;
  const done = await recordSentiments(ctx.db, surveys.inputs(answers, new Set()));
  return done.filter((d) => d.recorded).length;
}

export function sentimentSchedule(ctx: AppContext): ScheduledJob {
  return {
    name: "sentiment-catch-up",
    cron: "* * * * *",
    run: () => catchUpSentiment(ctx, { pauseMs: PAUSE_MS }),
  };
}
