DROP INDEX "inbox_conversations_assignee_idx";--> statement-breakpoint
DROP INDEX "inbox_conversations_team_idx";--> statement-breakpoint
CREATE INDEX "inbox_conversations_assignee_idx" ON "inbox_conversations" USING btree ("assignee_id","status","last_message_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "inbox_conversations_team_idx" ON "inbox_conversations" USING btree ("team_id","status","last_message_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);