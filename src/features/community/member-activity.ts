import { and, desc, eq, isNull, sql } from "drizzle-orm";
import type { AppContext } from "../../platform/context.ts";
import { summaries } from "./listings.ts";
import type { TopicSummary } from "./model.ts";
import { postUrl } from "./paths.ts";
import { categories, posts, topics } from "./schema.ts";

/** What a public profile shows of a member's activity: counts, and their latest topics. */
export async function memberActivity(
  ctx: AppContext,
  accountId: number,
): Promise<{ stats: MemberStats; recentTopics: TopicSummary[] }> {
  const [counts, rows] = await Promise.all([
    memberStats(ctx, [accountId]),
    ctx.db
      .select({ topic: topics, category: categories })
      .from(topics)
      .innerJoin(categories, eq(categories.id, topics.categoryId))
      .where(and(eq(topics.authorId, accountId), isNull(topics.deletedAt)))
      .orderBy(desc(topics.createdAt))
      .limit(10),
  ]);
  return {
    stats: counts.get(accountId) ?? { topics: 0, answers: 0 },
    recentTopics: await summaries(ctx, rows),
  };
}

export interface MemberStats {
  topics: number;
  answers: number;
}

/** How many live topics and answers each of these members wrote, in one query (absent: none). */
export async function memberStats(ctx: AppContext, accountIds: number[]): Promise<Map<number, MemberStats>> {
  if (accountIds.length === 0) return new Map();
  const result = await ctx.db.execute<{ author_id: number; topics: number; answers: number }>(sql`
    select p.author_id,
           count(*) filter (where p.position = 1)::int as topics,
           count(*) filter (where p.position > 1)::int as answers
      from community_posts p join community_topics t on t.id = p.topic_id
     where p.author_id in (${sql.join(
       accountIds.map((id) => sql`${id}`),
       sql`, `,
     )}) and p.deleted_at is null and t.deleted_at is null
     group by p.author_id`);
  return new Map(
    result.rows.map((row) => [Number(row.author_id), { topics: row.topics, answers: row.answers }]),
  );
}

/** A member's public post as another feature shows it beside them: its words, its topic, its address. */
export interface PublicPost {
  id: number;
  topicTitle: string;
  url: string;
  excerpt: string;
  createdAt: Date;
}

const EXCERPT_LENGTH = 280;

/**
 * A member's latest posts anyone can read (not withdrawn, in a live topic), newest first: what
 * the bank's advisors see of the person beside a conversation (the inbox).
 */
export async function publicPostsOf(ctx: AppContext, accountId: number, limit = 10): Promise<PublicPost[]> {
  const rows = await ctx.db
    .select({
      id: posts.id,
      position: posts.position,
      body: posts.bodyMarkdown,
      createdAt: posts.createdAt,
      topicId: topics.id,
      slug: topics.slug,
      title: topics.title,
    })
    .from(posts)
    .innerJoin(topics, eq(topics.id, posts.topicId))
    .where(and(eq(posts.authorId, accountId), isNull(posts.deletedAt), isNull(topics.deletedAt)))
    .orderBy(desc(posts.createdAt), desc(posts.id))
    .limit(limit);
  return rows.map((row) => ({
    id: row.id,
    topicTitle: row.title,
    url: postUrl({ slug: row.slug, id: row.topicId }, row.position),
    excerpt: row.body.length > EXCERPT_LENGTH ? `${row.body.slice(0, EXCERPT_LENGTH)}…` : row.body,
    createdAt: row.createdAt,
  }));
}
