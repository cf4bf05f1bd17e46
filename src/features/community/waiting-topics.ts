import { and, asc, desc, eq, gte, inArray, isNull, ne } from "drizzle-orm";
import { isStaffRole } from "../../platform/auth/roles.ts";
import type { AppContext } from "../../platform/context.ts";
import { publicProfiles } from "../accounts/index.ts";
import { POSTS_PER_PAGE, PURGED, type WaitingTopic } from "./model.ts";
import { postUrl } from "./paths.ts";
import { categories, posts, topics } from "./schema.ts";

/**
 * The topics of a category where a member wrote before `waitingSince` and no staff member has
 * posted since (the inbox's "unanswered after N hours" rule), among those active after
 * `activeAfter`, the most recently active first, at most `limit`.
 */
export async function topicsWaitingForStaff(
  ctx: AppContext,
  categorySlug: string,
  window: { waitingSince: Date; activeAfter: Date; limit: number },
): Promise<WaitingTopic[]> {
  const recent = await ctx.db
    .select({ id: topics.id, slug: topics.slug, title: topics.title })
    .from(topics)
    .innerJoin(categories, eq(categories.id, topics.categoryId))
    .where(
      and(
        eq(categories.slug, categorySlug),
        isNull(topics.deletedAt),
        gte(topics.lastPostedAt, window.activeAfter),
      ),
    )
    .orderBy(desc(topics.lastPostedAt), desc(topics.id))
    .limit(window.limit);
  if (recent.length === 0) return [];
  const rows = await ctx.db
    .select({
      id: posts.id,
      topicId: posts.topicId,
      position: posts.position,
      authorId: posts.authorId,
      body: posts.bodyMarkdown,
      at: posts.createdAt,
    })
    .from(posts)
    .where(
      and(
        inArray(
          posts.topicId,
          recent.map((t) => t.id),
        ),
        isNull(posts.deletedAt),
        ne(posts.bodyMarkdown, PURGED),
      ),
    )
    .orderBy(asc(posts.topicId), asc(posts.position));
  const authors = await publicProfiles(
    ctx,
    rows.map((p) => p.authorId),
  );
  const waiting: WaitingTopic[] = [];
  for (const topic of recent) {
    const thread = rows.filter((p) => p.topicId === topic.id);
    const firstFromMember = thread.findIndex((p) => {
      const author = p.authorId === null ? undefined : authors.get(p.authorId);
      return author !== undefined && !isStaffRole(author.role);
    });
    if (firstFromMember < 0 || thread[firstFromMember]!.at > window.waitingSince) continue;
    const since = thread.slice(firstFromMember);
    if (since.some((p) => p.authorId !== null && isStaffRole(authors.get(p.authorId)?.role ?? "member")))
      continue;
    waiting.push({
      topic,
      categorySlug,
      posts: since.flatMap((p) => {
        const author = p.authorId === null ? undefined : authors.get(p.authorId);
        return author
          ? [
              {
                id: p.id,
                position: p.position,
                author,
                body: p.body,
                path: postUrl(topic, p.position, POSTS_PER_PAGE),
                at: p.at,
              },
            ]
          : [];
      }),
    });
  }
  return waiting;
}
