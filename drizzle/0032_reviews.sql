CREATE TABLE "reviews_answers" (
	"review_id" bigint PRIMARY KEY NOT NULL,
	"author_id" bigint NOT NULL,
	"body" text NOT NULL,
	"review_version" integer NOT NULL,
	"conversation_id" bigint,
	"published_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reviews_decisions" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "reviews_decisions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"review_id" bigint NOT NULL,
	"version" integer NOT NULL,
	"decision" text NOT NULL,
	"reason" text,
	"explanation" text DEFAULT '' NOT NULL,
	"decided_by" bigint,
	"submitted_at" timestamp with time zone NOT NULL,
	"decided_at" timestamp with time zone NOT NULL,
	CONSTRAINT "reviews_decisions_reason" CHECK (("reviews_decisions"."decision" = 'refused') = ("reviews_decisions"."reason" is not null))
);
--> statement-breakpoint
CREATE TABLE "reviews_invitation_batches" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "reviews_invitation_batches_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"origin" text NOT NULL,
	"created_by" bigint,
	"label" text DEFAULT '' NOT NULL,
	"invited" integer DEFAULT 0 NOT NULL,
	"refused_filter" text,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reviews_invitations" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "reviews_invitations_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"batch_id" bigint NOT NULL,
	"token_hash" "bytea" NOT NULL,
	"email" "citext",
	"first_name" text DEFAULT '' NOT NULL,
	"last_name" text DEFAULT '' NOT NULL,
	"account_id" bigint,
	"external_reference" text,
	"conversation_id" bigint,
	"product" text,
	"experience_date" date NOT NULL,
	"locale" text DEFAULT 'fr' NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"sent_at" timestamp with time zone,
	"used_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "reviews_invitations_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "reviews_settings" (
	"id" smallint PRIMARY KEY DEFAULT 1 NOT NULL,
	"moderation_delay_days" integer DEFAULT 7 NOT NULL,
	"hold_delay_days" integer DEFAULT 7 NOT NULL,
	"anonymity_months" integer DEFAULT 18 NOT NULL,
	"retention_months" integer DEFAULT 60 NOT NULL,
	"min_text_length" integer DEFAULT 50 NOT NULL,
	"invitation_validity_days" integer DEFAULT 60 NOT NULL,
	"updated_by" bigint,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reviews_settings_one" CHECK ("reviews_settings"."id" = 1),
	CONSTRAINT "reviews_settings_moderation_delay" CHECK ("reviews_settings"."moderation_delay_days" between 1 and 30),
	CONSTRAINT "reviews_settings_hold_delay" CHECK ("reviews_settings"."hold_delay_days" between 0 and 7),
	CONSTRAINT "reviews_settings_anonymity" CHECK ("reviews_settings"."anonymity_months" between 1 and 120),
	CONSTRAINT "reviews_settings_retention" CHECK ("reviews_settings"."retention_months" between 12 and 240),
	CONSTRAINT "reviews_settings_min_text" CHECK ("reviews_settings"."min_text_length" between 10 and 1000),
	CONSTRAINT "reviews_settings_invitation_validity" CHECK ("reviews_settings"."invitation_validity_days" between 1 and 365)
);
--> statement-breakpoint
CREATE TABLE "reviews_versions" (
	"review_id" bigint NOT NULL,
	"version" integer NOT NULL,
	"rating" smallint NOT NULL,
	"rating_advice" smallint,
	"rating_digital" smallint,
	"rating_fees" smallint,
	"rating_availability" smallint,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"product" text NOT NULL,
	"experience_date" date NOT NULL,
	"published_at" timestamp with time zone NOT NULL,
	"replaced_at" timestamp with time zone NOT NULL,
	CONSTRAINT "reviews_versions_review_id_version_pk" PRIMARY KEY("review_id","version")
);
--> statement-breakpoint
CREATE TABLE "reviews" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "reviews_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"author_account_id" bigint,
	"invitation_id" bigint,
	"verified" boolean NOT NULL,
	"author_email" "citext",
	"author_name" text NOT NULL,
	"author_key_hash" "bytea",
	"rating" smallint NOT NULL,
	"rating_advice" smallint,
	"rating_digital" smallint,
	"rating_fees" smallint,
	"rating_availability" smallint,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"product" text NOT NULL,
	"experience_date" date NOT NULL,
	"language" text DEFAULT 'fr' NOT NULL,
	"status" text DEFAULT 'submitted' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"hold_until" timestamp with time zone,
	"refusal_reason" text,
	"conversation_id" bigint,
	"submitted_at" timestamp with time zone NOT NULL,
	"first_published_at" timestamp with time zone,
	"published_at" timestamp with time zone,
	"edited_at" timestamp with time zone,
	"withdrawn_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "reviews_invitation_id_unique" UNIQUE("invitation_id"),
	CONSTRAINT "reviews_author_key_hash_unique" UNIQUE("author_key_hash"),
	CONSTRAINT "reviews_rating" CHECK ("reviews"."rating" between 1 and 5),
	CONSTRAINT "reviews_rating_advice" CHECK ("rating_advice" is null or "rating_advice" between 1 and 5),
	CONSTRAINT "reviews_rating_digital" CHECK ("rating_digital" is null or "rating_digital" between 1 and 5),
	CONSTRAINT "reviews_rating_fees" CHECK ("rating_fees" is null or "rating_fees" between 1 and 5),
	CONSTRAINT "reviews_rating_availability" CHECK ("rating_availability" is null or "rating_availability" between 1 and 5),
	CONSTRAINT "reviews_verified" CHECK ("reviews"."verified" = ("reviews"."invitation_id" is not null))
);
--> statement-breakpoint
ALTER TABLE "reviews_answers" ADD CONSTRAINT "reviews_answers_review_id_reviews_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."reviews"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reviews_decisions" ADD CONSTRAINT "reviews_decisions_review_id_reviews_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."reviews"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reviews_invitations" ADD CONSTRAINT "reviews_invitations_batch_id_reviews_invitation_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."reviews_invitation_batches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reviews_versions" ADD CONSTRAINT "reviews_versions_review_id_reviews_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."reviews"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_invitation_id_reviews_invitations_id_fk" FOREIGN KEY ("invitation_id") REFERENCES "public"."reviews_invitations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "reviews_decisions_review_idx" ON "reviews_decisions" USING btree ("review_id","decided_at");--> statement-breakpoint
CREATE INDEX "reviews_decisions_decided_idx" ON "reviews_decisions" USING btree ("decided_at");--> statement-breakpoint
CREATE INDEX "reviews_invitation_batches_created_idx" ON "reviews_invitation_batches" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "reviews_invitations_batch_idx" ON "reviews_invitations" USING btree ("batch_id");--> statement-breakpoint
CREATE INDEX "reviews_invitations_email_idx" ON "reviews_invitations" USING btree ("email");--> statement-breakpoint
CREATE INDEX "reviews_invitations_created_idx" ON "reviews_invitations" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "reviews_queue_idx" ON "reviews" USING btree ("status","submitted_at");--> statement-breakpoint
CREATE INDEX "reviews_published_idx" ON "reviews" USING btree ("published_at" DESC NULLS LAST,"id" DESC NULLS LAST) WHERE "reviews"."status" = 'published';--> statement-breakpoint
CREATE INDEX "reviews_published_product_idx" ON "reviews" USING btree ("product","published_at" DESC NULLS LAST,"id" DESC NULLS LAST) WHERE "reviews"."status" = 'published';--> statement-breakpoint
CREATE INDEX "reviews_published_rating_idx" ON "reviews" USING btree ("rating","published_at" DESC NULLS LAST,"id" DESC NULLS LAST) WHERE "reviews"."status" = 'published';--> statement-breakpoint
CREATE INDEX "reviews_author_idx" ON "reviews" USING btree ("author_account_id");--> statement-breakpoint
INSERT INTO "reviews_settings" ("id") VALUES (1);