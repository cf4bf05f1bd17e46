CREATE TABLE "privacy_death_directives" (
	"account_id" bigint PRIMARY KEY NOT NULL,
	"choice" text NOT NULL,
	"trustee_name" text,
	"trustee_email" "citext",
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "privacy_death_reports" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "privacy_death_reports_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"account_id" bigint,
	"email" "citext" NOT NULL,
	"evidence" text NOT NULL,
	"reported_by" bigint NOT NULL,
	"reported_at" timestamp with time zone DEFAULT now() NOT NULL,
	"executed_choice" text,
	"executed_at" timestamp with time zone
);
