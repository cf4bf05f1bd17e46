CREATE TABLE "audience_hits" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audience_hits_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"visitor" text NOT NULL,
	"path" text NOT NULL,
	"referrer_host" text
);
--> statement-breakpoint
ALTER TABLE "privacy_consent_events" DROP CONSTRAINT "privacy_consent_events_subject";--> statement-breakpoint
ALTER TABLE "privacy_consent_events" ADD COLUMN "browser_id" text;--> statement-breakpoint
CREATE INDEX "audience_hits_at_idx" ON "audience_hits" USING btree ("at");--> statement-breakpoint
CREATE INDEX "audience_hits_path_idx" ON "audience_hits" USING btree ("path","at");--> statement-breakpoint
CREATE INDEX "privacy_consent_events_browser_idx" ON "privacy_consent_events" USING btree ("browser_id","at");--> statement-breakpoint
ALTER TABLE "privacy_consent_events" ADD CONSTRAINT "privacy_consent_events_subject" CHECK ("privacy_consent_events"."account_id" is not null or "privacy_consent_events"."email" is not null or "privacy_consent_events"."browser_id" is not null);