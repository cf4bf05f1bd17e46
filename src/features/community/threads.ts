import { and, asc, eq, inArray, isNull, or, sql } from "drizzle-orm";
import { prepared } from "../../db/prepared.ts";
import type { AppContext } from "../../platform/context.ts";
import { publicProfileView } from "../accounts/index.ts";
import type { PublicProfile } from "../accounts/model.ts";
import { findCategoryById } from "./categories.ts";
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
};
const SHOWN_AUTHOR = {
  id: publicProfileView.id,
  displayName: publicProfileView.displayName,
  role: publicProfileView.role,
  team: publicProfileView.team,
};
/**
 * A digest of everything above, post and author, made by PostgreSQL: what a kept fragment's key
 * holds instead of the post (views/topic-page.tsx). Written from the same lists, so a column
 * shown is a column in the digest; a change of any (words, an edit, a useful mark, the author's
 * name or role, an erasure) gives a new one.
 */
const SHOWN_VERSION = sql<string>`md5(row(${sql.join(
  [...Object.values(SHOWN_POST), ...Object.values(SHOWN_AUTHOR)],
  sql`, `,
)})::text)`;

type ShownPost = {
  [K in keyof typeof SHOWN_POST]: K extends "purged"
    ? boolean
    : (typeof posts.$inferSelect)[Exclude<K, "purged">];
} & { version: string };

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
      version: p.version,
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

/** A topic as a page shows it: the topic, its category, the posts of one page and the accepted answer. */
export interface Thread {
  topic: Topic;
  category: Category;
  posts: PostView[];
  /** Shown right under the question on every page; undefined when none, or withdrawn. */
  accepted: PostView | undefined;
}

/**
 * One page of a topic, in one statement: the topic, the posts of the page in order, the accepted
 * answer wherever it stands, and their authors (the category comes from the kept categories).
 * Undefined when the topic does not stand. Every page of a thread reads it: one round trip
 * instead of four was most of what a page's database work cost.
 */
export async function readThread(
  ctx: AppContext,
  topicId: number,
  page: number,
): Promise<Thread | undefined> {
  const first = (page - 1) * POSTS_PER_PAGE + 1;
  const rows = await prepared(ctx.db, "read_thread", (name) =>
    ctx.db
      .select({ topic: topics, post: { ...SHOWN_POST, version: SHOWN_VERSION }, author: SHOWN_AUTHOR })
      .from(topics)
      .leftJoin(
        posts,
        and(
          eq(posts.topicId, topics.id),
          or(
            sql`${posts.position} between ${sql.placeholder("first")} and ${sql.placeholder("last")}`,
            eq(posts.id, topics.acceptedPostId),
          ),
        ),
      )
      .leftJoin(publicProfileView, eq(publicProfileView.id, posts.authorId))
      .where(and(eq(topics.id, sql.placeholder("id")), isNull(topics.deletedAt)))
      .orderBy(asc(posts.position))
      .prepare(name),
  ).execute({ id: topicId, first, last: first + POSTS_PER_PAGE - 1 });
  const topic = rows[0]?.topic;
  if (!topic) return undefined;
  const category = await findCategoryById(ctx, topic.categoryId);
  if (!category) return undefined;
  const shown: ShownPost[] = [];
  const authors = new Map<number, PublicProfile>();
  for (const row of rows) {
    // The topic's row alone when the page holds no post (a left join: every post field is null).
    if (row.post?.id == null) continue;
    shown.push(row.post);
    if (row.author) authors.set(row.author.id, row.author);
  }
  const onPage = shown.filter((p) => p.position >= first && p.position < first + POSTS_PER_PAGE);
  const acceptedRow = shown.find((p) => p.id === topic.acceptedPostId);
  const positions = new Map(shown.map((p) => [p.id, p.position]));
  const elsewhere = shown
    .map((p) => p.replyToPostId)
    .filter((id): id is number => id !== null && !positions.has(id));
  if (elsewhere.length > 0) {
    const others = await ctx.db
      .select({ id: posts.id, position: posts.position })
      .from(posts)
      .where(inArray(posts.id, elsewhere));
    for (const other of others) positions.set(other.id, other.position);
  }
  return {
    topic,
    category,
    posts: present(onPage, authors, positions),
    accepted:
      acceptedRow && !acceptedRow.deletedAt ? present([acceptedRow], authors, positions)[0] : undefined,
  };
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
  const thread = await readThread(ctx, topic.id, page);
  return { posts: thread?.posts ?? [], accepted: thread?.accepted };
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
