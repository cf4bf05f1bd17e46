-- A follower is e-mailed one reply per topic until they open it again: the subscription says when a
-- reply e-mail last went. Unread notifications are found by member and topic (opening a page reads
-- those it shows). Existing subscriptions start unmarked, so no reply e-mail waits on an old one.
DROP INDEX "community_notifications_unread_idx";--> statement-breakpoint
ALTER TABLE "community_topic_subscriptions" ADD COLUMN "replies_mailed_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "community_notifications_unread_idx" ON "community_notifications" USING btree ("account_id","topic_id") WHERE read_at is null;