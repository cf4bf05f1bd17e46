import { and, eq, sql } from "drizzle-orm";
import type { Locale } from "../../../config.ts";
import { executeNamed } from "../../../db/prepared.ts";
import { isStaffRole } from "../../../platform/auth/roles.ts";
import { runCommand } from "../../../platform/commands.ts";
import type { AppContext } from "../../../platform/context.ts";
import { declareQueue } from "../../../platform/jobs/jobs.ts";
import type { PublicationWatcher, PublishedPost } from "../../community/model.ts";
import { COMMENTS_CATEGORY } from "../../newsroom/index.ts";
import { inboxChanged } from "../live.ts";
import { receive } from "../receive.ts";
import { conversations, messages } from "../schema.ts";
import { mentionsBank } from "./bank-mention.ts";

/**
 * What is said in public that needs the bank's answer: the community tells the inbox of every
 * post as it is published (community/model.ts, PublicationWatcher). In the publishing
 * transaction the inbox only decides, in one read, whether the post concerns it — a topic in a
 * category whose rule takes every topic, a newsroom comment, a post naming the bank, or a post
 * in a topic already followed — and queues a job with the post: the post and the job are written
 * together, and the inbox's work (which locks its conversation) never waits inside the member's
 * publishing, nor can it make the post fail.
 */
const RETRIES = { retryLimit: 5, retryDelay: 30, retryBackoff: true };
export const PUBLIC_POST_QUEUE = declareQueue("inbox-public-posts", RETRIES);

export type PublicSourceName = "community" | "newsroom_comment";

/** A newsroom article's comments are replies in a community topic of the newsroom's category. */
export const sourceOfCategory = (categorySlug: string): PublicSourceName =>
  categorySlug === COMMENTS_CATEGORY.slug ? "newsroom_comment" : "community";

export const topicThread = (topicId: number) => `topic:${topicId}`;
export const postExternalId = (postId: number) => `post:${postId}`;

export interface PublicPostJob {
  source: PublicSourceName;
  postId: number;
  topicId: number;
  topicTitle: string;
  categorySlug: string;
  author: { id: number; displayName: string; locale: Locale | null; staff: boolean };
  body: string;
  path: string;
  at: string;
  teamSlug: string | null;
}

type ThreadFacts = {
  conversation_id: number | null;
  mode: "every_topic" | "unanswered_after" | "off" | null;
  team_slug: string | null;
};

export const publicPostsWatcher: PublicationWatcher = {
  async published(ctx: AppContext, post: PublishedPost): Promise<void> {
    const source = sourceOfCategory(post.categorySlug);
    const [facts] = (
      await executeNamed<ThreadFacts>(
        ctx.db,
        "inbox_public_post_facts",
        sql`
        select (select id from inbox_conversations
                where source = ${source} and thread_key = ${topicThread(post.topic.id)}) as conversation_id,
               rule.mode, team.slug as team_slug
        from (select 1) as one
        left join inbox_source_rules rule on rule.category_slug = ${post.categorySlug}
        left join inbox_teams team on team.id = rule.team_id`,
      )
    ).rows;
    const followed = facts?.conversation_id !== null && facts?.conversation_id !== undefined;
    const staff = isStaffRole(post.author.role);
    if (!needsTheBank(ctx, post, source, { followed, staff, mode: facts?.mode ?? null })) return;
    await ctx.jobs.sendWithin(ctx.db, PUBLIC_POST_QUEUE, {
      source,
      postId: post.id,
      topicId: post.topic.id,
      topicTitle: post.topic.title,
      categorySlug: post.categorySlug,
      author: {
        id: post.author.id,
        displayName: post.author.displayName,
        locale: post.author.locale,
        staff,
      },
      body: post.body,
      path: post.path,
      at: post.at.toISOString(),
      teamSlug: facts?.team_slug ?? null,
    } satisfies PublicPostJob);
  },
};

/**
 * The rules: a staff post matters only in a topic the inbox follows (the bank answered there
 * directly); a member's post when the topic is followed, when its category's rule takes every new
 * topic (a newsroom comment: every comment, unless its category's rule says otherwise), or when
 * it names the bank, whatever the rules.
 */
function needsTheBank(
  ctx: AppContext,
  post: PublishedPost,
  source: PublicSourceName,
  facts: { followed: boolean; staff: boolean; mode: ThreadFacts["mode"] },
): boolean {
  if (facts.staff) return facts.followed;
  if (facts.followed) return true;
  const mode = facts.mode ?? (source === "newsroom_comment" ? "every_topic" : "off");
  if (mode === "every_topic" && (post.position === 1 || source === "newsroom_comment")) return true;
  const said = post.position === 1 ? `${post.topic.title}\n${post.body}` : post.body;
  return mentionsBank(said, ctx.config.bankName);
}

/** The job: a member's post joins (or opens) the topic's conversation; a staff post is the bank's answer. */
export async function hearPublicPost(ctx: AppContext, job: PublicPostJob): Promise<void> {
  if (job.author.staff) return answeredInPublic(ctx, job);
  await receive(ctx, {
    source: job.source,
    threadKey: topicThread(job.topicId),
    subject: job.topicTitle,
    body: job.body,
    from: {
      accountId: job.author.id,
      name: job.author.displayName,
      ...(job.author.locale ? { locale: job.author.locale } : {}),
    },
    receivedAt: new Date(job.at),
    externalId: postExternalId(job.postId),
    sourceLink: job.path,
    categorySlug: job.categorySlug,
    ...(job.teamSlug ? { teamSlug: job.teamSlug } : {}),
  });
}

/**
 * A staff member answered in the topic itself, not through the inbox: the answer is recorded
 * as sent, so the first-response and next-response clocks stop as for an answer from the inbox.
 */
async function answeredInPublic(ctx: AppContext, job: PublicPostJob): Promise<void> {
  await runCommand(ctx, async (ctx) => {
    const [conversation] = await ctx.db
      .select()
      .from(conversations)
      .where(and(eq(conversations.source, job.source), eq(conversations.threadKey, topicThread(job.topicId))))
      .for("update");
    if (!conversation) return;
    const at = new Date(job.at);
    const [message] = await ctx.db
      .insert(messages)
      .values({
        conversationId: conversation.id,
        direction: "outgoing",
        authorId: job.author.id,
        body: job.body,
        public: true,
        delivery: "sent",
        externalId: postExternalId(job.postId),
        createdAt: at,
        sentAt: at,
      })
      .onConflictDoNothing()
      .returning({ id: messages.id });
    if (!message) return;
    await ctx.db
      .update(conversations)
      .set({
        firstResponseAt: conversation.firstResponseAt ?? at,
        nextResponseDueAt: null,
        // Answered in the topic, as from the composer: it now waits on the client, clocks paused.
        ...(conversation.status === "open" ? { status: "waiting_on_client" as const, pausedAt: at } : {}),
        lastMessageAt: at > conversation.lastMessageAt ? at : conversation.lastMessageAt,
        unread: false,
        updatedAt: ctx.clock.now(),
      })
      .where(eq(conversations.id, conversation.id));
    await ctx.afterCommit((c) => inboxChanged(c, { conversationId: conversation.id, kind: "message" }));
  });
}

/** Works the queue (in `serve` unless told otherwise, and in `confiance worker`). */
export async function startPublicPostsWorker(ctx: AppContext): Promise<void> {
  await ctx.jobs.queue(PUBLIC_POST_QUEUE, RETRIES);
  await ctx.jobs.work<PublicPostJob>(PUBLIC_POST_QUEUE, (job) => hearPublicPost(ctx, job));
}
