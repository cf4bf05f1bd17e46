import { sql } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import { executeNamed } from "../../db/prepared.ts";
import type { Actor } from "../../platform/auth/actor.ts";
import { runCommand } from "../../platform/commands.ts";
import type { AppContext } from "../../platform/context.ts";
import { forbidden, notFound } from "../../platform/http/errors.ts";
import { i18nFor } from "../../platform/i18n/index.ts";
import { isOneOf } from "../../platform/one-of.ts";
import type { FieldErrors } from "../../platform/views/components.tsx";
import { linksIn, renderMarkdown } from "../../text/markdown.ts";
import { maskedForPublication } from "../../text/personal-data-masking.ts";
import { slugify } from "../../text/slug.ts";
import { findCategory } from "./categories.ts";
import { POSTS_PER_PAGE, type Screened, type Submission } from "./model.ts";
import { follow, notifyNewPost, type PostAudience } from "./notifications.ts";
import { topicChanged } from "./page-changes.ts";
import { postUrl } from "./paths.ts";
import { can } from "./policy.ts";
import { publicationScreen, unscreened } from "./publication-screen.ts";
import { tellWatchers } from "./publication-watch.ts";
import { bodyProblem, type Outcome, titleProblem } from "./rules.ts";
import { type NewPostAuthor, newPostAuthor, sandboxProblems } from "./sandbox.ts";
import { posts, TOPIC_KINDS, topics } from "./schema.ts";
import { refreshTopicSearch } from "./search-documents.ts";
import { recordStaffPost } from "./staff-posts.ts";
import { findTopic } from "./threads.ts";

/** A member's new post is published, refused with reasons, or held for a moderator (moderation/screening.ts). */
export type Submitted<T> = Outcome<T> | { ok: "held"; heldId: number };

/**
 * `publishedAt`: importing history (the demo seed): no sandbox, no screening, nobody notified.
 * `approved`: a moderator approved a held submission: it was screened already.
 */
export interface PublishOptions {
  publishedAt?: Date;
  approved?: boolean;
  /**
   * The caller keeps its own record of this post and is not told of it again (the inbox
   * publishing the bank's answer): publication watchers do not hear of it.
   */
  alreadyRecorded?: boolean;
}

/** A new post as written in its transaction: enough to tell moderation, the thread and the followers. */
interface Written {
  /** Who may be told of it besides those it mentions, when the write read them. */
  audience?: PostAudience;
  postId: number;
  topicId: number;
  topicSlug: string;
  topicTitle: string;
  categoryId: number;
  categorySlug: string;
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
  draft: {
    title?: string;
    body: string;
    /** Read for the sandbox before (undefined when importing or approved): the screening's counts. */
    author: NewPostAuthor | undefined;
    held: (body: string, title: string | undefined) => Submission;
  },
  write: (tx: Db, body: string, at: Date, title: string | undefined) => Promise<T>,
): Promise<Submitted<T>> {
  const importing = options.publishedAt !== undefined;
  const at = options.publishedAt ?? ctx.clock.now();
  const text = { ...(draft.title === undefined ? {} : { title: draft.title }), body: draft.body };
  const screening: Screened = importing
    ? unscreened(draft.body)
    : await publicationScreen().screenNew(ctx, actor, text, {
        approved: options.approved === true,
        ...(draft.author ? { author: draft.author.record } : {}),
      });
  if (screening.verdict === "refuse") return { ok: false, errors: screening.errors };
  // Watched words may have replaced some of the title's words as well as the body's.
  const title = screening.title ?? draft.title;
  if (screening.verdict === "hold")
    return { ok: "held", heldId: await screening.hold(ctx, draft.held(screening.body, title)) };
  const body = screening.body;
  // One command: the post, what moderation notes of it, those who watch publications (the inbox)
  // and the notifications of the people concerned are written together, or none is. Their
  // e-mails are a job, sent once this commits.
  const created = await runCommand(ctx, async (ctx) => {
    // The command's transaction itself: a savepoint around the write would change nothing (any
    // failure ends the whole command) and cost two more statements on every post.
    const written = await write(ctx.db, body, at, title);
    if (importing) {
      await topicChanged(ctx, { id: written.topicId, categoryId: written.categoryId });
      return written;
    }
    await screening.published(ctx, written.postId);
    if (!options.alreadyRecorded)
      await tellWatchers(ctx, {
        id: written.postId,
        topic: { id: written.topicId, slug: written.topicSlug, title: written.topicTitle },
        categorySlug: written.categorySlug,
        position: written.position,
        author: actor,
        body,
        path: postUrl({ id: written.topicId, slug: written.topicSlug }, written.position, POSTS_PER_PAGE),
        at,
      });
    await notifyNewPost(
      ctx,
      {
        id: written.postId,
        topicId: written.topicId,
        authorId: actor.id,
        mentioned: linksIn(body).mentions,
        replyToPostId: written.replyTo,
      },
      written.audience,
    );
    // A reply appears in the thread of those reading it, told with the kept pages' change.
    const live =
      written.position > 1
        ? { key: `topic:${written.topicId}`, data: { postId: written.postId, position: written.position } }
        : undefined;
    await topicChanged(ctx, { id: written.topicId, categoryId: written.categoryId }, live);
    return written;
  });
  return { ok: true, value: created };
}

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
  const author =
    !errors.body && !importing && !options.approved ? await newPostAuthor(ctx, actor) : undefined;
  if (author) Object.assign(errors, await sandboxProblems(ctx, actor, input.body, author));
  if (Object.keys(errors).length > 0 || !category || !kind) return { ok: false, errors };
  const outcome = await publishNew(
    ctx,
    actor,
    options,
    {
      title,
      body: maskedForPublication(i18nFor(ctx.config.defaultLocale), input.body, {
        publicNumbers: ctx.config.bankPhoneNumbers,
      }),
      author,
      held: (body, screenedTitle) => ({
        kind: "topic",
        categorySlug: category.slug,
        topicKind: kind,
        title: screenedTitle ?? title,
        body,
      }),
    },
    async (tx, body, at, screenedTitle) => {
      const shownTitle = screenedTitle ?? title;
      const [topic] = await tx
        .insert(topics)
        .values({
          categoryId: category.id,
          authorId: actor.id,
          kind,
          title: shownTitle,
          slug: slugify(shownTitle),
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
        { id: post!.id, topic: topic!, position: 1, body: `${shownTitle}\n\n${body}`, at },
        "published",
      );
      return {
        // A topic just opened has no follower but its author, and quotes nobody.
        audience: { following: [], muted: new Set<number>(), quotedAuthorId: null },
        topic: topic!,
        postId: post!.id,
        topicId: topic!.id,
        topicSlug: topic!.slug,
        topicTitle: shownTitle,
        categoryId: category.id,
        categorySlug: category.slug,
        position: 1,
        replyTo: null,
      };
    },
  );
  if (outcome.ok !== true) return outcome;
  return { ok: true, value: { ...outcome.value.topic, postId: outcome.value.postId } };
}

/**
 * A reply written in one statement: the topic counted unless it was withdrawn (which takes its
 * row lock, so two replies at once get one position each, and a withdrawal in progress is waited
 * for), the post inserted at the next position, its topic marked for its words to be added to the
 * search document (search-documents.ts), and its author following the topic; and it reads who
 * may be told of it (the topic's followers, those who muted it, the author of the post it
 * quotes). Six statements before; on this path each statement's round trip cost more than its
 * work.
 *
 * The statement reads with the snapshot it started with, while its count of the topic waits for
 * the row: a reply written meanwhile (whose author now follows the topic) is counted but its
 * author is not among the followers read. When the count moved by more than this reply, the
 * audience is left to be read again after the write (notifyNewPost), as it always was.
 */
async function writeReply(
  db: Db,
  reply: { topicId: number; authorId: number; replyToPostId: number | null; body: string; at: Date },
): Promise<{ id: number; position: number; replyTo: number | null; audience: PostAudience | undefined }> {
  const { topicId, authorId, body, at } = reply;
  // Ids come as PostgreSQL's bigint, in text (a cast to int would fail past 2^31 posts).
  const { rows } = await executeNamed<{
    id: string;
    position: number;
    reply_to: string | null;
    quoted_author: string | null;
    following: string[];
    muted: string[];
    replies_seen: number;
  }>(
    db,
    "community_write_reply",
    sql`
    with counted as (
      update community_topics set reply_count = reply_count + 1, last_posted_at = ${at}::timestamptz
       where id = ${topicId} and deleted_at is null returning reply_count),
    post as (
      insert into community_posts (topic_id, author_id, position, reply_to_post_id, body_markdown, body_html, created_at)
      select ${topicId}, ${authorId}, counted.reply_count + 1,
             (select id from community_posts where id = ${reply.replyToPostId}::bigint and topic_id = ${topicId}),
             ${body}, ${renderMarkdown(body)}, ${at}::timestamptz
        from counted
      returning id, position, reply_to_post_id),
    answered as (
      update community_topic_search s set unanswered = false
        from post
       where s.topic_id = ${topicId} and s.unanswered),
    -- Its words reach the search document about a minute later (search-documents.ts).
    pending as (
      insert into community_topic_search_pending (post_id, topic_id) select post.id, ${topicId} from post),
    followed as (
      insert into community_topic_subscriptions (account_id, topic_id, level)
      values (${authorId}, ${topicId}, 'following')
      -- Writing here is being back: the topic's next reply is e-mailed again (mails.ts).
      on conflict (account_id, topic_id) do update set replies_mailed_at = null
       where community_topic_subscriptions.replies_mailed_at is not null)
    select id, position, reply_to_post_id as reply_to,
           (select author_id from community_posts where id = post.reply_to_post_id) as quoted_author,
           array(select account_id from community_topic_subscriptions
                  where topic_id = ${topicId} and level = 'following') as following,
           array(select account_id from community_topic_subscriptions
                  where topic_id = ${topicId} and level = 'muted') as muted,
           (select reply_count from community_topics where id = ${topicId}) as replies_seen
      from post`,
  );
  const written = rows[0];
  // The topic was withdrawn since it was read (the count waited for its row, then found it deleted).
  if (!written) throw notFound();
  return {
    id: Number(written.id),
    position: written.position,
    replyTo: written.reply_to === null ? null : Number(written.reply_to),
    // Position 1 is the opening post: without another reply meanwhile, this one comes right
    // after the replies the snapshot saw.
    audience:
      written.position === written.replies_seen + 2
        ? {
            following: written.following.map(Number),
            muted: new Set(written.muted.map(Number)),
            quotedAuthorId: written.quoted_author === null ? null : Number(written.quoted_author),
          }
        : undefined,
  };
}

/** Adds a reply at the end of the topic; the topic row is locked so positions never collide. */
export async function reply(
  ctx: AppContext,
  actor: Actor,
  topicId: number,
  input: { body: string; replyToPostId?: number | undefined },
  options: PublishOptions = {},
): Promise<
  Submitted<{ postId: number; position: number; replyTo: number | null; topic: { id: number; slug: string } }>
> {
  const found = await findTopic(ctx, topicId);
  if (!found) throw notFound();
  if (actor.silenced) return { ok: false, errors: { body: "moderation.silenced" } };
  if (!can(actor, { action: "reply", topic: found.topic })) throw forbidden();
  const importing = options.publishedAt !== undefined;
  const errors = bodyProblem(input.body);
  const author =
    Object.keys(errors).length === 0 && !importing && !options.approved
      ? await newPostAuthor(ctx, actor)
      : undefined;
  if (author) Object.assign(errors, await sandboxProblems(ctx, actor, input.body, author));
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const outcome = await publishNew(
    ctx,
    actor,
    options,
    {
      body: maskedForPublication(i18nFor(ctx.config.defaultLocale), input.body, {
        publicNumbers: ctx.config.bankPhoneNumbers,
      }),
      author,
      held: (body) => ({ kind: "reply", topicId, replyToPostId: input.replyToPostId ?? null, body }),
    },
    async (tx, body, at) => {
      const {
        id: postId,
        position,
        replyTo,
        audience,
      } = await writeReply(tx, {
        topicId,
        authorId: actor.id,
        replyToPostId: input.replyToPostId ?? null,
        body,
        at,
      });
      await recordStaffPost(
        ctx,
        tx,
        actor,
        { id: postId, topic: found.topic, position, body, at },
        "published",
      );
      return {
        postId,
        topicId,
        topicSlug: found.topic.slug,
        topicTitle: found.topic.title,
        categoryId: found.topic.categoryId,
        categorySlug: found.category.slug,
        position,
        replyTo,
        audience,
      };
    },
  );
  if (outcome.ok !== true) return outcome;
  const { postId, position, replyTo } = outcome.value;
  return { ok: true, value: { postId, position, replyTo, topic: { id: topicId, slug: found.topic.slug } } };
}
