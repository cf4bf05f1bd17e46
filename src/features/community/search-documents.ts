import { sql } from "drizzle-orm";
import { runCommand } from "../../platform/commands.ts";
import type { AppContext } from "../../platform/context.ts";
import type { ScheduledJob, SqlExecutor } from "../../platform/jobs/jobs.ts";
import { SEARCH_SCOPE } from "./page-scopes.ts";

/**
 * The topics' search documents (community_topic_search, read by search.ts). What a topic is
 * about (its title, question, accepted answer, category) is written as it changes: opening,
 * edits, withdrawals and accepted answers rebuild the document in their own transaction. A
 * reply only leaves a row (community_topic_search_pending, in the reply's own statement),
 * and its words are folded in about a minute later, with those of every other reply since.
 */

/** Rebuilds a topic's search document (after it opens, or after an edit, a deletion, an accepted answer). */
export async function refreshTopicSearch(db: SqlExecutor, topicId: number): Promise<void> {
  await db.execute(sql`select community_refresh_topic_search(${topicId})`);
}

/**
 * The same for several topics, in one statement (an erasure touches many), in the order of their
 * numbers: two rebuilds of the same topics lock their documents in the same order.
 */
export async function refreshTopicSearches(db: SqlExecutor, topicIds: readonly number[]): Promise<void> {
  if (topicIds.length === 0) return;
  await db.execute(
    sql`select community_refresh_topic_search(id)
          from unnest(${sql.param(topicIds)}::bigint[]) as topic(id)
         order by id`,
  );
}

/**
 * How many replies one fold's transaction takes. Their topics' documents stay locked until it
 * commits (an edit, or a reply answering a question, waits for them): about a millisecond per topic.
 */
const FOLD_BATCH = 100;

/**
 * Folds the replies written since the last fold into their topics' documents, and returns how
 * many replies it folded. Each batch is one transaction of two statements:
 *
 * 1. It takes the waiting rows and locks their topics' documents, skipping any document another
 *    transaction holds (an edit, a withdrawal or an erasure rebuilding it): those replies wait
 *    for the next fold. A fold never waits, so it cannot be part of a deadlock.
 * 2. Then, in a snapshot taken once those documents are its own, it reads only the new replies'
 *    words (a withdrawn one adds none) and adds them to each document, with its last activity.
 *
 * Whoever changes a post's words or withdraws it rebuilds the document in the same transaction,
 * after the change, and a rebuild locks the document before it reads the posts
 * (community_refresh_topic_search). So a rebuild committed before the fold's lock is seen by the
 * second statement, one not yet begun rebuilds after the fold with every post as it is then, and
 * a word withdrawn or erased is never put back. A reply still being written is not seen, and the
 * next fold takes it.
 */
export async function foldReplyWords(ctx: AppContext): Promise<number> {
  let folded = 0;
  for (;;) {
    const replies = await runCommand(ctx, async (ctx) => {
      const { rows: taken } = await ctx.db.execute<{ post_id: string }>(sql`
        select q.post_id
          from community_topic_search_pending q
          join community_topic_search s on s.topic_id = q.topic_id
         order by q.post_id
         limit ${FOLD_BATCH}
           for update of q skip locked
           for no key update of s skip locked`);
      if (taken.length === 0) return 0;
      await ctx.db.execute(sql`
        with taken as (
          delete from community_topic_search_pending
           where post_id = any(${sql.param(taken.map((row) => row.post_id))}::bigint[])
          returning post_id, topic_id),
        said as (
          select taken.topic_id, max(p.created_at) as last_posted_at,
                 coalesce(array_to_tsvector(array_agg(distinct word) filter (where word is not null)), ''::tsvector)
                   as words
            from taken
            join community_posts p on p.id = taken.post_id and p.deleted_at is null
            left join lateral unnest(tsvector_to_array(p.search_vector)) as word on true
           group by taken.topic_id)
        update community_topic_search s
           set replies = strip(s.replies || said.words),
               last_posted_at = greatest(s.last_posted_at, said.last_posted_at)
          from said
         where s.topic_id = said.topic_id`);
      // Searches kept with the documents as they were run again.
      await ctx.pagesChanged([SEARCH_SCOPE]);
      return taken.length;
    });
    folded += replies;
    if (replies < FOLD_BATCH) break;
  }
  // A withdrawn topic has no document: its replies have nothing to add to. Once per fold, not
  // per batch: the question reads every document's number.
  await ctx.db.execute(sql`
    delete from community_topic_search_pending
     where post_id in (select post_id from community_topic_search_pending q
                        where not exists (select from community_topic_search s where s.topic_id = q.topic_id)
                          for update skip locked)`);
  return folded;
}

/** Every minute, once per cluster: a word said in a reply finds its topic about a minute later. */
export function replyWordsFolding(ctx: AppContext): ScheduledJob {
  return { name: "community-search-replies", cron: "* * * * *", run: () => foldReplyWords(ctx) };
}
