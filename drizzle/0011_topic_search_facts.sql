-- The search rows are derived data: rebuilt below with the topic facts searches filter on.
TRUNCATE "community_topic_search";--> statement-breakpoint
ALTER TABLE "community_topic_search" ADD COLUMN "category_id" bigint NOT NULL;--> statement-breakpoint
ALTER TABLE "community_topic_search" ADD COLUMN "author_id" bigint;--> statement-breakpoint
ALTER TABLE "community_topic_search" ADD COLUMN "unanswered" boolean NOT NULL;--> statement-breakpoint
ALTER TABLE "community_topic_search" ADD COLUMN "solved" boolean NOT NULL;--> statement-breakpoint
ALTER TABLE "community_topic_search" ADD COLUMN "last_posted_at" timestamp with time zone NOT NULL;--> statement-breakpoint
CREATE INDEX "community_topic_search_recent_idx" ON "community_topic_search" USING btree ("last_posted_at" DESC NULLS LAST);--> statement-breakpoint
-- A withdrawn topic leaves the search; a live one gets its documents and facts.
CREATE OR REPLACE FUNCTION community_refresh_topic_search(p_topic bigint) RETURNS void LANGUAGE sql AS $$
  delete from community_topic_search s
   using community_topics t
   where s.topic_id = p_topic and t.id = p_topic and t.deleted_at is not null;
  insert into community_topic_search
         (topic_id, essentials, replies, category_id, author_id, unanswered, solved, last_posted_at)
  select t.id, community_topic_essentials(t.id), community_topic_replies(t.id), t.category_id, t.author_id,
         t.kind = 'question' and t.reply_count = 0, t.accepted_post_id is not null, t.last_posted_at
    from community_topics t
   where t.id = p_topic and t.deleted_at is null
  on conflict (topic_id) do update
     set essentials = excluded.essentials, replies = excluded.replies, category_id = excluded.category_id,
         author_id = excluded.author_id, unanswered = excluded.unanswered, solved = excluded.solved,
         last_posted_at = excluded.last_posted_at
$$;--> statement-breakpoint
SELECT community_refresh_topic_search(id) FROM community_topics WHERE deleted_at IS NULL;
