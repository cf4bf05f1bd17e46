CREATE TABLE "survey_distributions" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "survey_distributions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"wave_id" bigint NOT NULL,
	"contacts" boolean NOT NULL,
	"list_ids" bigint[] DEFAULT '{}'::bigint[] NOT NULL,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"members" boolean NOT NULL,
	"sent_by" bigint NOT NULL,
	"sent_at" timestamp with time zone NOT NULL,
	"invited" integer NOT NULL,
	"objected" integer NOT NULL,
	"remind_at" timestamp with time zone,
	"reminded_at" timestamp with time zone,
	"reminded" integer
);
--> statement-breakpoint
CREATE TABLE "survey_in_page_invitations" (
	"wave_id" bigint NOT NULL,
	"account_id" bigint NOT NULL,
	"outcome" text NOT NULL,
	"draft_key_hash" text,
	"answered" boolean DEFAULT false NOT NULL,
	CONSTRAINT "survey_in_page_invitations_wave_id_account_id_pk" PRIMARY KEY("wave_id","account_id"),
	CONSTRAINT "survey_in_page_invitations_draft_key_hash_unique" UNIQUE("draft_key_hash")
);
--> statement-breakpoint
CREATE TABLE "survey_in_page_waves" (
	"wave_id" bigint PRIMARY KEY NOT NULL,
	"started_by" bigint NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"stopped_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "survey_invitations" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "survey_invitations_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"distribution_id" bigint NOT NULL,
	"wave_id" bigint NOT NULL,
	"email" "citext" NOT NULL,
	"account_id" bigint,
	"locale" text NOT NULL,
	"token_hash" text NOT NULL,
	"sent_at" timestamp with time zone NOT NULL,
	"reminder_token_hash" text,
	"reminded_at" timestamp with time zone,
	"draft_key_hash" text,
	"answered_at" timestamp with time zone,
	CONSTRAINT "survey_invitations_token_hash_unique" UNIQUE("token_hash"),
	CONSTRAINT "survey_invitations_reminder_token_hash_unique" UNIQUE("reminder_token_hash"),
	CONSTRAINT "survey_invitations_draft_key_hash_unique" UNIQUE("draft_key_hash"),
	CONSTRAINT "survey_invitations_answered" CHECK ("survey_invitations"."answered_at" is null or "survey_invitations"."draft_key_hash" is null)
);
--> statement-breakpoint
ALTER TABLE "survey_distributions" ADD CONSTRAINT "survey_distributions_wave_id_survey_waves_id_fk" FOREIGN KEY ("wave_id") REFERENCES "public"."survey_waves"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_in_page_invitations" ADD CONSTRAINT "survey_in_page_invitations_wave_id_survey_waves_id_fk" FOREIGN KEY ("wave_id") REFERENCES "public"."survey_waves"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_in_page_waves" ADD CONSTRAINT "survey_in_page_waves_wave_id_survey_waves_id_fk" FOREIGN KEY ("wave_id") REFERENCES "public"."survey_waves"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_invitations" ADD CONSTRAINT "survey_invitations_distribution_id_survey_distributions_id_fk" FOREIGN KEY ("distribution_id") REFERENCES "public"."survey_distributions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_invitations" ADD CONSTRAINT "survey_invitations_wave_id_survey_waves_id_fk" FOREIGN KEY ("wave_id") REFERENCES "public"."survey_waves"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "survey_distributions_wave_idx" ON "survey_distributions" USING btree ("wave_id");--> statement-breakpoint
CREATE INDEX "survey_distributions_reminder_idx" ON "survey_distributions" USING btree ("remind_at") WHERE "survey_distributions"."reminded_at" is null and "survey_distributions"."remind_at" is not null;--> statement-breakpoint
CREATE INDEX "survey_in_page_invitations_account_idx" ON "survey_in_page_invitations" USING btree ("account_id");--> statement-breakpoint
CREATE UNIQUE INDEX "survey_invitations_once_idx" ON "survey_invitations" USING btree ("wave_id","email");--> statement-breakpoint
CREATE INDEX "survey_invitations_account_idx" ON "survey_invitations" USING btree ("account_id") WHERE "survey_invitations"."account_id" is not null;