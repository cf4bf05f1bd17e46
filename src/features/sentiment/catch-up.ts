import { sql } from "drizzle-orm";
import type { AppContext } from "../../platform/context.ts";
import type { ScheduledJob } from "../../platform/jobs/jobs.ts";
import { staffAccountIds } from "../accounts/index.ts";
import { type CommunityPost, postsAfter } from "../community/index.ts";
import { type ClientMessage, clientMessagesAfter } from "../inbox/index.ts";
import { COMMENTS_CATEGORY } from "../newsroom/index.ts";
import { type FreeTextAnswer, freeTextAnswers } from "../surveys/index.ts";
import { isSentimentSource, type SentimentInput, type SentimentSource } from "./model.ts";
import { recordSentiments } from "./record.ts";

/**
 * The sources that do not record their messages themselves — the community's posts, the inbox's
 * messages, and survey answers given before the sentiment listened — are read after a cursor
 * per source, in batches, by a schedule every minute and by the backfill. Only what is
 * committed is seen, so nothing is counted from a post that was undone. Identities are handed
 * out before commit, so a row may appear after a larger one: the cursor stays behind any row
 * younger than LAG_MS, and those rows are read again next time (recording is idempotent).
 */
const LAG_MS = 5 * 60_000;
/**
 * Classifying a batch holds the process's one thread (about 0.15 ms a message): batches of 200
 * keep that under 30 ms, so pages served meanwhile wait no longer than that, and a run still
 * reads up to 20,000 messages a source, as many as a busy community writes in a minute and more.
 */
const BATCH = 200;
const MAX_BATCHES = 100;

interface Reader<T> {
  cursor: string;
  read(ctx: AppContext, afterId: number): Promise<T[]>;
  idOf(item: T): number;
  atOf(item: T): Date;
  inputs(item: T, staff: ReadonlySet<number>): SentimentInput[];
}

const community: Reader<CommunityPost> = {
  cursor: "community_posts",
  read: (ctx, afterId) => postsAfter(ctx, afterId, BATCH),
  idOf: (post) => post.id,
  atOf: (post) => post.at,
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
  read: (ctx, afterId) => clientMessagesAfter(ctx, afterId, BATCH),
  idOf: (message) => message.id,
  atOf: (message) => message.at,
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
    return responses;
  },
  idOf: (answers) => answers[0]!.responseId,
  atOf: (answers) => answers[0]!.at,
  inputs: (answers) =>
    surveyResponseInput({
      responseId: answers[0]!.responseId,
      at: answers[0]!.at,
      texts: answers.map((a) => a.text),
    }),
};

async function cursorOf(ctx: AppContext, name: string): Promise<number> {
  const { rows } = await ctx.db.execute<{ last_id: string }>(
    sql`select last_id from sentiment_cursors where source = ${name}`,
  );
  return rows[0] ? Number(rows[0].last_id) : 0;
}

async function catchUpOne<T>(
  ctx: AppContext,
  reader: Reader<T>,
  staff: ReadonlySet<number>,
  maxBatches: number,
): Promise<number> {
  const settled = ctx.clock.now().getTime() - LAG_MS;
  let cursor = await cursorOf(ctx, reader.cursor);
  let after = cursor;
  let recorded = 0;
  let young = false;
  for (let batch = 0; batch < maxBatches; batch++) {
    const items = await reader.read(ctx, after);
    if (items.length === 0) break;
    const done = await recordSentiments(
      ctx.db,
      items.flatMap((item) => reader.inputs(item, staff)),
    );
    recorded += done.filter((d) => d.recorded).length;
    for (const item of items) {
      if (reader.atOf(item).getTime() > settled) young = true;
      if (!young) cursor = reader.idOf(item);
    }
    after = reader.idOf(items.at(-1)!);
    await ctx.db.execute(sql`
      insert into sentiment_cursors (source, last_id, updated_at) values (${reader.cursor}, ${cursor}, ${ctx.clock.now()})
      on conflict (source) do update set last_id = excluded.last_id, updated_at = excluded.updated_at`);
  }
  return recorded;
}

/**
 * Reads what the sources said since last time and records its sentiment; returns how many
 * messages were new. `maxBatches` bounds one run (the schedule); the backfill goes to the end.
 */
export async function catchUpSentiment(
  ctx: AppContext,
  options: { maxBatches?: number } = {},
): Promise<number> {
  const staff = new Set(await staffAccountIds(ctx.db));
  const maxBatches = options.maxBatches ?? MAX_BATCHES;
  let recorded = 0;
  recorded += await catchUpOne(ctx, community, staff, maxBatches);
  recorded += await catchUpOne(ctx, inbox, staff, maxBatches);
  recorded += await catchUpOne(ctx, surveys, staff, maxBatches);
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
  return { name: "sentiment-catch-up", cron: "* * * * *", run: () => catchUpSentiment(ctx) };
}
