import { and, eq, sql } from "drizzle-orm";
import { unionAll } from "drizzle-orm/pg-core";
import { prepared } from "../../db/prepared.ts";
import type { AppContext } from "../../platform/context.ts";
import {
  bookmarks,
  reactions,
  SUBSCRIPTION_LEVELS,
  type SubscriptionLevel,
  topicSubscriptions,
} from "./schema.ts";

export interface ReaderState {
  /** The posts on the page this member found useful, and those they keep as bookmarks. */
  helpful: Set<number>;
  bookmarked: Set<number>;
  /** Whether they follow or muted the topic. */
  subscription: SubscriptionLevel | null;
}

/**
 * What one signed-in member has done on a page of a topic, in one prepared query: the three marks
 * a member's page shows are read together instead of one after the other, and PostgreSQL plans
 * the statement once per connection (planning it on each page cost more than running it).
 */
export async function readerState(
  ctx: AppContext,
  accountId: number,
  topicId: number,
  postIds: readonly number[],
): Promise<ReaderState> {
  const account = sql.placeholder("accountId");
  const onPage = sql`any(${sql.placeholder("postIds")}::bigint[])`;
  const rows = await prepared(ctx.db, "reader_state", (name) =>
    unionAll(
      ctx.db
        .select({ kind: sql<string>`'helpful'`.as("kind"), id: reactions.postId })
        .from(reactions)
        .where(and(eq(reactions.accountId, account), sql`${reactions.postId} = ${onPage}`)),
      ctx.db
        .select({ kind: sql<string>`'bookmarked'`.as("kind"), id: bookmarks.postId })
        .from(bookmarks)
        .where(and(eq(bookmarks.accountId, account), sql`${bookmarks.postId} = ${onPage}`)),
      ctx.db
        .select({ kind: sql<string>`${topicSubscriptions.level}`.as("kind"), id: topicSubscriptions.topicId })
        .from(topicSubscriptions)
        .where(
          and(
            eq(topicSubscriptions.accountId, account),
            eq(topicSubscriptions.topicId, sql.placeholder("topicId")),
          ),
        ),
    ).prepare(name),
  ).execute({ accountId, topicId, postIds: [...postIds] });
  const state: ReaderState = { helpful: new Set(), bookmarked: new Set(), subscription: null };
  for (const row of rows) {
    if (row.kind === "helpful") state.helpful.add(Number(row.id));
    else if (row.kind === "bookmarked") state.bookmarked.add(Number(row.id));
    else state.subscription = SUBSCRIPTION_LEVELS.find((level) => level === row.kind) ?? null;
  }
  return state;
}
