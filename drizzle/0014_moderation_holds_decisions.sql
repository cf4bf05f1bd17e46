CREATE TABLE "moderation_appeals" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "moderation_appeals_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"decision_id" bigint NOT NULL,
	"statement" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"decided_by" bigint,
	"decided_at" timestamp with time zone,
	"reasons" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "moderation_appeals_decision_id_unique" UNIQUE("decision_id")
);
--> statement-breakpoint
CREATE TABLE "moderation_decisions" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "moderation_decisions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"account_id" bigint NOT NULL,
	"action" text NOT NULL,
	"ground" text NOT NULL,
	"explanation" text NOT NULL,
	"automated" boolean NOT NULL,
	"decided_by" bigint,
	"post_id" bigint,
	"held_post_id" bigint,
	"excerpt" text DEFAULT '' NOT NULL,
	"until" timestamp with time zone,
	"appealable_until" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "moderation_fingerprints" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "moderation_fingerprints_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"hash" text NOT NULL,
	"account_id" bigint NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "moderation_held_posts" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "moderation_held_posts_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"author_id" bigint NOT NULL,
	"kind" text NOT NULL,
	"category_slug" text,
	"topic_kind" text,
	"title" text,
	"topic_id" bigint,
	"reply_to_post_id" bigint,
	"body" text NOT NULL,
	"reasons" text[] NOT NULL,
	"signals" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"status" text DEFAULT 'held' NOT NULL,
	"decided_by" bigint,
	"decided_at" timestamp with time zone,
	"published_post_id" bigint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "moderation_link_domains" (
	"domain" text PRIMARY KEY NOT NULL,
	"first_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"uses" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "moderation_watched_words" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "moderation_watched_words_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"pattern" text NOT NULL,
	"is_regex" boolean DEFAULT false NOT NULL,
	"action" text NOT NULL,
	"replacement" text,
	"created_by" bigint NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "moderation_watched_words_pattern_length" CHECK (char_length("moderation_watched_words"."pattern") between 2 and 200)
);
--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "silenced_until" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "suspended_until" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "community_posts" ADD COLUMN "moderation_note" text;--> statement-breakpoint
ALTER TABLE "moderation_appeals" ADD CONSTRAINT "moderation_appeals_decision_id_moderation_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."moderation_decisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "moderation_appeals_status_idx" ON "moderation_appeals" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "moderation_decisions_account_idx" ON "moderation_decisions" USING btree ("account_id","created_at");--> statement-breakpoint
CREATE INDEX "moderation_decisions_created_idx" ON "moderation_decisions" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "moderation_fingerprints_hash_idx" ON "moderation_fingerprints" USING btree ("hash","created_at");--> statement-breakpoint
CREATE INDEX "moderation_held_posts_status_idx" ON "moderation_held_posts" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "moderation_held_posts_author_idx" ON "moderation_held_posts" USING btree ("author_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "moderation_watched_words_pattern_idx" ON "moderation_watched_words" USING btree ("pattern","is_regex");--> statement-breakpoint
UPDATE "moderation_reports" SET "status" = 'actioned' WHERE "status" = 'removed';
