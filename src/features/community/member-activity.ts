import { and, desc, eq, isNull, sql } from "drizzle-orm";
import type { AppContext } from "../../platform/context.ts";
import { summaries } from "./listings.ts";
import type { TopicSummary } from "./model.ts";
import { categories, topics } from "./schema.ts";

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
