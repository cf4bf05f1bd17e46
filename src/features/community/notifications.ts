import { and, count, desc, eq, inArray, isNotNull, isNull, sql } from "drizzle-orm";
import { executeNamed, prepared } from "../../db/prepared.ts";
import type { AppContext } from "../../platform/context.ts";
import { declareQueue } from "../../platform/jobs/jobs.ts";
import { isOneOf } from "../../platform/one-of.ts";
import { publicProfiles } from "../accounts/index.ts";
import { sendNotificationMails } from "./mails.ts";
import {
  EMAIL_CHOICES,
  type EmailChoice,
  NOTIFICATION_KINDS,
  type NotificationKind,
  notificationSettings,
  notifications,
  posts,
  type SubscriptionLevel,
  topicSubscriptions,
  topics,
} from "./schema.ts";

export const NOTIFICATIONS_PER_PAGE = 30;

type Executor = Pick<AppContext["db"], "insert" | "select" | "update" | "execute">;

/** Asking or replying follows the topic, unless the member muted it. */
export async function follow(db: Executor, accountId: number, topicId: number): Promise<void> {
  // Named: every reply runs it.
  await prepared(db, "community_follow", (name) =>
    db
      .insert(topicSubscriptions)
      .values({
        accountId: sql.placeholder("accountId"),
        topicId: sql.placeholder("topicId"),
        level: "following",
      })
      .onConflictDoNothing()
      .prepare(name),
  ).execute({ accountId, topicId });
}

/** Follow, mute, or go back to the default (told only of what concerns you directly). */
export async function setSubscription(
  ctx: AppContext,
  accountId: number,
  topicId: number,
  level: SubscriptionLevel | null,
): Promise<void> {
  if (level === null) {
    await ctx.db
      .delete(topicSubscriptions)
      .where(and(eq(topicSubscriptions.accountId, accountId), eq(topicSubscriptions.topicId, topicId)));
    return;
  }
  await ctx.db
    .insert(topicSubscriptions)
    .values({ accountId, topicId, level })
    .onConflictDoUpdate({
      target: [topicSubscriptions.accountId, topicSubscriptions.topicId],
      set: { level, updatedAt: ctx.clock.now() },
    });
}

async function subscribers(ctx: AppContext, topicId: number) {
  // Written as SQL: every post runs it in its own transaction, where a query builder's statement
  // would be built again each time (db/prepared.ts keeps them per handle).
  const { rows } = await executeNamed<{ account_id: string; level: SubscriptionLevel }>(
    ctx.db,
    "community_subscribers",
    sql`select account_id, level from community_topic_subscriptions where topic_id = ${topicId}`,
  );
  return {
    following: rows.filter((r) => r.level === "following").map((r) => Number(r.account_id)),
    muted: new Set(rows.filter((r) => r.level === "muted").map((r) => Number(r.account_id))),
  };
}

/**
 * Who hears of a new post, and why — one notification per person, the most personal reason
 * first: mentioned, then quoted, then following the topic. The author never hears of their
 * own post, and nobody hears of a topic they muted.
 */
export function recipientsOfPost(input: {
  authorId: number;
  mentioned: number[];
  quotedAuthorId: number | null;
  following: number[];
  muted: Set<number>;
}): Map<number, NotificationKind> {
  const told = new Map<number, NotificationKind>();
  const tell = (ids: Iterable<number>, kind: NotificationKind) => {
    for (const id of ids) {
      if (id === input.authorId || input.muted.has(id) || told.has(id)) continue;
      told.set(id, kind);
    }
  };
  tell(input.mentioned, "mention");
  tell(input.quotedAuthorId === null ? [] : [input.quotedAuthorId], "quote");
  tell(input.following, "reply");
  return told;
}

async function record(
  ctx: AppContext,
  entries: { accountId: number; kind: NotificationKind; topicId: number; postId: number; actorId: number }[],
): Promise<void> {
  if (entries.length === 0) return;
  // One text whatever the number of people told (a row each, from arrays), so each connection
  // prepares it once; written in the caller's transaction, where a builder's would be built anew.
  const { rows: created } = await executeNamed<{ id: string }>(
    ctx.db,
    "community_notify",
    sql`insert into community_notifications (account_id, kind, topic_id, post_id, actor_id)
        select * from unnest(${sql.param(entries.map((e) => e.accountId))}::bigint[],
                             ${sql.param(entries.map((e) => e.kind))}::text[],
                             ${sql.param(entries.map((e) => e.topicId))}::bigint[],
                             ${sql.param(entries.map((e) => e.postId))}::bigint[],
                             ${sql.param(entries.map((e) => e.actorId))}::bigint[])
        returning id`,
  );
  await countersChanged(
    ctx,
    entries.map((entry) => entry.accountId),
  );
  // Written by the worker, not by the request that published the post (one job, in the caller's
  // transaction when there is one): a reply answers without composing its followers' e-mails.
  await ctx.jobs.sendWithin(ctx.db, NOTIFICATION_MAIL_QUEUE, { ids: created.map((row) => Number(row.id)) });
}

/** The immediate e-mails of new notifications, composed and queued in the outbox by a worker. */
const NOTIFICATION_MAIL_RETRIES = { retryLimit: 3, retryDelay: 30, retryBackoff: true };
export const NOTIFICATION_MAIL_QUEUE = declareQueue(
  "community-notification-mails",
  NOTIFICATION_MAIL_RETRIES,
);

export interface NotificationMailJob {
  ids: number[];
}

/**
 * The jobs of many posts at once (one transaction for all their e-mails): each notification is
 * claimed before its e-mail is queued, so a retry sends none twice.
 */
export async function mailNotifications(ctx: AppContext, jobs: NotificationMailJob[]): Promise<void> {
  await sendNotificationMails(
    ctx,
    jobs.flatMap((job) => job.ids),
    "immediate",
  );
}

/** How many posts' notifications one transaction e-mails, when replies come faster than e-mails leave. */
const NOTIFICATION_MAIL_BATCH = 50;

/** The community's worker (in `serve` unless told otherwise, and in `confiance worker`). */
export async function startCommunityWorkers(ctx: AppContext): Promise<void> {
  await ctx.jobs.queue(NOTIFICATION_MAIL_QUEUE, NOTIFICATION_MAIL_RETRIES);
  await ctx.jobs.workTogether<NotificationMailJob>(
    NOTIFICATION_MAIL_QUEUE,
    (jobs) =>
      mailNotifications(
        ctx,
        jobs.map((job) => job.data),
      ),
    {
      batchSize: NOTIFICATION_MAIL_BATCH,
    },
  );
}

/** Tells followers, quoted and mentioned members of a new post (topic opening or reply). */
/**
 * Who may hear of a new post besides those it mentions: the topic's followers and those who muted
 * it, and the author of the post it quotes. The reply's own statement reads them (publishing.ts);
 * otherwise they are read here.
 */
export interface PostAudience {
  following: number[];
  muted: Set<number>;
  quotedAuthorId: number | null;
}

async function audienceOf(
  ctx: AppContext,
  topicId: number,
  replyToPostId: number | null,
): Promise<PostAudience> {
  const [{ following, muted }, quotedAuthorId] = await Promise.all([
    subscribers(ctx, topicId),
    replyToPostId === null
      ? Promise.resolve(null)
      : ctx.db
          .select({ authorId: posts.authorId })
          .from(posts)
          .where(eq(posts.id, replyToPostId))
          .then((rows) => rows[0]?.authorId ?? null),
  ]);
  return { following, muted, quotedAuthorId };
}

export async function notifyNewPost(
  ctx: AppContext,
  post: { id: number; topicId: number; authorId: number; mentioned: number[]; replyToPostId: number | null },
  audience?: PostAudience,
): Promise<void> {
  const [{ following, muted, quotedAuthorId }, existing] = await Promise.all([
    audience ?? audienceOf(ctx, post.topicId, post.replyToPostId),
    publicProfiles(ctx, post.mentioned),
  ]);
  const told = recipientsOfPost({
    authorId: post.authorId,
    mentioned: post.mentioned.filter((id) => existing.has(id)),
    quotedAuthorId,
    following,
    muted,
  });
  await record(
    ctx,
    [...told].map(([accountId, kind]) => ({
      accountId,
      kind,
      topicId: post.topicId,
      postId: post.id,
      actorId: post.authorId,
    })),
  );
}

export async function notifyAccepted(
  ctx: AppContext,
  answer: { id: number; topicId: number; authorId: number | null },
  acceptedBy: number,
): Promise<void> {
  if (answer.authorId === null || answer.authorId === acceptedBy) return;
  await record(ctx, [
    {
      accountId: answer.authorId,
      kind: "accepted",
      topicId: answer.topicId,
      postId: answer.id,
      actorId: acceptedBy,
    },
  ]);
}

/**
 * The header's counter, on every page a member opens: kept for a few seconds per instance, and
 * forgotten at once where this instance adds or reads a member's notifications.
 */
function unreadCounts(ctx: AppContext) {
  return ctx.memory.of<number, number>("community.unread", { ttlMs: 5_000, max: 20_000 });
}

export async function unreadCount(ctx: AppContext, accountId: number): Promise<number> {
  return unreadCounts(ctx).get(accountId, async () => {
    const [row] = await ctx.db
      .select({ n: count() })
      .from(notifications)
      .where(and(eq(notifications.accountId, accountId), isNull(notifications.readAt)));
    return row?.n ?? 0;
  });
}

/**
 * A member opened a page of a topic that had news for them (readerState says so): what they were
 * told of the posts on that page is read, and the topic's next reply will be e-mailed to them
 * again (mails.ts). One statement. Returns how many notifications it read.
 */
export async function readTopicNews(
  ctx: AppContext,
  accountId: number,
  topicId: number,
  shownPostIds: readonly number[],
): Promise<number> {
  const { rows } = await executeNamed<{ read: number }>(
    ctx.db,
    "community_read_topic_news",
    // The mark is cleared whatever its value as this statement began: a worker setting it now is
    // waited for, and its mark cleared too.
    sql`with unmarked as (
          update community_topic_subscriptions set replies_mailed_at = null
           where account_id = ${accountId} and topic_id = ${topicId})
        , read as (
          update community_notifications set read_at = ${ctx.clock.now()}
           where account_id = ${accountId} and topic_id = ${topicId} and read_at is null
             and post_id = any(${sql.param([...shownPostIds])}::bigint[])
          returning id)
        select count(*)::int as read from read`,
  );
  const read = rows[0]?.read ?? 0;
  if (read > 0) await countersChanged(ctx, [accountId]);
  return read;
}

/** After commit: these members' counters are read again on their next page. */
function countersChanged(ctx: AppContext, accountIds: readonly number[]): Promise<void> {
  return ctx.afterCommit(async (committed) => {
    for (const id of accountIds) unreadCounts(committed).forget(id);
  });
}

export interface NotificationView {
  id: number;
  kind: NotificationKind;
  topic: { id: number; slug: string; title: string };
  position: number;
  actorName: string | null;
  createdAt: Date;
  read: boolean;
}

/** A member's notifications, newest first, with what they point at. */
export async function listNotifications(
  ctx: AppContext,
  accountId: number,
  options: { page?: number; ids?: number[] } = {},
): Promise<NotificationView[]> {
  const rows = await ctx.db
    .select({
      id: notifications.id,
      kind: notifications.kind,
      actorId: notifications.actorId,
      createdAt: notifications.createdAt,
      readAt: notifications.readAt,
      topicId: topics.id,
      slug: topics.slug,
      title: topics.title,
      position: posts.position,
    })
    .from(notifications)
    .innerJoin(topics, eq(topics.id, notifications.topicId))
    .innerJoin(posts, eq(posts.id, notifications.postId))
    .where(
      and(
        eq(notifications.accountId, accountId),
        isNull(topics.deletedAt),
        isNull(posts.deletedAt),
        options.ids ? inArray(notifications.id, options.ids) : undefined,
      ),
    )
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(NOTIFICATIONS_PER_PAGE)
    .offset(((options.page ?? 1) - 1) * NOTIFICATIONS_PER_PAGE);
  const actors = await publicProfiles(
    ctx,
    rows.map((r) => r.actorId),
  );
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    topic: { id: r.topicId, slug: r.slug, title: r.title },
    position: r.position,
    actorName: (r.actorId && actors.get(r.actorId)?.displayName) || null,
    createdAt: r.createdAt,
    read: r.readAt !== null,
  }));
}

/** Marks one notification read and says where it points, or nothing if it is not this member's. */
export async function openNotification(
  ctx: AppContext,
  accountId: number,
  id: number,
): Promise<NotificationView | undefined> {
  const [found] = await listNotifications(ctx, accountId, { ids: [id] });
  if (!found) return undefined;
  await ctx.db
    .update(notifications)
    .set({ readAt: ctx.clock.now() })
    .where(and(eq(notifications.id, id), isNull(notifications.readAt)));
  await countersChanged(ctx, [accountId]);
  return found;
}

export async function markAllRead(ctx: AppContext, accountId: number): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(notifications)
      .set({ readAt: ctx.clock.now() })
      .where(and(eq(notifications.accountId, accountId), isNull(notifications.readAt)));
    await repliesMailedAgain(tx, accountId);
  });
  await countersChanged(ctx, [accountId]);
}

/** Every topic's next reply is e-mailed to this member again (mails.ts). */
async function repliesMailedAgain(db: Executor, accountId: number): Promise<void> {
  await db
    .update(topicSubscriptions)
    .set({ repliesMailedAt: null })
    .where(and(eq(topicSubscriptions.accountId, accountId), isNotNull(topicSubscriptions.repliesMailedAt)));
}

export type EmailSettings = Record<NotificationKind, EmailChoice>;

export async function emailSettings(ctx: AppContext, accountId: number): Promise<EmailSettings> {
  const rows = await ctx.db
    .select({ kind: notificationSettings.kind, email: notificationSettings.email })
    .from(notificationSettings)
    .where(eq(notificationSettings.accountId, accountId));
  const settings = Object.fromEntries(NOTIFICATION_KINDS.map((kind) => [kind, "immediate"])) as EmailSettings;
  for (const row of rows) settings[row.kind] = row.email;
  return settings;
}

export function isEmailChoice(value: string): value is EmailChoice {
  return isOneOf(EMAIL_CHOICES, value);
}

export async function setEmailChoice(
  ctx: AppContext,
  accountId: number,
  kind: NotificationKind,
  email: EmailChoice,
): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    await tx
      .insert(notificationSettings)
      .values({ accountId, kind, email })
      .onConflictDoUpdate({
        target: [notificationSettings.accountId, notificationSettings.kind],
        set: { email, updatedAt: ctx.clock.now() },
      });
    // A new choice for replies starts afresh: none waits on an e-mail sent under the old one.
    if (kind === "reply") await repliesMailedAgain(tx, accountId);
  });
}

/**
 * The daily digest: every notification of a kind the member asked to receive once a day, not
 * yet told by e-mail. Claiming them (emailed_at) and sending happen per member, so two app
 * instances running the digest at once never send one twice.
 */
export async function sendDailyDigests(ctx: AppContext): Promise<number> {
  const pending = await ctx.db.execute<{ id: number }>(sql`
    select n.id from community_notifications n
      join community_notification_settings s on s.account_id = n.account_id and s.kind = n.kind
     where n.emailed_at is null and n.read_at is null and s.email = 'daily'
       and n.created_at > now() - interval '7 days'`);
  return sendNotificationMails(
    ctx,
    pending.rows.map((r) => Number(r.id)),
    "daily",
  );
}
