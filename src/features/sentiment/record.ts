import { sql } from "drizzle-orm";
import { isoDay, parisDay } from "../../calendar/index.ts";
import type { Db } from "../../db/connect.ts";
import { classify } from "../../text/classifier/index.ts";
import type { Sentiment, SentimentInput, SentimentSource } from "./model.ts";
import { termsOf } from "./terms.ts";

type Executor = Pick<Db, "execute">;

/** What a message was recorded as; `recorded` is false when it already was (nothing counted twice). */
export interface Recorded {
  sentiment: Sentiment;
  recorded: boolean;
}

interface Row {
  source: SentimentSource;
  object_id: number;
  at: string;
  day: string;
  category: string | null;
  product: string | null;
  sentiment: Sentiment;
  score: number;
  terms: string[];
  link: string | null;
}

function rowOf(input: SentimentInput): Row {
  const read =
    input.sentiment ??
    (({ sentiment, sentimentScore }) => ({ sentiment, score: sentimentScore }))(classify(input.text));
  return {
    source: input.source,
    object_id: input.objectId,
    at: input.at.toISOString(),
    day: isoDay(parisDay(input.at)),
    category: input.category || null,
    product: input.product || null,
    sentiment: read.sentiment,
    score: read.score,
    terms: read.sentiment === "negative" ? termsOf(input.text) : [],
    link: input.link ?? null,
  };
}

/**
 * Records the sentiment of one message, in the caller's transaction (a review as it is
 * published, a survey's free-text answer as it is sent): the message's row, its day's counts
 * and, when negative, its words for the drivers, in one statement. A message already recorded
 * (same source and id) is left as it was and counted once.
 */
export async function recordSentiment(tx: Executor, input: SentimentInput): Promise<Recorded> {
  const [done] = await recordSentiments(tx, [input]);
  return done!;
}

/** The messages among these already recorded, with what they were recorded as. */
async function alreadyRecorded(
  db: Executor,
  inputs: readonly SentimentInput[],
): Promise<Map<string, Sentiment>> {
  const { rows } = await db.execute<{ source: SentimentSource; object_id: string; sentiment: Sentiment }>(sql`
    select m.source, m.object_id, m.sentiment
      from jsonb_to_recordset(${JSON.stringify(inputs.map(({ source, objectId }) => ({ source, object_id: objectId })))}::jsonb)
           as given(source text, object_id bigint)
      join sentiment_messages m using (source, object_id)`);
  return new Map(rows.map((row) => [`${row.source}:${row.object_id}`, row.sentiment]));
}

/**
 * The same for many messages at once (the catch-up and the backfill), in one statement. Messages
 * already recorded are not classified again (a source may be read again from an older cursor:
 * a run stopped before saving it, a backfill).
 */
export async function recordSentiments(db: Executor, inputs: readonly SentimentInput[]): Promise<Recorded[]> {
  if (inputs.length === 0) return [];
  const known = await alreadyRecorded(db, inputs);
  const key = (input: { source: string; objectId: number }) => `${input.source}:${input.objectId}`;
  const fresh = inputs.filter((input) => !known.has(key(input)));
  if (fresh.length === 0)
    return inputs.map((input) => ({ sentiment: known.get(key(input))!, recorded: false }));
  const rows = fresh.map(rowOf);
  const unique = [...new Map(rows.map((row) => [`${row.source}:${row.object_id}`, row])).values()];
  const inserted = await db.execute<{ source: SentimentSource; object_id: string }>(sql`
    with given as (
      select * from jsonb_to_recordset(${JSON.stringify(unique)}::jsonb) as r(
        source text, object_id bigint, at timestamptz, day date, category text, product text,
        sentiment text, score real, terms text[], link text)
    ), inserted as (
      insert into sentiment_messages (source, object_id, at, day, category, product, sentiment, score, terms, link)
      select source, object_id, at, day, category, product, sentiment, score, terms, link from given
      on conflict (source, object_id) do nothing
      returning source, object_id, day, coalesce(category, '') as category, coalesce(product, '') as product,
        sentiment, terms
    ), counted as (
      insert into sentiment_daily as d (day, source, category, product, positive, neutral, negative)
      select day, source, category, product,
        count(*) filter (where sentiment = 'positive'), count(*) filter (where sentiment = 'neutral'),
        count(*) filter (where sentiment = 'negative')
      from inserted group by day, source, category, product
      on conflict (day, source, category, product) do update set
        positive = d.positive + excluded.positive, neutral = d.neutral + excluded.neutral,
        negative = d.negative + excluded.negative
    ), worded as (
      insert into sentiment_daily_terms as w (day, source, category, product, term, messages)
      select day, source, category, product, term, count(*)
      from inserted, unnest(terms) as term group by day, source, category, product, term
      on conflict (day, source, category, product, term) do update set messages = w.messages + excluded.messages
    )
    select source, object_id from inserted`);
  const insertedNow = new Set(inserted.rows.map((row) => `${row.source}:${row.object_id}`));
  const read = new Map(rows.map((row) => [`${row.source}:${row.object_id}`, row.sentiment]));
  return inputs.map((input) => ({
    sentiment: known.get(key(input)) ?? read.get(key(input))!,
    recorded: insertedNow.has(key(input)),
  }));
}
