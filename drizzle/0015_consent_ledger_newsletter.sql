CREATE TABLE "newsletter_subscribers" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "newsletter_subscribers_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"email" "citext" NOT NULL,
	"locale" text NOT NULL,
	"account_id" bigint,
	"status" text DEFAULT 'pending' NOT NULL,
	"confirm_token_hash" text,
	"confirm_expires_at" timestamp with time zone,
	"requested_wording" text,
	"requested_page" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"confirmed_at" timestamp with time zone,
	"unsubscribed_at" timestamp with time zone,
	"last_action_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "newsletter_subscribers_email_unique" UNIQUE("email")
);
--> statement-breakpoint
CREATE TABLE "privacy_consent_events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "privacy_consent_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"account_id" bigint,
	"email" "citext",
	"purpose" text NOT NULL,
	"decision" text NOT NULL,
	"channel" text NOT NULL,
	"page" text NOT NULL,
	"wording_hash" text NOT NULL,
	"ip_prefix" text,
	"user_agent" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "privacy_consent_events_subject" CHECK ("privacy_consent_events"."account_id" is not null or "privacy_consent_events"."email" is not null)
);
--> statement-breakpoint
CREATE TABLE "privacy_consent_wordings" (
	"hash" text PRIMARY KEY NOT NULL,
	"purpose" text NOT NULL,
	"locale" text NOT NULL,
	"text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "privacy_consent_events" ADD CONSTRAINT "privacy_consent_events_wording_hash_privacy_consent_wordings_hash_fk" FOREIGN KEY ("wording_hash") REFERENCES "public"."privacy_consent_wordings"("hash") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "newsletter_subscribers_status_idx" ON "newsletter_subscribers" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "newsletter_subscribers_token_idx" ON "newsletter_subscribers" USING btree ("confirm_token_hash");--> statement-breakpoint
CREATE INDEX "privacy_consent_events_account_idx" ON "privacy_consent_events" USING btree ("account_id","at");--> statement-breakpoint
CREATE INDEX "privacy_consent_events_email_idx" ON "privacy_consent_events" USING btree ("email","at");--> statement-breakpoint
-- The consent ledger is append-only: the application can add decisions and wordings, never
-- rewrite them (a database superuser could; the DPO's exports keep the proof elsewhere too).
CREATE FUNCTION privacy_ledger_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
END;
$$;--> statement-breakpoint
CREATE TRIGGER privacy_consent_events_append_only BEFORE UPDATE OR DELETE ON privacy_consent_events
  FOR EACH ROW EXECUTE FUNCTION privacy_ledger_refuse_change();--> statement-breakpoint
CREATE TRIGGER privacy_consent_events_no_truncate BEFORE TRUNCATE ON privacy_consent_events
  FOR EACH STATEMENT EXECUTE FUNCTION privacy_ledger_refuse_change();--> statement-breakpoint
CREATE TRIGGER privacy_consent_wordings_append_only BEFORE UPDATE OR DELETE ON privacy_consent_wordings
  FOR EACH ROW EXECUTE FUNCTION privacy_ledger_refuse_change();--> statement-breakpoint
CREATE TRIGGER privacy_consent_wordings_no_truncate BEFORE TRUNCATE ON privacy_consent_wordings
  FOR EACH STATEMENT EXECUTE FUNCTION privacy_ledger_refuse_change();
