import { type SQL, sql } from "drizzle-orm";
import type { AppContext } from "../../platform/context.ts";
import { PUBLIC_SOURCES } from "./policy.ts";
import { workedConversationPath } from "./public-paths.ts";

/**
 * What the barometer reads of the inbox (docs/barometer.md): clients' private messages, for
 * their sentiment (the classifier read each as it arrived), and per Paris week (Monday first)
 * how the bank answers in private and within the complaints' legal clocks. Messages from a
 * public source are the community's posts, which the barometer reads there.
 */

export interface ClientMessage {
  id: number;
  /** private_message, contact_form or email. */
  source: string;
  body: string;
  at: Date;
  sentiment: "positive" | "neutral" | "negative" | null;
  sentimentScore: number | null;
  /** The complaint's product, when the conversation is a registered complaint. */
  product: string | null;
  /** The conversation in the inbox. */
  link: string;
}

const PRIVATE = sql`c.source not in ${[...PUBLIC_SOURCES]}`;

/**
 * Which messages the sentiment reads: those after an id, oldest first (its catch-up and
 * backfill), or some by id (those it found missing before: not committed yet when it read past).
 */
export type MessageSelection = { after: number; limit: number } | { ids: readonly number[] };

/**
 * Every message of the selection with its id, so that the reader knows which ids were not there;
 * `message` is null for one that is not a client's from a private source.
 */
export async function clientMessagesFor(
  ctx: AppContext,
  selection: MessageSelection,
): Promise<{ id: number; message: ClientMessage | null }[]> {
  const { rows } = await ctx.db.execute<{
    id: string;
    readable: boolean;
    conversation_id: string;
    source: string;
    body: string | null;
    at: string;
    sentiment: ClientMessage["sentiment"];
    sentiment_score: number | null;
    product: string | null;
  }>(sql`
    select m.id, r.readable, m.conversation_id, c.source, case when r.readable then m.body end as body,
      m.created_at as at, m.sentiment, m.sentiment_score, k.product
    from inbox_messages m
    join inbox_conversations c on c.id = m.conversation_id
    cross join lateral (select m.direction = 'incoming' and ${PRIVATE} as readable) r
    left join inbox_complaints k on k.conversation_id = c.id
    where ${"ids" in selection ? sql`m.id = any(${sql.param([...selection.ids])}::bigint[])` : sql`m.id > ${selection.after}`}
    order by m.id ${"ids" in selection ? sql`` : sql`limit ${selection.limit}`}`);
  return rows.map((row) => ({
    id: Number(row.id),
    message:
      row.readable && row.body !== null
        ? {
            id: Number(row.id),
            source: row.source,
            body: row.body,
            at: new Date(row.at),
            sentiment: row.sentiment,
            sentimentScore: row.sentiment_score === null ? null : Number(row.sentiment_score),
            product: row.product,
            link: workedConversationPath(Number(row.conversation_id)),
          }
        : null,
  }));
}

export interface PrivateConversationWeek {
  /** The week's Monday, ISO. */
  week: string;
  /** Private conversations clients opened that week, and those the bank answered (by now). */
  opened: number;
  answered: number;
  /** Median hours from opening to the bank's first answer, over the answered ones. */
  medianHoursToAnswer: number | null;
}

export interface ComplaintClockWeek {
  /** The week's Monday, ISO. */
  week: string;
  /** Complaints whose final answer was due that week (by now: a deadline still ahead is not counted unless met). */
  due: number;
  /** Of them, those answered on or before their day. */
  answeredInTime: number;
}

const PARIS_WEEK = (column: SQL) => sql`to_char(date_trunc('week', ${column}), 'YYYY-MM-DD')`;

export async function privateConversationWeeks(
  ctx: AppContext,
  range: { from: Date; to: Date },
): Promise<PrivateConversationWeek[]> {
  const { rows } = await ctx.db.execute<{
    week: string;
    opened: string;
    answered: string;
    median_hours: number | null;
  }>(sql`
    select ${PARIS_WEEK(sql`(c.created_at at time zone 'Europe/Paris')`)} as week, count(*) as opened,
      count(c.first_response_at) as answered,
      percentile_cont(0.5) within group (order by extract(epoch from c.first_response_at - c.created_at) / 3600)
        filter (where c.first_response_at is not null) as median_hours
    from inbox_conversations c
    where ${PRIVATE} and c.created_at >= ${range.from} and c.created_at < ${range.to}
    group by 1 order by 1`);
  return rows.map((row) => ({
    week: row.week,
    opened: Number(row.opened),
    answered: Number(row.answered),
    medianHoursToAnswer: row.median_hours === null ? null : Number(row.median_hours),
  }));
}

/**
 * Per week of their final answer's legal day (`answer_by`, ACPR 2022-R-01: two months, or 15
 * business days for a payment service, 35 after a holding reply): how many were due and how many
 * were answered by the end of that day, Paris time. A deadline not yet passed counts only once met.
 */
export async function complaintClockWeeks(
  ctx: AppContext,
  range: { from: Date; to: Date },
): Promise<ComplaintClockWeek[]> {
  const now = ctx.clock.now();
  const { rows } = await ctx.db.execute<{ week: string; due: string; in_time: string }>(sql`
    with clocked as (
      select answer_by,
        answered_at is not null
          and answered_at < ((answer_by + 1)::timestamp at time zone 'Europe/Paris') as in_time,
        ((answer_by + 1)::timestamp at time zone 'Europe/Paris') <= ${now} as passed
      from inbox_complaints
      where answer_by >= (${range.from}::timestamptz at time zone 'Europe/Paris')::date
        and answer_by < (${range.to}::timestamptz at time zone 'Europe/Paris')::date
    )
    select ${PARIS_WEEK(sql`answer_by`)} as week, count(*) as due, count(*) filter (where in_time) as in_time
    from clocked where passed or in_time group by 1 order by 1`);
  return rows.map((row) => ({ week: row.week, due: Number(row.due), answeredInTime: Number(row.in_time) }));
}
