import { and, asc, eq, inArray, isNull, sql } from "drizzle-orm";
import { prepared } from "../../db/prepared.ts";
import type { AppContext } from "../../platform/context.ts";
import { publicProfiles } from "../accounts/index.ts";
import type { PublicProfile } from "../accounts/model.ts";
import {
  type Category,
  POSTS_PER_PAGE,
  type PostForEdit,
  type PostView,
  PURGED,
  type Topic,
} from "./model.ts";
import { categories, posts, topics } from "./schema.ts";

/** A topic and its posts, read only: the topic, the posts of one of its pages, posts by id. */

export async function findTopic(
  ctx: AppContext,
  id: number,
): Promise<{ topic: Topic; category: Category } | undefined> {
  const [row] = await prepared(ctx.db, "find_topic", (name) =>
    ctx.db
      .select({ topic: topics, category: categories })
      .from(topics)
      .innerJoin(categories, eq(categories.id, topics.categoryId))
      .where(and(eq(topics.id, sql.placeholder("id")), isNull(topics.deletedAt)))
      .prepare(name),
  ).execute({ id });
  return row;
}

/**
 * The columns a thread shows: not the Markdown source (only whether it was purged) nor the
 * search words, which are most of a post's row.
 */
const SHOWN_POST = {
  id: posts.id,
  position: posts.position,
  authorId: posts.authorId,
  replyToPostId: posts.replyToPostId,
  helpfulCount: posts.helpfulCount,
  bodyHtml: posts.bodyHtml,
  createdAt: posts.createdAt,
  editedAt: posts.editedAt,
  deletedAt: posts.deletedAt,
  deletedBy: posts.deletedBy,
  moderationNote: posts.moderationNote,
  purged: sql<boolean>`${posts.bodyMarkdown} = ${PURGED}`,
  bodyVersion: sql<string>`md5(${posts.bodyHtml})`,
};
type ShownPost = {
  [K in keyof typeof SHOWN_POST]: K extends "purged"
    ? boolean
    : K extends "bodyVersion"
      ? string
      : (typeof posts.$inferSelect)[Exclude<K, "purged" | "bodyVersion">];
};

function present(
  rows: ShownPost[],
  authors: Map<number, PublicProfile>,
  positions: Map<number, number>,
): PostView[] {
  return rows.map((p) => {
    const replyToPosition = p.replyToPostId === null ? undefined : positions.get(p.replyToPostId);
    return {
      id: p.id,
      position: p.position,
      replyTo:
        replyToPosition === undefined
          ? null
          : { position: replyToPosition, page: Math.ceil(replyToPosition / POSTS_PER_PAGE) },
      helpfulCount: p.helpfulCount,
      bodyHtml: p.deletedAt ? "" : p.bodyHtml,
      bodyVersion: p.deletedAt ? "" : p.bodyVersion,
      createdAt: p.createdAt,
      editedAt: p.editedAt,
      deleted: p.deletedAt !== null,
      deletedByModeration: p.deletedAt !== null && p.deletedBy !== p.authorId,
      // Hidden, not purged: an appeal can bring it back, so the thread must not say "deleted".
      hiddenByModeration: p.deletedAt !== null && p.deletedBy !== p.authorId && !p.purged,
      moderationNote: p.moderationNote || null,
      authorId: p.authorId,
      author: (p.authorId && authors.get(p.authorId)) || null,
    };
  });
}

/**
 * The posts of one page of a topic, in order, and the accepted answer (shown right under the
 * question on every page).
 */
export async function topicPosts(
  ctx: AppContext,
  topic: Topic,
  page: number,
): Promise<{ posts: PostView[]; accepted: PostView | undefined }> {
  const first = (page - 1) * POSTS_PER_PAGE + 1;
  const rows = await prepared(ctx.db, "topic_posts", (name) =>
    ctx.db
      .select(SHOWN_POST)
      .from(posts)
      .where(
        and(
          eq(posts.topicId, sql.placeholder("topicId")),
          sql`${posts.position} between ${sql.placeholder("first")} and ${sql.placeholder("last")}`,
        ),
      )
      .orderBy(asc(posts.position))
      .prepare(name),
  ).execute({ topicId: topic.id, first, last: first + POSTS_PER_PAGE - 1 });
  const acceptedRow =
    topic.acceptedPostId === null
      ? undefined
      : (rows.find((p) => p.id === topic.acceptedPostId) ??
        (await ctx.db.select(SHOWN_POST).from(posts).where(eq(posts.id, topic.acceptedPostId)))[0]);
  const all = [...rows, ...(acceptedRow ? [acceptedRow] : [])];
  const positions = new Map(rows.map((p) => [p.id, p.position]));
  const elsewhere = all
    .map((p) => p.replyToPostId)
    .filter((id): id is number => id !== null && !positions.has(id));
  const [authors, others] = await Promise.all([
    publicProfiles(
      ctx,
      all.map((p) => p.authorId),
    ),
    elsewhere.length === 0
      ? Promise.resolve([])
      : ctx.db
          .select({ id: posts.id, position: posts.position })
          .from(posts)
          .where(inArray(posts.id, elsewhere)),
  ]);
  for (const other of others) positions.set(other.id, other.position);
  return {
    posts: present(rows, authors, positions),
    accepted:
      acceptedRow && !acceptedRow.deletedAt ? present([acceptedRow], authors, positions)[0] : undefined,
  };
}

export async function findPost(ctx: AppContext, postId: number): Promise<PostForEdit | undefined> {
  return (await findPosts(ctx, [postId]))[0];
}

/** Several posts at once, in one query (a moderation queue lists many): those whose topic stands. */
export async function findPosts(ctx: AppContext, postIds: readonly number[]): Promise<PostForEdit[]> {
  if (postIds.length === 0) return [];
  const rows = await ctx.db
    .select({ post: posts, topic: topics })
    .from(posts)
    .innerJoin(topics, eq(topics.id, posts.topicId))
    .where(and(inArray(posts.id, [...postIds]), isNull(topics.deletedAt)));
  return rows.map((row) => ({
    id: row.post.id,
    topic: row.topic,
    position: row.post.position,
    authorId: row.post.authorId,
    bodyMarkdown: row.post.bodyMarkdown,
    deleted: row.post.deletedAt !== null,
  }));
}
