ALTER TABLE "survey_in_page_invitations" DROP CONSTRAINT "survey_in_page_invitations_draft_key_hash_unique";--> statement-breakpoint
ALTER TABLE "survey_invitations" DROP CONSTRAINT "survey_invitations_draft_key_hash_unique";--> statement-breakpoint
ALTER TABLE "survey_invitations" DROP CONSTRAINT "survey_invitations_answered";--> statement-breakpoint
ALTER TABLE "survey_in_page_invitations" DROP COLUMN "draft_key_hash";--> statement-breakpoint
ALTER TABLE "survey_invitations" DROP COLUMN "draft_key_hash";--> statement-breakpoint
ALTER TABLE "survey_in_page_invitations" ADD COLUMN "draft_response_id" bigint;--> statement-breakpoint
ALTER TABLE "survey_in_page_invitations" ADD COLUMN "draft_key" text;--> statement-breakpoint
ALTER TABLE "survey_invitations" ADD COLUMN "draft_response_id" bigint;--> statement-breakpoint
ALTER TABLE "survey_invitations" ADD COLUMN "draft_key" text;--> statement-breakpoint
ALTER TABLE "survey_in_page_invitations" ADD CONSTRAINT "survey_in_page_invitations_draft_response_id_unique" UNIQUE("draft_response_id");--> statement-breakpoint
ALTER TABLE "survey_invitations" ADD CONSTRAINT "survey_invitations_draft_response_id_unique" UNIQUE("draft_response_id");--> statement-breakpoint
ALTER TABLE "survey_invitations" ADD CONSTRAINT "survey_invitations_answered" CHECK ("survey_invitations"."answered_at" is null or "survey_invitations"."draft_response_id" is null);