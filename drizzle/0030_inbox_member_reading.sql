ALTER TABLE "inbox_correspondents" DROP CONSTRAINT "inbox_correspondents_known";--> statement-breakpoint
ALTER TABLE "inbox_conversations" ADD COLUMN "correspondent_read_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "inbox_correspondents" ADD COLUMN "erased_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "inbox_correspondents" ADD CONSTRAINT "inbox_correspondents_known" CHECK ("inbox_correspondents"."account_id" is not null or "inbox_correspondents"."email" is not null or "inbox_correspondents"."erased_at" is not null);