import { count, eq, sql } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import { executeNamed, prepared } from "../../db/prepared.ts";
import type { AppContext } from "../../platform/context.ts";
import { posts } from "./schema.ts";

/**
 * Reputation and the sandbox, in the spirit of Discourse's trust levels but kept to two steps
 * a member can understand (explained on /aide/reputation): points come from others — a post
 * marked useful, an answer accepted — and lift the limits that keep spam and abuse small while
 * an account is new.
 */
export const POINTS = { helpful: 1, accepted: 10 } as const;

/** Points at which a member leaves the sandbox. */
export const TRUSTED_AT = 10;

export interface Reputation {
  helpfulReceived: number;
  acceptedAnswers: number;
  points: number;
}

export type TrustLevel = "new" | "trusted" | "staff";

export interface PostingLimits {
  postsPerDay: number;
  linksPerPost: number;
  mentionsPerPost: number;
}

export const LIMITS: Record<TrustLevel, PostingLimits> = {
  new: { postsPerDay: 10, linksPerPost: 2, mentionsPerPost: 2 },
  trusted: { postsPerDay: 100, linksPerPost: 20, mentionsPerPost: 10 },
  staff: { postsPerDay: Number.POSITIVE_INFINITY, linksPerPost: 50, mentionsPerPost: 50 },
};

export function trustLevel(points: number, staff: boolean): TrustLevel {
  if (staff) return "staff";
  return points >= TRUSTED_AT ? "trusted" : "new";
}

export type SandboxProblem =
  | "community.sandbox.postsPerDay"
  | "community.sandbox.links"
  | "community.sandbox.mentions";

/** What a new post would break, given what it holds and what the member already posted today. */
export function sandboxProblem(
  limits: PostingLimits,
  post: { links: number; mentions: number; postsToday: number },
): SandboxProblem | undefined {
  if (post.postsToday >= limits.postsPerDay) return "community.sandbox.postsPerDay";
  if (post.links > limits.linksPerPost) return "community.sandbox.links";
  if (post.mentions > limits.mentionsPerPost) return "community.sandbox.mentions";
  return undefined;
}

/** A member's points, from the posts others found useful and the answers they accepted. */
export async function reputationOf(ctx: AppContext, accountId: number): Promise<Reputation> {
  const result = await executeNamed<{ helpful: number; accepted: number }>(
    ctx.db,
    "community_reputation",
    sql`
    select coalesce(sum(p.helpful_count), 0)::int as helpful,
           count(*) filter (where t.accepted_post_id = p.id)::int as accepted
      from community_posts p
      join community_topics t on t.id = p.topic_id
     where p.author_id = ${accountId} and p.deleted_at is null`,
  );
  const row = result.rows[0] ?? { helpful: 0, accepted: 0 };
  return {
    helpfulReceived: row.helpful,
    acceptedAnswers: row.accepted,
    points: pointsOf(row.helpful, row.accepted),
  };
}

const pointsOf = (helpful: number, accepted: number) => helpful * POINTS.helpful + accepted * POINTS.accepted;

/**
 * What a new post's checks read of its author, in one statement: the sandbox's counts, the
 * screening's (moderation, through the publication screen) and, when asked, the reputation.
 * Each was a round trip of its own on every post, and on this path a round trip costs more than
 * the counting.
 */
export interface AuthorRecord {
  /**
   * Posts (topics and replies, withdrawn ones included) published or waiting for a moderator in
   * the last 24 hours and in the posting window (a held post counts: the queue is not a way
   * around the limits).
   */
  day: number;
  window: number;
  /** Posts published in all, and within the screen's `recentWindow`, withdrawn ones included. */
  published: number;
  recent: number;
  /** Reputation points: only when asked (`withPoints`), undefined otherwise. */
  points: number | undefined;
}

export async function authorRecordOf(
  ctx: AppContext,
  accountId: number,
  options: { windowMinutes: number; recentWindow: string; withPoints: boolean },
): Promise<AuthorRecord> {
  // One pass over the author's posts for every count; the reputation's sums are an init plan
  // PostgreSQL runs only when its value is used, so a member whose level is kept skips them.
  const result = await executeNamed<{
    day: number;
    window: number;
    published: number;
    recent: number;
    helpful: number | null;
    accepted: number | null;
  }>(
    ctx.db,
    "community_author_record",
    sql`
    with held as (
      select count(*)::int as today,
             (count(*) filter (where created_at > now() - make_interval(mins => ${options.windowMinutes})))::int as lately
        from moderation_held_posts
       where author_id = ${accountId} and status = 'held' and created_at > now() - interval '24 hours'),
    reputation as (
      select coalesce(sum(p.helpful_count), 0)::int as helpful,
             (count(*) filter (where t.accepted_post_id = p.id))::int as accepted
        from community_posts p
        join community_topics t on t.id = p.topic_id
       where p.author_id = ${accountId} and p.deleted_at is null)
    select (count(*) filter (where created_at > now() - interval '24 hours'))::int + (select today from held) as day,
           (count(*) filter (where created_at > now() - make_interval(mins => ${options.windowMinutes})))::int
             + (select lately from held) as window,
           count(*)::int as published,
           (count(*) filter (where created_at > now() - ${options.recentWindow}::interval))::int as recent,
           case when ${options.withPoints}::boolean then (select helpful from reputation) end as helpful,
           case when ${options.withPoints}::boolean then (select accepted from reputation) end as accepted
      from community_posts
     where author_id = ${accountId}`,
  );
  const row = result.rows[0] ?? { day: 0, window: 0, published: 0, recent: 0, helpful: null, accepted: null };
  return {
    day: row.day,
    window: row.window,
    published: row.published,
    recent: row.recent,
    points: row.helpful === null || row.accepted === null ? undefined : pointsOf(row.helpful, row.accepted),
  };
}

/**
 * How many posts the member has published in all, and within the last `recent` (a PostgreSQL
 * interval such as '2 minutes'), withdrawn ones included: moderation's screening reads it.
 */
export async function postCountsOf(
  db: Pick<Db, "select">,
  accountId: number,
  recent: string,
): Promise<{ published: number; recent: number }> {
  // One pass over the author's posts for both counts.
  const [row] = await prepared(db, "community_post_counts", (name) =>
    db
      .select({
        published: count(),
        recent: sql<number>`(count(*) filter (where ${posts.createdAt} > now() - ${sql.placeholder("recent")}::interval))::int`,
      })
      .from(posts)
      .where(eq(posts.authorId, sql.placeholder("accountId")))
      .prepare(name),
  ).execute({ accountId, recent });
  return { published: row?.published ?? 0, recent: row?.recent ?? 0 };
}
