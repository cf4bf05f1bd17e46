CREATE TABLE "barometer_settings" (
	"id" smallint PRIMARY KEY DEFAULT 1 NOT NULL,
	"targets" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"minimum_n" integer DEFAULT 30 NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" bigint,
	CONSTRAINT "barometer_settings_one_row" CHECK ("barometer_settings"."id" = 1),
	CONSTRAINT "barometer_settings_minimum_n" CHECK ("barometer_settings"."minimum_n" between 1 and 10000)
);
--> statement-breakpoint
CREATE TABLE "barometer_reports" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "barometer_reports_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"version" integer NOT NULL,
	"content" jsonb NOT NULL,
	"published_at" timestamp with time zone NOT NULL,
	"published_by" bigint NOT NULL,
	"withdrawn_at" timestamp with time zone,
	"withdrawn_by" bigint,
	CONSTRAINT "barometer_reports_version_unique" UNIQUE("version")
);
