import { sql } from "drizzle-orm";
import type { AppContext } from "../../platform/context.ts";
import type { ScheduledJob, SqlExecutor } from "../../platform/jobs/jobs.ts";
import { SEARCH_SCOPE } from "./page-scopes.ts";

/**
 * The topics' search documents (community_topic_search, read by search.ts). What a topic is
 * about (its title, question, accepted answer, category) is written as it changes: opening,
 * edits, withdrawals and accepted answers rebuild the document in their own transaction. A
 * reply only leaves a row (community_topic_search_pending, in the reply's own statement),
 * and its words are folded in within the minute, with those of every other reply since.
 */

/** Rebuilds a topic's search document (after it opens, or after an edit, a deletion, an accepted answer). */
export async function refreshTopicSearch(db: SqlExecutor, topicId: number): Promise<void> {
  await db.execute(sql`select community_refresh_topic_search(${topicId})`);
}

/** The same for several topics, in one statement (an erasure touches many). */
export async function refreshTopicSearches(db: SqlExecutor, topicIds: readonly number[]): Promise<void> {
  if (topicIds.length === 0) return;
  await db.execute(
    sql`select community_refresh_topic_search(id::bigint)
          from jsonb_array_elements_text(${JSON.stringify(topicIds)}::jsonb) as topic(id)`,
  );
}

/**
 * How many replies one statement folds. Their topics' documents stay locked until it commits
 * (an edit, or a reply answering a question, waits for them): about a millisecond per topic.
 */
const FOLD_BATCH = 100;

/**
 * Folds the replies written since the last fold into their topics' documents, and returns how
 * many replies it folded. One statement per batch: the rows it takes were committed with their
 * replies, so the posts it reads are there; a reply still being written is not seen, and the
 * next fold takes it. Only the new replies' words are read (a withdrawn one adds none), and
 * added to the document's; a rebuild would read every post of the topic. The document's last
 * activity comes along.
 */
export async function foldReplyWords(ctx: AppContext): Promise<number> {
  let folded = 0;
  for (;;) {
    const { rows } = await ctx.db.execute<{ replies: number }>(sql`
      with taken as (
        delete from community_topic_search_pending
         where post_id in (select post_id from community_topic_search_pending
                            order by post_id limit ${FOLD_BATCH} for update skip locked)
        returning post_id, topic_id),
      said as (
        select taken.topic_id, max(p.created_at) as last_posted_at,
               coalesce(array_to_tsvector(array_agg(distinct word) filter (where word is not null)), ''::tsvector)
                 as words
          from taken
          join community_posts p on p.id = taken.post_id and p.deleted_at is null
          left join lateral unnest(tsvector_to_array(p.search_vector)) as word on true
         group by taken.topic_id),
      folded as (
        update community_topic_search s
           set replies = strip(s.replies || said.words),
               last_posted_at = greatest(s.last_posted_at, said.last_posted_at)
          from said
         where s.topic_id = said.topic_id)
      select count(*)::int as replies from taken`);
    const replies = rows[0]?.replies ?? 0;
    folded += replies;
    if (replies < FOLD_BATCH) break;
  }
  // Searches kept with the documents as they were run again.
  if (folded > 0) await ctx.pagesChanged([SEARCH_SCOPE]);
  return folded;
}

/** Every minute, once per cluster: a word said in a reply finds its topic a minute later at most. */
export function replyWordsFolding(ctx: AppContext): ScheduledJob {
  return { name: "community-search-replies", cron: "* * * * *", run: () => foldReplyWords(ctx) };
}
