CREATE TABLE "survey_answers" (
	"response_id" bigint NOT NULL,
	"question_id" bigint NOT NULL,
	"wave_id" bigint NOT NULL,
	"choice" text,
	"choices" text[],
	"score" smallint,
	"text" text,
	CONSTRAINT "survey_answers_response_id_question_id_pk" PRIMARY KEY("response_id","question_id"),
	CONSTRAINT "survey_answers_one_value" CHECK (num_nonnulls("survey_answers"."choice", "survey_answers"."choices", "survey_answers"."score", "survey_answers"."text") = 1)
);
--> statement-breakpoint
CREATE TABLE "survey_questions" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "survey_questions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"version_id" bigint NOT NULL,
	"position" integer NOT NULL,
	"kind" text NOT NULL,
	"wording_fr" text NOT NULL,
	"wording_en" text NOT NULL,
	"optional" boolean DEFAULT false NOT NULL,
	"choices" jsonb DEFAULT '[]'::jsonb NOT NULL,
	CONSTRAINT "survey_questions_position" UNIQUE("version_id","position")
);
--> statement-breakpoint
CREATE TABLE "survey_responses" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "survey_responses_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"wave_id" bigint NOT NULL,
	"channel" text NOT NULL,
	"account_id" bigint,
	"locale" text DEFAULT 'fr' NOT NULL,
	"draft_key_hash" text,
	"draft" jsonb,
	"page" smallint DEFAULT 0 NOT NULL,
	"age_band" text,
	"region" text,
	"is_client" boolean,
	"started_at" timestamp with time zone NOT NULL,
	"submitted_at" timestamp with time zone,
	CONSTRAINT "survey_responses_draft_key_hash_unique" UNIQUE("draft_key_hash"),
	CONSTRAINT "survey_responses_draft" CHECK (("survey_responses"."submitted_at" is null) = ("survey_responses"."draft_key_hash" is not null))
);
--> statement-breakpoint
CREATE TABLE "survey_versions" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "survey_versions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"survey_id" bigint NOT NULL,
	"number" integer NOT NULL,
	"title_fr" text NOT NULL,
	"title_en" text NOT NULL,
	"intro_fr" text DEFAULT '' NOT NULL,
	"intro_en" text DEFAULT '' NOT NULL,
	"mode" text DEFAULT 'anonymous' NOT NULL,
	"ask_profile" boolean DEFAULT true NOT NULL,
	"created_by" bigint NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "survey_versions_number" UNIQUE("survey_id","number")
);
--> statement-breakpoint
CREATE TABLE "survey_waves" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "survey_waves_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"survey_id" bigint NOT NULL,
	"version_id" bigint NOT NULL,
	"label" text NOT NULL,
	"opens_on" date NOT NULL,
	"closes_on" date NOT NULL,
	"public_key" text,
	"public_daily_limit" integer DEFAULT 3 NOT NULL,
	"created_by" bigint NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "survey_waves_public_key_unique" UNIQUE("public_key"),
	CONSTRAINT "survey_waves_dates" CHECK ("survey_waves"."closes_on" >= "survey_waves"."opens_on"),
	CONSTRAINT "survey_waves_public_limit" CHECK ("survey_waves"."public_daily_limit" between 1 and 100)
);
--> statement-breakpoint
CREATE TABLE "surveys" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "surveys_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"barometer" boolean DEFAULT false NOT NULL,
	"retention_months" integer DEFAULT 36 NOT NULL,
	"created_by" bigint NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"archived_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "survey_answers" ADD CONSTRAINT "survey_answers_response_id_survey_responses_id_fk" FOREIGN KEY ("response_id") REFERENCES "public"."survey_responses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_answers" ADD CONSTRAINT "survey_answers_question_id_survey_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."survey_questions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_answers" ADD CONSTRAINT "survey_answers_wave_id_survey_waves_id_fk" FOREIGN KEY ("wave_id") REFERENCES "public"."survey_waves"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_questions" ADD CONSTRAINT "survey_questions_version_id_survey_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."survey_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_wave_id_survey_waves_id_fk" FOREIGN KEY ("wave_id") REFERENCES "public"."survey_waves"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_versions" ADD CONSTRAINT "survey_versions_survey_id_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."surveys"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_waves" ADD CONSTRAINT "survey_waves_survey_id_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."surveys"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_waves" ADD CONSTRAINT "survey_waves_version_id_survey_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."survey_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "survey_answers_wave_question_idx" ON "survey_answers" USING btree ("wave_id","question_id");--> statement-breakpoint
CREATE INDEX "survey_responses_wave_idx" ON "survey_responses" USING btree ("wave_id","submitted_at");--> statement-breakpoint
CREATE INDEX "survey_responses_account_idx" ON "survey_responses" USING btree ("account_id") WHERE "survey_responses"."account_id" is not null;--> statement-breakpoint
CREATE INDEX "survey_waves_survey_idx" ON "survey_waves" USING btree ("survey_id","opens_on");