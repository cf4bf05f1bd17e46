-- The unread notifications by member and topic: the header counts them, opening a topic reads its own,
-- and a reply's e-mail waits while the member has not read an earlier one of the same topic.
DROP INDEX "community_notifications_unread_idx";--> statement-breakpoint
CREATE INDEX "community_notifications_unread_idx" ON "community_notifications" USING btree ("account_id","topic_id") WHERE read_at is null;