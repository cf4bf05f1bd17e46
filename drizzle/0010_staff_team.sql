ALTER TABLE "accounts" ADD COLUMN "team" text;--> statement-breakpoint
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_team_length" CHECK (char_length("accounts"."team") between 2 and 60);