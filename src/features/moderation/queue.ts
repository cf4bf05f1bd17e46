import { and, asc, count, eq, inArray, ne, sql } from "drizzle-orm";
import { may } from "../../platform/auth/access.ts";
import type { Actor } from "../../platform/auth/actor.ts";
import type { AppContext } from "../../platform/context.ts";
import { forbidden } from "../../platform/http/errors.ts";
import { accountStandings, publicProfiles } from "../accounts/index.ts";
import type { PublicProfile } from "../accounts/model.ts";
import { findPosts, memberStats, topicTitles } from "../community/index.ts";
import type { PostForEdit } from "../community/model.ts";
import { type Appeal, canDecideAppeal } from "./appeals.ts";
import type { Decision } from "./decisions.ts";
import type { HeldPost } from "./held-posts.ts";
import { moderate } from "./policy.ts";
import type { Report } from "./reports.ts";
import { appeals, decisions, heldPosts, reports } from "./schema.ts";

/**
 * The one moderation queue: submissions held automatically, posts reported by people or by
 * the automatic checks, and appeals — oldest first, each with its context and its author's history.
 */
export interface AuthorHistory {
  topics: number;
  answers: number;
  memberSince: Date | null;
  /** Earlier decisions against them (automatic holds not counted). */
  decisions: number;
  silencedUntil: Date | null;
  suspendedUntil: Date | null;
}

export interface HeldItem {
  held: HeldPost;
  author: PublicProfile | null;
  history: AuthorHistory;
  topic: { id: number; slug: string; title: string } | null;
}

export interface ReportedItem {
  post: PostForEdit;
  author: PublicProfile | null;
  history: AuthorHistory | null;
  reports: Report[];
}

export interface AppealItem {
  appeal: Appeal;
  decision: Decision;
  author: PublicProfile | null;
  /** False when this moderator took the decision appealed against. */
  mayDecide: boolean;
}

export interface Queue {
  held: HeldItem[];
  reported: ReportedItem[];
  appeals: AppealItem[];
}

const QUEUE_SIZE = 100;

export async function authorHistories(ctx: AppContext, ids: number[]): Promise<Map<number, AuthorHistory>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const [activity, rows, counts] = await Promise.all([
    memberStats(ctx, unique),
    accountStandings(ctx.db, unique),
    ctx.db
      .select({ id: decisions.accountId, n: count() })
      .from(decisions)
      .where(and(inArray(decisions.accountId, unique), ne(decisions.action, "held")))
      .groupBy(decisions.accountId),
  ]);
  const accountOf = new Map(rows.map((row) => [row.id, row]));
  const decisionsOf = new Map(counts.map((row) => [row.id, row.n]));
  const now = ctx.clock.now();
  const current = (until: Date | null) => (until && until > now ? until : null);
  return new Map(
    unique.map((id) => {
      const account = accountOf.get(id);
      return [
        id,
        {
          ...(activity.get(id) ?? { topics: 0, answers: 0 }),
          memberSince: account?.createdAt ?? null,
          decisions: decisionsOf.get(id) ?? 0,
          silencedUntil: current(account?.silencedUntil ?? null),
          suspendedUntil: current(account?.suspendedUntil ?? null),
        },
      ];
    }),
  );
}

export async function heldItems(ctx: AppContext, where = eq(heldPosts.status, "held")): Promise<HeldItem[]> {
  const rows = await ctx.db
    .select()
    .from(heldPosts)
    .where(where)
    .orderBy(asc(heldPosts.createdAt))
    .limit(QUEUE_SIZE);
  const topicIds = rows.map((row) => row.topicId).filter((id): id is number => id !== null);
  const [authors, histories, topicRows] = await Promise.all([
    publicProfiles(
      ctx,
      rows.map((row) => row.authorId),
    ),
    authorHistories(
      ctx,
      rows.map((row) => row.authorId),
    ),
    topicIds.length === 0 ? Promise.resolve([]) : topicTitles(ctx.db, topicIds),
  ]);
  const topicOf = new Map(topicRows.map((row) => [row.id, row]));
  return rows.map((held) => ({
    held,
    author: authors.get(held.authorId) ?? null,
    history: histories.get(held.authorId)!,
    topic: held.topicId === null ? null : (topicOf.get(held.topicId) ?? null),
  }));
}

export async function reportedItems(ctx: AppContext, postIds?: number[]): Promise<ReportedItem[]> {
  const open = await ctx.db
    .select()
    .from(reports)
    .where(and(eq(reports.status, "open"), postIds ? inArray(reports.postId, postIds) : undefined))
    .orderBy(asc(reports.createdAt))
    .limit(QUEUE_SIZE * 2);
  const byPost = new Map<number, Report[]>();
  for (const report of open) byPost.set(report.postId, [...(byPost.get(report.postId) ?? []), report]);
  const found = new Map((await findPosts(ctx, [...byPost.keys()])).map((post) => [post.id, post]));
  // In the order the first report arrived, as before.
  const posts = [...byPost.keys()].flatMap((postId) => {
    const post = found.get(postId);
    return post ? [post] : [];
  });
  const authorIds = posts.map((post) => post.authorId).filter((id): id is number => id !== null);
  const [authors, histories] = await Promise.all([
    publicProfiles(ctx, authorIds),
    authorHistories(ctx, authorIds),
  ]);
  return posts.map((post) => ({
    post,
    author: (post.authorId && authors.get(post.authorId)) || null,
    history: (post.authorId && histories.get(post.authorId)) || null,
    reports: byPost.get(post.id) ?? [],
  }));
}

export async function appealItems(
  ctx: AppContext,
  moderator: Actor,
  appealId?: number,
): Promise<AppealItem[]> {
  const rows = await ctx.db
    .select({ appeal: appeals, decision: decisions })
    .from(appeals)
    .innerJoin(decisions, eq(decisions.id, appeals.decisionId))
    .where(and(eq(appeals.status, "open"), appealId ? eq(appeals.id, appealId) : undefined))
    .orderBy(asc(appeals.createdAt))
    .limit(QUEUE_SIZE);
  const authors = await publicProfiles(
    ctx,
    rows.map((row) => row.decision.accountId),
  );
  return rows.map(({ appeal, decision }) => ({
    appeal,
    decision,
    author: authors.get(decision.accountId) ?? null,
    mayDecide: canDecideAppeal(moderator, decision),
  }));
}

/** What waits in the queue, for the staff home: three counts in one query. */
export async function queueCounts(
  ctx: AppContext,
  moderator: Actor,
): Promise<{ held: number; reported: number; appeals: number }> {
  if (!may(moderator, moderate)) throw forbidden();
  const result = await ctx.db.execute<{ held: number; reported: number; appeals: number }>(sql`
    select
      (select count(*) from ${heldPosts} where ${heldPosts.status} = 'held')::int as held,
      (select count(distinct ${reports.postId}) from ${reports} where ${reports.status} = 'open')::int as reported,
      (select count(*) from ${appeals} where ${appeals.status} = 'open')::int as appeals`);
  const row = result.rows[0]!;
  return { held: row.held, reported: row.reported, appeals: row.appeals };
}

export async function moderationQueue(ctx: AppContext, moderator: Actor): Promise<Queue> {
  if (!may(moderator, moderate)) throw forbidden();
  const [held, reported, appealList] = await Promise.all([
    heldItems(ctx),
    reportedItems(ctx),
    appealItems(ctx, moderator),
  ]);
  return { held, reported, appeals: appealList };
}
