CREATE TABLE "privacy_breaches" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "privacy_breaches_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"title" text NOT NULL,
	"aware_at" timestamp with time zone NOT NULL,
	"nature" text NOT NULL,
	"people_concerned" text DEFAULT '' NOT NULL,
	"consequences" text DEFAULT '' NOT NULL,
	"measures" text DEFAULT '' NOT NULL,
	"decision" text DEFAULT 'undecided' NOT NULL,
	"decision_reasons" text DEFAULT '' NOT NULL,
	"notified_at" timestamp with time zone,
	"people_informed_at" timestamp with time zone,
	"created_by" bigint NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "privacy_processing_register" (
	"key" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"purposes" text NOT NULL,
	"legal_basis" text NOT NULL,
	"data_subjects" text NOT NULL,
	"data_categories" text NOT NULL,
	"recipients" text NOT NULL,
	"transfers" text NOT NULL,
	"retention" text NOT NULL,
	"retention_months" integer,
	"security" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" bigint
);
