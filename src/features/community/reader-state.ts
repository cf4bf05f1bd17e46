import { sql } from "drizzle-orm";
import type { AppContext } from "../../platform/context.ts";
import { SUBSCRIPTION_LEVELS, type SubscriptionLevel } from "./schema.ts";

export interface ReaderState {
  /** The posts on the page this member found useful, and those they keep as bookmarks. */
  helpful: Set<number>;
  bookmarked: Set<number>;
  /** Whether they follow or muted the topic. */
  subscription: SubscriptionLevel | null;
}

/**
 * What one signed-in member has done on a page of a topic, in one query: the three marks a
 * member's page shows are read together instead of one after the other.
 */
export async function readerState(
  ctx: AppContext,
  accountId: number,
  topicId: number,
  postIds: readonly number[],
): Promise<ReaderState> {
  const ids = `{${postIds.join(",")}}`;
  const { rows } = await ctx.db.execute<{ kind: string; id: string }>(sql`
    select 'helpful' as kind, post_id as id from community_reactions
     where account_id = ${accountId} and post_id = any(${ids}::bigint[])
    union all
    select 'bookmarked', post_id from community_bookmarks
     where account_id = ${accountId} and post_id = any(${ids}::bigint[])
    union all
    select level, topic_id from community_topic_subscriptions
     where account_id = ${accountId} and topic_id = ${topicId}`);
  const state: ReaderState = { helpful: new Set(), bookmarked: new Set(), subscription: null };
  for (const row of rows) {
    if (row.kind === "helpful") state.helpful.add(Number(row.id));
    else if (row.kind === "bookmarked") state.bookmarked.add(Number(row.id));
    else state.subscription = SUBSCRIPTION_LEVELS.find((level) => level === row.kind) ?? null;
  }
  return state;
}
