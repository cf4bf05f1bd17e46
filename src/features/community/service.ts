import { and, asc, count, desc, eq, inArray, isNull, type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import { recordAudit } from "../../platform/audit/service.ts";
import type { Actor } from "../../platform/auth/actor.ts";
import { isStaffRole } from "../../platform/auth/roles.ts";
import { lockSubject, runCommand } from "../../platform/commands.ts";
import type { AppContext } from "../../platform/context.ts";
import { DomainError, forbidden, notFound } from "../../platform/http/errors.ts";
import { POSTING_WINDOW_MINUTES } from "../../platform/http/posting-limits.ts";
import { i18nFor } from "../../platform/i18n/index.ts";
import { isOneOf } from "../../platform/one-of.ts";
import type { FieldErrors } from "../../platform/views/components.tsx";
import { linksIn, renderMarkdown } from "../../text/markdown.ts";
import { maskedForPublication } from "../../text/personal-data-masking.ts";
import { slugify } from "../../text/slug.ts";
import { publicProfiles } from "../accounts/index.ts";
import type { PublicProfile } from "../accounts/model.ts";
import { archiveStaffPublication } from "../archive/index.ts";
import {
  BODY_MAX,
  type Category,
  type Listing,
  POSTS_PER_PAGE,
  type PostForEdit,
  type PostView,
  PURGED,
  type Screened,
  type Submission,
  TITLE_MAX,
  TITLE_MIN,
  TOP_LISTINGS,
  TOPICS_PER_PAGE,
  type Topic,
  type TopicSummary,
} from "./model.ts";
import { follow, notifyAccepted, notifyNewPost } from "./notifications.ts";
import { topicChanged } from "./page-changes.ts";
import { postUrl } from "./paths.ts";
import { can } from "./policy.ts";
import { publicationScreen } from "./publication-screen.ts";
import { LIMITS, recentPosts, reputationOf, sandboxProblem, trustLevel } from "./reputation.ts";
import { categories, postRevisions, posts, TOPIC_KINDS, topics } from "./schema.ts";
import { addReplyToSearch, refreshTopicSearch } from "./search.ts";

type Executor = Pick<Db, "execute" | "insert" | "select">;
type Transaction = Parameters<Parameters<Db["transaction"]>[0]>[0];
type Outcome<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };
/** A member's new post is published, refused with reasons, or held for a moderator (moderation/screening.ts). */
export type Submitted<T> = Outcome<T> | { ok: "held"; heldId: number };

/**
 * `publishedAt`: importing history (the demo seed): no sandbox, no screening, nobody notified.
 * `approved`: a moderator approved a held submission: it was screened already.
 */
export interface PublishOptions {
  publishedAt?: Date;
  approved?: boolean;
}

export function listCategories(ctx: AppContext): Promise<Category[]> {
  return ctx.db.select().from(categories).orderBy(asc(categories.position));
}

export async function findCategory(ctx: AppContext, slug: string): Promise<Category | undefined> {
  const [row] = await ctx.db.select().from(categories).where(eq(categories.slug, slug));
  return row;
}

export async function findCategoryById(ctx: AppContext, id: number): Promise<Category | undefined> {
  const [row] = await ctx.db.select().from(categories).where(eq(categories.id, id));
  return row;
}

const topSince = (period: string) => sql`${topics.createdAt} >= now() - ${period}::interval`;

const LISTING_FILTERS: Record<Listing, SQL | undefined> = {
  latest: undefined,
  unanswered: sql`${topics.kind} = 'question' and ${topics.replyCount} = 0`,
  solved: sql`${topics.acceptedPostId} is not null`,
  topWeek: topSince("7 days"),
  topMonth: topSince("1 month"),
  topYear: topSince("1 year"),
};

/** "Top" listings: topics opened in the period that others found most useful, then most discussed. */
const topOrder = [
  desc(sql`${topics.helpfulTotal} * 2 + ${topics.replyCount}`),
  desc(topics.lastPostedAt),
  desc(topics.id),
];
const latestOrder = [desc(topics.lastPostedAt), desc(topics.id)];

async function summaries(
  ctx: AppContext,
  rows: { topic: Topic; category: Category }[],
): Promise<TopicSummary[]> {
  const authors = await publicProfiles(
    ctx,
    rows.map((r) => r.topic.authorId),
  );
  return rows.map(({ topic, category }) => ({
    id: topic.id,
    slug: topic.slug,
    title: topic.title,
    kind: topic.kind,
    solved: topic.acceptedPostId !== null,
    replyCount: topic.replyCount,
    createdAt: topic.createdAt,
    lastPostedAt: topic.lastPostedAt,
    category: { slug: category.slug, name: category.name, colour: category.colour },
    author: (topic.authorId && authors.get(topic.authorId)) || null,
  }));
}

/** A page of topics, newest activity first, for the whole community or one category. */
export async function listTopics(
  ctx: AppContext,
  options: { categoryId?: number; listing: Listing; page: number },
): Promise<{ items: TopicSummary[]; total: number }> {
  const where = and(
    isNull(topics.deletedAt),
    options.categoryId ? eq(topics.categoryId, options.categoryId) : undefined,
    LISTING_FILTERS[options.listing],
  );
  const [rows, [totals]] = await Promise.all([
    ctx.db
      .select({ topic: topics, category: categories })
      .from(topics)
      .innerJoin(categories, eq(categories.id, topics.categoryId))
      .where(where)
      .orderBy(...(TOP_LISTINGS.includes(options.listing) ? topOrder : latestOrder))
      .limit(TOPICS_PER_PAGE)
      .offset((options.page - 1) * TOPICS_PER_PAGE),
    ctx.db.select({ n: count() }).from(topics).where(where),
  ]);
  return { items: await summaries(ctx, rows), total: totals?.n ?? 0 };
}

export async function findTopic(
  ctx: AppContext,
  id: number,
): Promise<{ topic: Topic; category: Category } | undefined> {
  const [row] = await ctx.db
    .select({ topic: topics, category: categories })
    .from(topics)
    .innerJoin(categories, eq(categories.id, topics.categoryId))
    .where(and(eq(topics.id, id), isNull(topics.deletedAt)));
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
type ShownPost = {
  [K in keyof typeof SHOWN_POST]: K extends "purged"
    ? boolean
    : (typeof posts.$inferSelect)[Exclude<K, "purged">];
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
  const rows = await ctx.db
    .select(SHOWN_POST)
    .from(posts)
    .where(
      and(
        eq(posts.topicId, topic.id),
        sql`${posts.position} between ${first} and ${first + POSTS_PER_PAGE - 1}`,
      ),
    )
    .orderBy(asc(posts.position));
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

function bodyProblem(body: string): FieldErrors {
  const length = body.trim().length;
  if (length === 0) return { body: "community.body.missing" };
  if (body.length > BODY_MAX) return { body: "community.body.tooLong" };
  return {};
}

function titleProblem(title: string): FieldErrors {
  const length = [...title].length;
  if (length === 0) return { title: "community.title.missing" };
  if (length < TITLE_MIN) return { title: "community.title.tooShort" };
  if (length > TITLE_MAX) return { title: "community.title.tooLong" };
  return {};
}

/**
 * The sandbox: a new member's post may hold only a few links and mentions, and they may post
 * only so many times a day, until others have found their posts useful (reputation.ts).
 */
async function sandboxProblems(
  ctx: AppContext,
  actor: Actor,
  body: string,
  options: { newPost: boolean },
): Promise<FieldErrors> {
  const { outside, mentions } = linksIn(body);
  const staff = isStaffRole(actor.role);
  const level = staff ? "staff" : trustLevel((await reputationOf(ctx, actor.id)).points, false);
  const recent = options.newPost
    ? await recentPosts(ctx, actor.id, POSTING_WINDOW_MINUTES)
    : { day: 0, window: 0 };
  // Everyone, staff included, has a ceiling per ten minutes (a stuck script, a stolen session).
  if (recent.window >= ctx.limits.posting) return { body: "community.rate.tooFast" };
  const problem = sandboxProblem(LIMITS[level], {
    links: outside,
    mentions: mentions.length,
    postsToday: staff ? 0 : recent.day,
  });
  return problem ? { body: problem } : {};
}

/**
 * What staff publish speaks for the bank: it goes to the audit log and, word for word, to the
 * archive of publications (ACPR 2016-R-01). Members' posts go to neither.
 */
async function recordStaffPost(
  ctx: AppContext,
  tx: Executor,
  actor: Actor,
  post: { id: number; topic: { id: number; slug: string }; position: number; body: string; at: Date },
  action: "published" | "edited" | "deleted",
) {
  if (!isStaffRole(actor.role)) return;
  await recordAudit(
    ctx.db,
    {
      actorId: actor.id,
      actorRole: actor.role,
      action: `community.post_${action}`,
      subjectType: "post",
      subjectId: post.id,
      details: { topicId: post.topic.id },
    },
    tx,
  );
  // In the publishing transaction: nothing the bank says is public without its archive entry.
  await archiveStaffPublication(
    ctx.db,
    actor,
    {
      action,
      placeType: "post",
      placeId: post.id,
      placePath: postUrl(post.topic, post.position, POSTS_PER_PAGE),
      body: post.body,
      at: post.at,
    },
    tx,
  );
}

/** A new post as written in its transaction: enough to tell moderation, the thread and the followers. */
interface Written {
  postId: number;
  topicId: number;
  position: number;
  replyTo: number | null;
}

/**
 * The one way a new post goes out: screened (not when importing history), refused with reasons
 * or held for a moderator, or written by `write` in one transaction; then moderation is told,
 * a reply appears in the thread of those reading it, and the people concerned are notified.
 */
async function publishNew<T extends Written>(
  ctx: AppContext,
  actor: Actor,
  options: PublishOptions,
  draft: { title?: string; body: string; held: (body: string) => Submission },
  write: (tx: Transaction, body: string, at: Date) => Promise<T>,
): Promise<Submitted<T>> {
  const importing = options.publishedAt !== undefined;
  const at = options.publishedAt ?? ctx.clock.now();
  const text = { ...(draft.title === undefined ? {} : { title: draft.title }), body: draft.body };
  const screening: Screened = importing
    ? unscreened(draft.body)
    : await publicationScreen().screenNew(ctx, actor, text, { approved: options.approved === true });
  if (screening.verdict === "refuse") return { ok: false, errors: screening.errors };
  if (screening.verdict === "hold")
    return { ok: "held", heldId: await screening.hold(ctx, draft.held(screening.body)) };
  const body = screening.body;
  const created = await ctx.db.transaction((tx) => write(tx, body, at));
  await topicChanged(ctx, created.topicId);
  if (!importing) {
    await screening.published(ctx, created.postId);
    if (created.position > 1)
      await ctx.afterCommit(() =>
        ctx.live.publish(`topic:${created.topicId}`, { postId: created.postId, position: created.position }),
      );
    await notifyNewPost(ctx, {
      id: created.postId,
      topicId: created.topicId,
      authorId: actor.id,
      mentioned: linksIn(body).mentions,
      replyToPostId: created.replyTo,
    });
  }
  return { ok: true, value: created };
}

/** Published as written: history being imported, a moderator's own change. */
const unscreened = (body: string) =>
  ({ verdict: "publish", body, published: async () => {} }) as const satisfies Screened;

export interface NewTopic {
  categorySlug: string;
  kind: string;
  title: string;
  body: string;
}

/** Opens a topic with its first post (see PublishOptions for imports and approvals). */
export async function startTopic(
  ctx: AppContext,
  actor: Actor,
  input: NewTopic,
  options: PublishOptions = {},
): Promise<Submitted<{ id: number; slug: string; postId: number }>> {
  const title = maskedForPublication(
    i18nFor(ctx.config.defaultLocale),
    input.title.normalize("NFC").replace(/\s+/g, " ").trim(),
  );
  const category = await findCategory(ctx, input.categorySlug);
  const errors: FieldErrors = { ...titleProblem(title), ...bodyProblem(input.body) };
  if (!category) errors.category = "community.category.missing";
  else if (actor.silenced) errors.body = "moderation.silenced";
  else if (!can(actor, { action: "start_topic", category })) errors.category = "community.category.staffOnly";
  const kind = isOneOf(TOPIC_KINDS, input.kind) ? input.kind : undefined;
  if (!kind) errors.kind = "community.kind.missing";
  const importing = options.publishedAt !== undefined;
  if (!errors.body && !importing && !options.approved)
    Object.assign(errors, await sandboxProblems(ctx, actor, input.body, { newPost: true }));
  if (Object.keys(errors).length > 0 || !category || !kind) return { ok: false, errors };
  const outcome = await publishNew(
    ctx,
    actor,
    options,
    {
      title,
      body: maskedForPublication(i18nFor(ctx.config.defaultLocale), input.body),
      held: (body) => ({ kind: "topic", categorySlug: category.slug, topicKind: kind, title, body }),
    },
    async (tx, body, at) => {
      const [topic] = await tx
        .insert(topics)
        .values({
          categoryId: category.id,
          authorId: actor.id,
          kind,
          title,
          slug: slugify(title),
          createdAt: at,
          lastPostedAt: at,
        })
        .returning({ id: topics.id, slug: topics.slug });
      const [post] = await tx
        .insert(posts)
        .values({
          topicId: topic!.id,
          authorId: actor.id,
          position: 1,
          bodyMarkdown: body,
          bodyHtml: renderMarkdown(body),
          createdAt: at,
        })
        .returning({ id: posts.id });
      await refreshTopicSearch(tx, topic!.id);
      await follow(tx, actor.id, topic!.id);
      await recordStaffPost(
        ctx,
        tx,
        actor,
        { id: post!.id, topic: topic!, position: 1, body: `${title}\n\n${body}`, at },
        "published",
      );
      return { topic: topic!, postId: post!.id, topicId: topic!.id, position: 1, replyTo: null };
    },
  );
  if (outcome.ok !== true) return outcome;
  return { ok: true, value: { ...outcome.value.topic, postId: outcome.value.postId } };
}

/** Adds a reply at the end of the topic; the topic row is locked so positions never collide. */
export async function reply(
  ctx: AppContext,
  actor: Actor,
  topicId: number,
  input: { body: string; replyToPostId?: number | undefined },
  options: PublishOptions = {},
): Promise<Submitted<{ postId: number; position: number; replyTo: number | null }>> {
  const found = await findTopic(ctx, topicId);
  if (!found) throw notFound();
  if (actor.silenced) return { ok: false, errors: { body: "moderation.silenced" } };
  if (!can(actor, { action: "reply", topic: found.topic })) throw forbidden();
  const importing = options.publishedAt !== undefined;
  const errors = bodyProblem(input.body);
  if (Object.keys(errors).length === 0 && !importing && !options.approved)
    Object.assign(errors, await sandboxProblems(ctx, actor, input.body, { newPost: true }));
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const outcome = await publishNew(
    ctx,
    actor,
    options,
    {
      body: maskedForPublication(i18nFor(ctx.config.defaultLocale), input.body),
      held: (body) => ({ kind: "reply", topicId, replyToPostId: input.replyToPostId ?? null, body }),
    },
    async (tx, body, at) => {
      const [locked] = await tx
        .select({ replyCount: topics.replyCount })
        .from(topics)
        .where(eq(topics.id, topicId))
        .for("update");
      const position = (locked?.replyCount ?? 0) + 2;
      let replyTo: number | null = null;
      if (input.replyToPostId) {
        const [target] = await tx
          .select({ id: posts.id })
          .from(posts)
          .where(and(eq(posts.id, input.replyToPostId), eq(posts.topicId, topicId)));
        replyTo = target?.id ?? null;
      }
      const [post] = await tx
        .insert(posts)
        .values({
          topicId,
          authorId: actor.id,
          position,
          replyToPostId: replyTo,
          bodyMarkdown: body,
          bodyHtml: renderMarkdown(body),
          createdAt: at,
        })
        .returning({ id: posts.id });
      await tx
        .update(topics)
        .set({ replyCount: sql`${topics.replyCount} + 1`, lastPostedAt: at })
        .where(eq(topics.id, topicId));
      await addReplyToSearch(tx, topicId, post!.id);
      await follow(tx, actor.id, topicId);
      await recordStaffPost(
        ctx,
        tx,
        actor,
        { id: post!.id, topic: found.topic, position, body, at },
        "published",
      );
      return { postId: post!.id, topicId, position, replyTo };
    },
  );
  if (outcome.ok !== true) return outcome;
  const { postId, position, replyTo } = outcome.value;
  return { ok: true, value: { postId, position, replyTo } };
}

/**
 * The asker or a staff member marks the answer that solved a question (`importing`: no
 * notification). One command: the acceptance is claimed (of two people accepting the same answer
 * at once, the second is told it is done already), and the notification and audit entry are
 * written with it.
 */
export async function acceptAnswer(
  ctx: AppContext,
  actor: Actor,
  topicId: number,
  postId: number,
  options: { importing?: boolean } = {},
): Promise<void> {
  const found = await findTopic(ctx, topicId);
  if (!found) throw notFound();
  if (!can(actor, { action: "accept_answer", topic: found.topic })) throw forbidden();
  await runCommand(ctx, async (ctx) => {
    const [post] = await ctx.db
      .select({ id: posts.id, position: posts.position, authorId: posts.authorId })
      .from(posts)
      .where(and(eq(posts.id, postId), eq(posts.topicId, topicId), isNull(posts.deletedAt)));
    if (!post) throw notFound();
    if (post.position === 1)
      throw new DomainError("question_is_not_an_answer", 409, "community.accept.opening");
    const [claimed] = await ctx.db
      .update(topics)
      .set({ acceptedPostId: post.id })
      .where(and(eq(topics.id, topicId), sql`${topics.acceptedPostId} is distinct from ${post.id}`))
      .returning({ id: topics.id });
    if (!claimed) throw new DomainError("already_accepted", 409, "community.accept.already");
    await refreshTopicSearch(ctx.db, topicId);
    await topicChanged(ctx, topicId);
    if (!options.importing)
      await notifyAccepted(ctx, { id: post.id, topicId, authorId: post.authorId }, actor.id);
    if (isStaffRole(actor.role)) {
      await recordAudit(ctx.db, {
        actorId: actor.id,
        actorRole: actor.role,
        action: "community.answer_accepted",
        subjectType: "post",
        subjectId: post.id,
        details: { topicId },
      });
    }
  });
}

/** Creates a category once (by slug); used by the demo seed and, later, by the admin console. */
export async function ensureCategory(
  ctx: AppContext,
  category: Pick<Category, "slug" | "name" | "description" | "colour" | "position" | "staffStartsTopics">,
): Promise<void> {
  await ctx.db.insert(categories).values(category).onConflictDoNothing({ target: categories.slug });
  await ctx.afterCommit(() => ctx.publicPages.changed());
}

export async function topicCount(ctx: AppContext): Promise<number> {
  const [row] = await ctx.db.select({ n: count() }).from(topics);
  return row?.n ?? 0;
}

export interface FeedEntry {
  summary: TopicSummary;
  openingHtml: string;
  openingText: string;
}

/** The newest topics with their opening post, for feeds. */
export async function newestTopics(
  ctx: AppContext,
  options: { categoryId?: number; limit: number },
): Promise<FeedEntry[]> {
  const rows = await ctx.db
    .select({ topic: topics, category: categories, opening: posts })
    .from(topics)
    .innerJoin(categories, eq(categories.id, topics.categoryId))
    .innerJoin(posts, and(eq(posts.topicId, topics.id), eq(posts.position, 1)))
    .where(
      and(
        isNull(topics.deletedAt),
        options.categoryId ? eq(topics.categoryId, options.categoryId) : undefined,
      ),
    )
    .orderBy(desc(topics.createdAt), desc(topics.id))
    .limit(options.limit);
  const list = await summaries(ctx, rows);
  return list.map((summary, i) => {
    const opening = rows[i]!.opening;
    return {
      summary,
      openingHtml: opening.deletedAt ? "" : opening.bodyHtml,
      openingText: opening.deletedAt ? "" : opening.bodyMarkdown,
    };
  });
}

/** Every live topic's address and last change, newest first, for the sitemap. */
export function sitemapTopics(ctx: AppContext, limit: number) {
  return ctx.db
    .select({ id: topics.id, slug: topics.slug, lastPostedAt: topics.lastPostedAt })
    .from(topics)
    .where(isNull(topics.deletedAt))
    .orderBy(desc(topics.lastPostedAt))
    .limit(limit);
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

/** Addresses and titles of these topics, for lists kept elsewhere (the moderation queue). */
export function topicTitles(db: Pick<Db, "select">, ids: readonly number[]) {
  return db
    .select({ id: topics.id, slug: topics.slug, title: topics.title })
    .from(topics)
    .where(inArray(topics.id, [...ids]));
}

/** How many replies each topic has, for lists that show it (news comments): one query for the list. */
export async function replyCounts(
  ctx: AppContext,
  topicIds: readonly number[],
): Promise<Map<number, number>> {
  if (topicIds.length === 0) return new Map();
  const rows = await ctx.db
    .select({ id: topics.id, replyCount: topics.replyCount })
    .from(topics)
    .where(and(inArray(topics.id, [...new Set(topicIds)]), isNull(topics.deletedAt)));
  return new Map(rows.map((row) => [row.id, row.replyCount]));
}

const postFacts = (post: PostForEdit) => ({
  id: post.id,
  authorId: post.authorId,
  position: post.position,
  deleted: post.deleted,
});

/**
 * Changes a post; the version it replaces goes to the public revision history. A moderator may
 * change someone else's post with a public note ("edited by moderation: …"). A member's edit is
 * screened like a new post: a blocked word refuses it, and what would have been held is
 * published but flagged for a moderator. `forgetEarlierVersions` (a moderator removing personal
 * data) keeps no version at all: the data may have been in every one of them, and the public
 * history must not show what the edit took away. The statement of reasons keeps the excerpt the
 * law asks for, which only the author and moderators can read.
 */
export async function editPost(
  ctx: AppContext,
  actor: Actor,
  postId: number,
  body: string,
  options: { moderationNote?: string; forgetEarlierVersions?: boolean } = {},
): Promise<Outcome<PostForEdit>> {
  const post = await findPost(ctx, postId);
  if (!post) throw notFound();
  const moderating = options.moderationNote !== undefined;
  const allowed = moderating
    ? can(actor, { action: "moderate_post", post: postFacts(post) })
    : can(actor, { action: "edit_post", post: postFacts(post) });
  if (!allowed) throw forbidden();
  const errors = bodyProblem(body);
  if (Object.keys(errors).length === 0 && !moderating)
    Object.assign(errors, await sandboxProblems(ctx, actor, body, { newPost: false }));
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const masked = maskedForPublication(i18nFor(ctx.config.defaultLocale), body);
  const screening = moderating
    ? unscreened(masked)
    : await publicationScreen().screenEdit(ctx, actor, { body: masked });
  if (screening.verdict === "refuse") return { ok: false, errors: screening.errors };
  const published = screening.body;
  if (published === post.bodyMarkdown && !moderating) return { ok: true, value: post };
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const [current] = await tx.select().from(posts).where(eq(posts.id, postId)).for("update");
    if (moderating && options.forgetEarlierVersions)
      await tx.delete(postRevisions).where(eq(postRevisions.postId, postId));
    else
      await tx.insert(postRevisions).values({
        postId,
        bodyMarkdown: current!.bodyMarkdown,
        bodyHtml: current!.bodyHtml,
        publishedAt: current!.editedAt ?? current!.createdAt,
        replacedAt: now,
        replacedBy: actor.id,
      });
    await tx
      .update(posts)
      .set({
        bodyMarkdown: published,
        bodyHtml: renderMarkdown(published),
        editedAt: now,
        ...(moderating ? { moderationNote: options.moderationNote } : {}),
      })
      .where(eq(posts.id, postId));
    await refreshTopicSearch(tx, post.topic.id);
    if (!moderating)
      await recordStaffPost(
        ctx,
        tx,
        actor,
        { id: postId, topic: post.topic, position: post.position, body: published, at: now },
        "edited",
      );
  });
  await topicChanged(ctx, post.topic.id);
  await screening.published(ctx, postId);
  return { ok: true, value: post };
}

/**
 * Withdraws a post, leaving a "message deleted" trace in the thread. Deleting the opening post
 * of a topic nobody answered withdraws the topic. `purge` (moderation, for unlawful content)
 * also erases its words and earlier versions, so it can never be shown again.
 */
export async function deletePost(
  ctx: AppContext,
  actor: Actor,
  postId: number,
  options: { purge?: boolean } = {},
): Promise<{ topicDeleted: boolean; topic: Topic }> {
  return runCommand(ctx, async (ctx) => {
    // An author and a moderator withdrawing at once: one after the other (the same lock as a
    // moderator's decision on the post), and the second is told it is gone already.
    await lockSubject(ctx, "community_post", postId);
    const post = await findPost(ctx, postId);
    if (!post) throw notFound();
    if (post.deleted) throw new DomainError("already_deleted", 409, "community.delete.already");
    if (!can(actor, { action: "delete_post", post: postFacts(post), topic: post.topic })) throw forbidden();
    if (options.purge && !can(actor, { action: "moderate_post", post: postFacts(post) })) throw forbidden();
    const now = ctx.clock.now();
    const topicDeleted = post.position === 1 && post.topic.replyCount === 0;
    const tx = ctx.db;
    await tx
      .update(posts)
      .set({
        deletedAt: now,
        deletedBy: actor.id,
        ...(options.purge ? { bodyMarkdown: PURGED, bodyHtml: "" } : {}),
      })
      .where(eq(posts.id, postId));
    if (options.purge) await tx.delete(postRevisions).where(eq(postRevisions.postId, postId));
    if (topicDeleted) await tx.update(topics).set({ deletedAt: now }).where(eq(topics.id, post.topic.id));
    if (post.topic.acceptedPostId === postId) {
      await tx.update(topics).set({ acceptedPostId: null }).where(eq(topics.id, post.topic.id));
    }
    await refreshTopicSearch(tx, post.topic.id);
    await recordStaffPost(
      ctx,
      tx,
      actor,
      { id: postId, topic: post.topic, position: post.position, body: post.bodyMarkdown, at: now },
      "deleted",
    );
    await topicChanged(ctx, post.topic.id);
    return { topicDeleted, topic: post.topic };
  });
}

/**
 * Puts back a post a moderator withdrew (an appeal reversed the decision), with its topic when
 * the withdrawal had taken the topic too. A purged post cannot come back.
 */
export async function restorePost(ctx: AppContext, postId: number): Promise<boolean> {
  const [row] = await ctx.db.select().from(posts).where(eq(posts.id, postId));
  if (!row?.deletedAt || row.bodyMarkdown === PURGED) return false;
  await ctx.db.transaction(async (tx) => {
    await tx.update(posts).set({ deletedAt: null, deletedBy: null }).where(eq(posts.id, postId));
    if (row.position === 1)
      await tx.update(topics).set({ deletedAt: null }).where(eq(topics.id, row.topicId));
    await refreshTopicSearch(tx, row.topicId);
  });
  await topicChanged(ctx, row.topicId);
  return true;
}

/** The text a post had before its latest change (to undo a moderator's edit), if any. */
export async function previousVersion(ctx: AppContext, postId: number): Promise<string | undefined> {
  const [row] = await ctx.db
    .select({ body: postRevisions.bodyMarkdown })
    .from(postRevisions)
    .where(eq(postRevisions.postId, postId))
    .orderBy(desc(postRevisions.replacedAt), desc(postRevisions.id))
    .limit(1);
  return row?.body;
}

export interface Revision {
  bodyHtml: string;
  publishedAt: Date;
  current: boolean;
}

/** Every version of a post, newest first: the one shown now, then what it replaced. */
export async function postHistory(
  ctx: AppContext,
  postId: number,
): Promise<{ post: PostForEdit; revisions: Revision[] } | undefined> {
  const post = await findPost(ctx, postId);
  if (!post || post.deleted) return undefined;
  const [current] = await ctx.db.select().from(posts).where(eq(posts.id, postId));
  const older = await ctx.db
    .select()
    .from(postRevisions)
    .where(eq(postRevisions.postId, postId))
    .orderBy(desc(postRevisions.replacedAt), desc(postRevisions.id));
  return {
    post,
    revisions: [
      { bodyHtml: current!.bodyHtml, publishedAt: current!.editedAt ?? current!.createdAt, current: true },
      ...older.map((r) => ({ bodyHtml: r.bodyHtml, publishedAt: r.publishedAt, current: false })),
    ],
  };
}

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
