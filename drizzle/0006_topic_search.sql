CREATE TABLE "community_topic_search" (
	"topic_id" bigint PRIMARY KEY NOT NULL,
	"essentials" "tsvector" NOT NULL,
	"replies" "tsvector" NOT NULL
);
--> statement-breakpoint
DROP INDEX "community_posts_search_idx";--> statement-breakpoint
DROP INDEX "community_topics_search_idx";--> statement-breakpoint
ALTER TABLE "community_topic_search" ADD CONSTRAINT "community_topic_search_topic_id_community_topics_id_fk" FOREIGN KEY ("topic_id") REFERENCES "public"."community_topics"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "community_topic_search_essentials_idx" ON "community_topic_search" USING gin ("essentials");--> statement-breakpoint
CREATE INDEX "community_topic_search_replies_idx" ON "community_topic_search" USING gin ("replies");--> statement-breakpoint
ALTER TABLE "community_topics" DROP COLUMN "search_vector";--> statement-breakpoint
-- What a topic is about, ranked: title (A), question and accepted answer (B), category name (C).
CREATE FUNCTION community_topic_essentials(p_topic bigint) RETURNS tsvector LANGUAGE sql STABLE AS $$
  select setweight(to_tsvector('confiance_fr', t.title) || to_tsvector('confiance_en', t.title)
                   || to_tsvector('confiance_simple', t.title), 'A')
      || setweight(coalesce((select o.search_vector from community_posts o
                              where o.topic_id = t.id and o.position = 1 and o.deleted_at is null), ''), 'B')
      || setweight(coalesce((select a.search_vector from community_posts a
                              where a.id = t.accepted_post_id and a.deleted_at is null), ''), 'B')
      || setweight(to_tsvector('confiance_fr', c.name) || to_tsvector('confiance_simple', c.name), 'C')
    from community_topics t
    join community_categories c on c.id = t.category_id
   where t.id = p_topic
$$;
--> statement-breakpoint
-- Every word of the other live posts, once, without positions: bounded by the vocabulary, not
-- by the length of the thread.
CREATE FUNCTION community_topic_replies(p_topic bigint) RETURNS tsvector LANGUAGE sql STABLE AS $$
  select coalesce(array_to_tsvector(array_agg(distinct word)), ''::tsvector)
    from community_posts p, unnest(tsvector_to_array(p.search_vector)) as word
   where p.topic_id = p_topic and p.position > 1 and p.deleted_at is null
$$;
--> statement-breakpoint
CREATE FUNCTION community_refresh_topic_search(p_topic bigint) RETURNS void LANGUAGE sql AS $$
  insert into community_topic_search (topic_id, essentials, replies)
  values (p_topic, community_topic_essentials(p_topic), community_topic_replies(p_topic))
  on conflict (topic_id) do update set essentials = excluded.essentials, replies = excluded.replies
$$;
--> statement-breakpoint
SELECT community_refresh_topic_search(id) FROM community_topics;
