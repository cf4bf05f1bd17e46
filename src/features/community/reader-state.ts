import { and, eq, isNull, sql } from "drizzle-orm";
import { unionAll } from "drizzle-orm/pg-core";
import { prepared } from "../../db/prepared.ts";
import type { AppContext } from "../../platform/context.ts";
import {
  bookmarks,
  notifications,
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
  /** The posts on the page they were told of and have not read. */
  news: number[];
  /** A reply e-mail told them of this topic since they last opened it (mails.ts). */
  repliesMailed: boolean;
}

/**
 * What one signed-in member has done on a page of a topic, and what is new there for them, in one
 * prepared query: the marks a member's page shows and their news are read together instead of one
 * after the other, and PostgreSQL plans the statement once per connection (planning it on each
 * page cost more than running it). Read fresh, not from the header's kept counter, so that opening
 * the topic reads its news whichever instance wrote them.
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
        // The level, and in place of an id whether a reply e-mail waits on their visit (1) or not (0).
        .select({
          kind: sql<string>`${topicSubscriptions.level}`.as("kind"),
          id: sql<number>`(${topicSubscriptions.repliesMailedAt} is not null)::int`.as("id"),
        })
        .from(topicSubscriptions)
        .where(
          and(
            eq(topicSubscriptions.accountId, account),
            eq(topicSubscriptions.topicId, sql.placeholder("topicId")),
          ),
        ),
      ctx.db
        .select({ kind: sql<string>`'news'`.as("kind"), id: notifications.postId })
        .from(notifications)
        .where(
          and(
            eq(notifications.accountId, account),
            eq(notifications.topicId, sql.placeholder("topicId")),
            isNull(notifications.readAt),
            sql`${notifications.postId} = ${onPage}`,
          ),
        ),
    ).prepare(name),
  ).execute({ accountId, topicId, postIds: [...postIds] });
  const state: ReaderState = {
    helpful: new Set(),
    bookmarked: new Set(),
    subscription: null,
    news: [],
    repliesMailed: false,
  };
  for (const row of rows) {
    if (row.kind === "helpful") state.helpful.add(Number(row.id));
    else if (row.kind === "bookmarked") state.bookmarked.add(Number(row.id));
    else if (row.kind === "news") state.news.push(Number(row.id));
    else {
      state.subscription = SUBSCRIPTION_LEVELS.find((level) => level === row.kind) ?? null;
      state.repliesMailed = Number(row.id) === 1;
    }
  }
  return state;
}
