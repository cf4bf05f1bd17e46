import { and, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Actor } from "../../platform/auth/actor.ts";
import type { AppContext } from "../../platform/context.ts";
import { forbidden, notFound } from "../../platform/http/errors.ts";
import { topicChanged } from "./page-changes.ts";
import { can } from "./policy.ts";
import { bookmarks, posts, reactions, topics } from "./schema.ts";

async function postToReactTo(ctx: AppContext, postId: number) {
  const [row] = await ctx.db
    .select({ id: posts.id, authorId: posts.authorId, deletedAt: posts.deletedAt, topicId: posts.topicId })
    .from(posts)
    .innerJoin(topics, eq(topics.id, posts.topicId))
    .where(and(eq(posts.id, postId), isNull(topics.deletedAt)));
  return row;
}

/**
 * Marks a post useful, or takes the mark back. The count on the post moves in the same
 * transaction, and the author's reputation with it (reputation.ts reads the counts).
 */
export async function toggleHelpful(
  ctx: AppContext,
  actor: Actor,
  postId: number,
): Promise<{ helpful: boolean; count: number; topicId: number }> {
  const post = await postToReactTo(ctx, postId);
  if (!post) throw notFound();
  if (
    !can(actor, {
      action: "mark_helpful",
      post: { authorId: post.authorId, deleted: post.deletedAt !== null },
    })
  )
    throw forbidden();
  const outcome = await ctx.db.transaction(async (tx) => {
    const removed = await tx
      .delete(reactions)
      .where(and(eq(reactions.postId, postId), eq(reactions.accountId, actor.id)))
      .returning({ postId: reactions.postId });
    if (removed.length === 0) await tx.insert(reactions).values({ postId, accountId: actor.id });
    const [updated] = await tx
      .update(posts)
      .set({ helpfulCount: sql`${posts.helpfulCount} + ${removed.length === 0 ? 1 : -1}` })
      .where(eq(posts.id, postId))
      .returning({ count: posts.helpfulCount });
    await tx
      .update(topics)
      .set({ helpfulTotal: sql`${topics.helpfulTotal} + ${removed.length === 0 ? 1 : -1}` })
      .where(eq(topics.id, post.topicId));
    return { helpful: removed.length === 0, count: updated!.count, topicId: post.topicId };
  });
  // The count shows on the topic's page and orders the "top" listings.
  await topicChanged(ctx, { id: post.topicId });
  return outcome;
}

/** Keeps a post to read again, or lets it go. Bookmarks are private: no public page changes. */
export async function toggleBookmark(
  ctx: AppContext,
  actor: Actor,
  postId: number,
): Promise<{ bookmarked: boolean; topicId: number }> {
  const post = await postToReactTo(ctx, postId);
  if (!post || post.deletedAt) throw notFound();
  const removed = await ctx.db
    .delete(bookmarks)
    .where(and(eq(bookmarks.postId, postId), eq(bookmarks.accountId, actor.id)))
    .returning({ postId: bookmarks.postId });
  if (removed.length === 0) await ctx.db.insert(bookmarks).values({ postId, accountId: actor.id });
  return { bookmarked: removed.length === 0, topicId: post.topicId };
}

/** Which of these posts the member marked useful and which they bookmarked, to show on the page. */
export async function viewerMarks(
  ctx: AppContext,
  accountId: number,
  postIds: number[],
): Promise<{ helpful: Set<number>; bookmarked: Set<number> }> {
  if (postIds.length === 0) return { helpful: new Set(), bookmarked: new Set() };
  const [helpful, bookmarked] = await Promise.all([
    ctx.db
      .select({ postId: reactions.postId })
      .from(reactions)
      .where(and(eq(reactions.accountId, accountId), inArray(reactions.postId, postIds))),
    ctx.db
      .select({ postId: bookmarks.postId })
      .from(bookmarks)
      .where(and(eq(bookmarks.accountId, accountId), inArray(bookmarks.postId, postIds))),
  ]);
  return {
    helpful: new Set(helpful.map((r) => r.postId)),
    bookmarked: new Set(bookmarked.map((r) => r.postId)),
  };
}

export interface BookmarkView {
  postId: number;
  position: number;
  topic: { id: number; slug: string; title: string };
  excerpt: string;
  bookmarkedAt: Date;
}

export async function listBookmarks(ctx: AppContext, accountId: number): Promise<BookmarkView[]> {
  const rows = await ctx.db
    .select({
      postId: posts.id,
      position: posts.position,
      body: posts.bodyMarkdown,
      topicId: topics.id,
      slug: topics.slug,
      title: topics.title,
      bookmarkedAt: bookmarks.createdAt,
    })
    .from(bookmarks)
    .innerJoin(posts, eq(posts.id, bookmarks.postId))
    .innerJoin(topics, eq(topics.id, posts.topicId))
    .where(and(eq(bookmarks.accountId, accountId), isNull(posts.deletedAt), isNull(topics.deletedAt)))
    .orderBy(desc(bookmarks.createdAt))
    .limit(200);
  return rows.map((r) => ({
    postId: r.postId,
    position: r.position,
    topic: { id: r.topicId, slug: r.slug, title: r.title },
    excerpt: r.body,
    bookmarkedAt: r.bookmarkedAt,
  }));
}
