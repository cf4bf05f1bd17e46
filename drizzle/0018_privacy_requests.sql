CREATE TABLE "privacy_requests" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "privacy_requests_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"kind" text NOT NULL,
	"email" "citext" NOT NULL,
	"account_id" bigint,
	"locale" text NOT NULL,
	"details" text DEFAULT '' NOT NULL,
	"status" text NOT NULL,
	"token_hash" text,
	"token_expires_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"received_at" timestamp with time zone,
	"identity_requested_at" timestamp with time zone,
	"extended_at" timestamp with time zone,
	"extension_reasons" text,
	"reminded_at" timestamp with time zone,
	"answered_at" timestamp with time zone,
	"answer" text,
	"answered_by" bigint,
	CONSTRAINT "privacy_requests_extension_has_reasons" CHECK ("privacy_requests"."extended_at" is null or coalesce(length("privacy_requests"."extension_reasons"), 0) > 0)
);
--> statement-breakpoint
CREATE INDEX "privacy_requests_status_idx" ON "privacy_requests" USING btree ("status","received_at");--> statement-breakpoint
CREATE INDEX "privacy_requests_email_idx" ON "privacy_requests" USING btree ("email");--> statement-breakpoint
CREATE INDEX "privacy_requests_token_idx" ON "privacy_requests" USING btree ("token_hash");