ALTER TABLE "reviews" ADD COLUMN "pending_edit" jsonb;--> statement-breakpoint
ALTER TABLE "reviews" ADD COLUMN "pending_since" timestamp with time zone;