import { type SQL, sql } from "drizzle-orm";
import type { AppContext } from "../../platform/context.ts";
import { PURGED } from "./model.ts";
import { postUrl } from "./paths.ts";

/**
 * What the barometer reads of the community (docs/barometer.md): the posts, for their sentiment,
 * and per Paris week (Monday first) how the bank converses in public. The caller names the
 * bank's accounts (accounts' `staffAccountIds`): the community keeps no role.
 */

/** A post as the sentiment reads it. */
export interface CommunityPost {
  id: number;
  authorId: number | null;
  categorySlug: string;
  body: string;
  at: Date;
  /** The post's page and anchor. */
  link: string;
}

/**
 * Which posts the sentiment reads: those after an id, oldest first (its catch-up and backfill),
 * or some by id (those it found missing before: not committed yet when it read past them).
 */
export type PostSelection = { after: number; limit: number } | { ids: readonly number[] };

/**
 * Every post of the selection with its id, so that the reader knows which ids were not there;
 * `post` is null for a withdrawn or purged one, which says nothing any more.
 */
export async function postsFor(
  ctx: AppContext,
  selection: PostSelection,
): Promise<{ id: number; post: CommunityPost | null }[]> {
  const { rows } = await ctx.db.execute<{
    id: string;
    readable: boolean;
    author_id: string | null;
    category_slug: string;
    body: string | null;
    at: string;
    topic_id: string;
    slug: string;
    position: number;
  }>(sql`
    select p.id, r.readable, p.author_id, c.slug as category_slug,
      case when r.readable then p.body_markdown end as body, p.created_at as at,
      t.id as topic_id, t.slug, p.position
    from community_posts p
    cross join lateral (select p.deleted_at is null and p.body_markdown <> ${PURGED} as readable) r
    join community_topics t on t.id = p.topic_id
    join community_categories c on c.id = t.category_id
    where ${"ids" in selection ? sql`p.id = any(${sql.param([...selection.ids])}::bigint[])` : sql`p.id > ${selection.after}`}
    order by p.id ${"ids" in selection ? sql`` : sql`limit ${selection.limit}`}`);
  return rows.map((row) => ({
    id: Number(row.id),
    post:
      row.readable && row.body !== null
        ? {
            id: Number(row.id),
            authorId: row.author_id === null ? null : Number(row.author_id),
            categorySlug: row.category_slug,
            body: row.body,
            at: new Date(row.at),
            link: postUrl({ slug: row.slug, id: Number(row.topic_id) }, row.position),
          }
        : null,
  }));
}

/** One Paris week of the community, for the Conversation Index. */
export interface PublicConversationWeek {
  /** The week's Monday, ISO. */
  week: string;
  /** Questions (topics of the "question" kind) opened by clients that week. */
  questions: number;
  /** Of them, those a staff member answered in the topic (by now). */
  answered: number;
  /** Of them, those with an accepted answer (solved in public). */
  solved: number;
  /** Median hours from the question to the first staff answer, over the answered ones. */
  medianHoursToAnswer: number | null;
  /** Staff posts that week, and how many of them answer in a topic (the others open one: announcements). */
  staffPosts: number;
  staffReplies: number;
}

const PARIS_WEEK = (column: SQL) => sql`date_trunc('week', ${column} at time zone 'Europe/Paris')::date`;
const among = (column: SQL, ids: readonly number[]) =>
  ids.length === 0 ? sql`false` : sql`${column} in ${ids}`;

/** The community's weeks between two instants (`from` a Monday's midnight in Paris), oldest first. */
export async function publicConversationWeeks(
  ctx: AppContext,
  range: { from: Date; to: Date; staffIds: readonly number[] },
): Promise<PublicConversationWeek[]> {
  const staff = (column: SQL) => among(column, [...range.staffIds]);
  const questions = await ctx.db.execute<{
    week: string;
    questions: string;
    answered: string;
    solved: string;
    median_hours: number | null;
  }>(sql`
    with asked as (
      select ${PARIS_WEEK(sql`t.created_at`)} as week, t.created_at, t.accepted_post_id,
        (select min(p.created_at) from community_posts p
          where p.topic_id = t.id and p.position > 1 and p.deleted_at is null and ${staff(sql`p.author_id`)}
        ) as answered_at
      from community_topics t
      where t.kind = 'question' and t.deleted_at is null
        and t.created_at >= ${range.from} and t.created_at < ${range.to}
        and (t.author_id is null or not ${staff(sql`t.author_id`)})
    )
    select to_char(week, 'YYYY-MM-DD') as week, count(*) as questions, count(answered_at) as answered,
      count(accepted_post_id) as solved,
      percentile_cont(0.5) within group (order by extract(epoch from answered_at - created_at) / 3600)
        filter (where answered_at is not null) as median_hours
    from asked group by week`);
  const posts = await ctx.db.execute<{ week: string; staff_posts: string; staff_replies: string }>(sql`
    select to_char(${PARIS_WEEK(sql`created_at`)}, 'YYYY-MM-DD') as week, count(*) as staff_posts,
      count(*) filter (where position > 1) as staff_replies
    from community_posts
    where created_at >= ${range.from} and created_at < ${range.to} and deleted_at is null
      and ${staff(sql`author_id`)}
    group by 1`);
  const weeks = new Map<string, PublicConversationWeek>();
  const weekOf = (week: string) => {
    let found = weeks.get(week);
    if (!found) {
      found = {
        week,
        questions: 0,
        answered: 0,
        solved: 0,
        medianHoursToAnswer: null,
        staffPosts: 0,
        staffReplies: 0,
      };
      weeks.set(week, found);
    }
    return found;
  };
  for (const row of questions.rows)
    Object.assign(weekOf(row.week), {
      questions: Number(row.questions),
      answered: Number(row.answered),
      solved: Number(row.solved),
      medianHoursToAnswer: row.median_hours === null ? null : Number(row.median_hours),
    });
  for (const row of posts.rows)
    Object.assign(weekOf(row.week), {
      staffPosts: Number(row.staff_posts),
      staffReplies: Number(row.staff_replies),
    });
  return [...weeks.values()].sort((a, b) => a.week.localeCompare(b.week));
}
