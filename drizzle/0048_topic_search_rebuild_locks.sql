-- A rebuild locks the topic's document before it reads the posts. The function is volatile, so
-- its next statement reads with a new snapshot: every fold committed before the lock is seen,
-- and a fold that comes after adds its replies to the rebuilt document. Before, a fold that
-- committed between the rebuild's read and its write lost the words it had just added.
CREATE OR REPLACE FUNCTION community_refresh_topic_search(p_topic bigint) RETURNS void LANGUAGE sql AS $$
  select from community_topic_search where topic_id = p_topic for no key update;
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
$$;
