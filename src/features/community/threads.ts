import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import { prepared } from "../../db/prepared.ts";
import type { AppContext } from "../../platform/context.ts";
import { KeptWithinCharacters } from "../../text/kept-within-characters.ts";
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
 * What a thread shows of a post, as SQL over the post `p` and its author's public profile `a`:
 * not the Markdown source (only whether it was purged) nor the search words, which are most of a
 * post's row, nor its HTML, read apart (bodiesOf). The posts of a page come as one JSON array
 * (readThread).
 */
const SHOWN_POST = {
  id: sql`p.id`,
  position: sql`p.position`,
  authorId: sql`p.author_id`,
  replyToPostId: sql`p.reply_to_post_id`,
  helpfulCount: sql`p.helpful_count`,
  createdAt: sql`p.created_at`,
  editedAt: sql`p.edited_at`,
  deletedAt: sql`p.deleted_at`,
  deletedBy: sql`p.deleted_by`,
  moderationNote: sql`p.moderation_note`,
  purged: sql`p.body_markdown = ${PURGED}`,
  authorName: sql`a.display_name`,
  authorRole: sql`a.role`,
  authorTeam: sql`a.team`,
};

/**
 * A digest of everything above and the post's HTML, post and author, made by PostgreSQL: what a
 * kept fragment's key holds instead of the post (views/topic-page.tsx), and a kept body's.
 * Written from the same list, so a column shown is a column in the digest; a change of any
 * (words, an edit, a useful mark, the author's name or role, an erasure) gives a new one.
 */
const SHOWN_VERSION = sql`md5(row(${sql.join([...Object.values(SHOWN_POST), sql`p.body_html`], sql`, `)})::text)`;

const SHOWN_COLUMNS = sql.join(
  [
    ...Object.entries(SHOWN_POST).map(([name, value]) => sql`${value} as ${sql.identifier(name)}`),
    sql`${SHOWN_VERSION} as version`,
  ],
  sql`, `,
);

/** A post as the JSON array of readThread holds it (dates are ISO text there). */
interface ShownPostJson {
  id: number;
  position: number;
  authorId: number | null;
  replyToPostId: number | null;
  helpfulCount: number;
  createdAt: string;
  editedAt: string | null;
  deletedAt: string | null;
  deletedBy: number | null;
  moderationNote: string | null;
  purged: boolean;
  authorName: string | null;
  authorRole: PublicProfile["role"] | null;
  authorTeam: string | null;
  version: string;
}

/**
 * Posts' HTML as this instance last read it, by post and version: the version is a digest of the
 * whole post, HTML included, so a kept body is the post's as long as its version stands (an
 * edit, an erasure, a new author name give another key, and the old one ages out). A page's
 * posts are mostly kept as rendered fragments already, which need no body: sending every body
 * again with each page was most of what PostgreSQL wrote for it and the app parsed.
 * Process-wide: equal keys hold equal bodies whatever the database.
 */
const keptBodies = new KeptWithinCharacters<string>(16 * 1024 * 1024, (html) => html.length);

/** The HTML of these posts by id: from the kept bodies, and for those not kept, in one statement. */
async function bodiesOf(ctx: AppContext, shown: ShownPostJson[]): Promise<Map<number, string>> {
  const key = (post: ShownPostJson) => `${post.id}:${post.version}`;
  const bodies = new Map<number, string>();
  const missing: ShownPostJson[] = [];
  for (const post of shown) {
    // A withdrawn post shows no body.
    const kept = post.deletedAt !== null ? "" : keptBodies.get(key(post));
    if (kept === undefined) missing.push(post);
    else bodies.set(post.id, kept);
  }
  if (missing.length === 0) return bodies;
  const read = await prepared(ctx.db, "community_post_bodies", (name) =>
    ctx.db
      .select({ id: posts.id, bodyHtml: posts.bodyHtml })
      .from(posts)
      .where(sql`${posts.id} = any(${sql.placeholder("ids")}::bigint[])`)
      .prepare(name),
  ).execute({ ids: missing.map((post) => post.id) });
  const html = new Map(read.map((row) => [row.id, row.bodyHtml]));
  for (const post of missing) {
    const body = html.get(post.id);
    if (body === undefined) continue;
    bodies.set(post.id, body);
    keptBodies.set(key(post), body);
  }
  return bodies;
}

/** The posts as a page shows them, straight from the statement's JSON and the bodies read. */
function present(
  rows: ShownPostJson[],
  bodies: Map<number, string>,
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
      bodyHtml: p.deletedAt ? "" : (bodies.get(p.id) ?? ""),
      version: p.version,
      createdAt: new Date(p.createdAt),
      editedAt: p.editedAt === null ? null : new Date(p.editedAt),
      deleted: p.deletedAt !== null,
      deletedByModeration: p.deletedAt !== null && p.deletedBy !== p.authorId,
      // Hidden, not purged: an appeal can bring it back, so the thread must not say "deleted".
      hiddenByModeration: p.deletedAt !== null && p.deletedBy !== p.authorId && !p.purged,
      moderationNote: p.moderationNote || null,
      authorId: p.authorId,
      author:
        p.authorId !== null && p.authorName !== null && p.authorRole !== null
          ? { id: p.authorId, displayName: p.authorName, role: p.authorRole, team: p.authorTeam }
          : null,
    };
  });
}

/** A topic as a page shows it: the topic, its category, the posts of one page and the accepted answer. */
export interface Thread {
  topic: Topic;
  category: Category;
  posts: PostView[];
  /** Shown right under the question on the first page; undefined when none, or withdrawn. */
  accepted: PostView | undefined;
}

/**
 * One page of a topic, in one statement: the topic, the posts of the page in order and the
 * accepted answer wherever it stands, with their authors, as one JSON array (the category comes
 * from the kept categories). Undefined when the topic does not stand. Every page of a thread
 * reads it: one round trip instead of four was most of what a page's database work cost, and
 * one array instead of a row per post is most of the work of reading the answer.
 */
export async function readThread(
  ctx: AppContext,
  topicId: number,
  page: number,
): Promise<Thread | undefined> {
  const first = (page - 1) * POSTS_PER_PAGE + 1;
  const onPage = sql`p.position between ${sql.placeholder("first")} and ${sql.placeholder("last")}`;
  const [row] = await prepared(ctx.db, "read_thread", (name) =>
    ctx.db
      .select({
        topic: topics,
        posts: sql<ShownPostJson[] | null>`(
          select json_agg(shown order by shown.position) from (
            select ${SHOWN_COLUMNS}
              from ${posts} p left join ${publicProfileView} a on a.id = p.author_id
             where p.topic_id = community_topics.id and ${onPage}
            union all
            select ${SHOWN_COLUMNS}
              from ${posts} p left join ${publicProfileView} a on a.id = p.author_id
             where p.id = community_topics.accepted_post_id and p.topic_id = community_topics.id
               and not (${onPage})
          ) shown)`,
      })
      .from(topics)
      .where(and(eq(topics.id, sql.placeholder("id")), isNull(topics.deletedAt)))
      .prepare(name),
  ).execute({ id: topicId, first, last: first + POSTS_PER_PAGE - 1 });
  if (!row) return undefined;
  const { topic } = row;
  const category = await findCategoryById(ctx, topic.categoryId);
  if (!category) return undefined;
  const bodies = await bodiesOf(ctx, row.posts ?? []);
  const shown = row.posts ?? [];
  const onThisPage = shown.filter((p) => p.position >= first && p.position < first + POSTS_PER_PAGE);
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
    posts: present(onThisPage, bodies, positions),
    accepted:
      acceptedRow && acceptedRow.deletedAt === null
        ? present([acceptedRow], bodies, positions)[0]
        : undefined,
  };
}

/**
 * What a thread costs to keep (kept-reads.ts): its posts' HTML, and 400 characters for each
 * post's other fields and for the topic.
 */
export function threadCharacters(thread: Thread): number {
  const posts = thread.accepted ? [...thread.posts, thread.accepted] : thread.posts;
  return posts.reduce((characters, post) => characters + post.bodyHtml.length + 400, 400);
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
