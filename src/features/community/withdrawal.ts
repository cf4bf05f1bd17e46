import { and, eq, inArray, isNull, ne, or, sql } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import { slugify } from "../../text/slug.ts";
import { postRevisions, posts, topics } from "./schema.ts";
import { refreshTopicSearch } from "./search.ts";

type Executor = Pick<Db, "select" | "update" | "delete" | "execute">;

/** What a purged post keeps in place of its words. */
export const PURGED = "—";

/**
 * Removes a person's public words at their request, as part of erasure (art. 17): their posts
 * are withdrawn and purged with their earlier versions. A topic they opened disappears when
 * nobody else wrote in it; otherwise it stays for the others' replies, under a neutral title,
 * its first post empty. Returns how many posts were withdrawn. Runs in the erasure's transaction,
 * before the link to the person is cut.
 */
export async function withdrawContentOf(
  db: Executor,
  accountId: number,
  neutralTitle: string,
  now = new Date(),
): Promise<number> {
  const mine = await db
    .select({ id: posts.id, topicId: posts.topicId, position: posts.position })
    .from(posts)
    .where(and(eq(posts.authorId, accountId), isNull(posts.deletedAt)));
  if (mine.length === 0) return 0;
  const ids = mine.map((post) => post.id);
  await db
    .update(posts)
    .set({ deletedAt: now, bodyMarkdown: PURGED, bodyHtml: "" })
    .where(inArray(posts.id, ids));
  await db.delete(postRevisions).where(inArray(postRevisions.postId, ids));
  await db.update(topics).set({ acceptedPostId: null }).where(inArray(topics.acceptedPostId, ids));
  const opened = [...new Set(mine.filter((post) => post.position === 1).map((post) => post.topicId))];
  for (const topicId of opened) {
    const [others] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(posts)
      .where(
        and(
          eq(posts.topicId, topicId),
          isNull(posts.deletedAt),
          or(isNull(posts.authorId), ne(posts.authorId, accountId)),
        ),
      );
    if ((others?.n ?? 0) === 0) await db.update(topics).set({ deletedAt: now }).where(eq(topics.id, topicId));
    else
      await db
        .update(topics)
        .set({ title: neutralTitle, slug: slugify(neutralTitle) })
        .where(eq(topics.id, topicId));
  }
  for (const topicId of new Set(mine.map((post) => post.topicId))) await refreshTopicSearch(db, topicId);
  return ids.length;
}
