CREATE TABLE "inbox_advisors" (
	"account_id" bigint PRIMARY KEY NOT NULL,
	"needs_approval" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inbox_attachments" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "inbox_attachments_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"message_id" bigint NOT NULL,
	"filename" text NOT NULL,
	"media_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inbox_canned_replies" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "inbox_canned_replies_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"shortcut" text NOT NULL,
	"locale" text NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"created_by" bigint NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "inbox_canned_replies_body_length" CHECK (char_length("inbox_canned_replies"."body") between 1 and 5000)
);
--> statement-breakpoint
CREATE TABLE "inbox_complaints" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "inbox_complaints_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"conversation_id" bigint NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"received_on" date NOT NULL,
	"channel" text NOT NULL,
	"source_link" text,
	"product" text,
	"category" text,
	"root_cause" text,
	"level" text DEFAULT 'advisor' NOT NULL,
	"payment_service" boolean NOT NULL,
	"acknowledge_by" date NOT NULL,
	"answer_by" date NOT NULL,
	"acknowledged_at" timestamp with time zone,
	"holding_reply_at" timestamp with time zone,
	"holding_reply_reasons" text,
	"answered_at" timestamp with time zone,
	"outcome" text,
	"compensation_cents" bigint,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "inbox_complaints_conversation_id_unique" UNIQUE("conversation_id"),
	CONSTRAINT "inbox_complaints_compensation" CHECK ("inbox_complaints"."compensation_cents" is null or "inbox_complaints"."compensation_cents" >= 0)
);
--> statement-breakpoint
CREATE TABLE "inbox_composing" (
	"conversation_id" bigint NOT NULL,
	"account_id" bigint NOT NULL,
	"until" timestamp with time zone NOT NULL,
	CONSTRAINT "inbox_composing_conversation_id_account_id_pk" PRIMARY KEY("conversation_id","account_id")
);
--> statement-breakpoint
CREATE TABLE "inbox_contact_requests" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "inbox_contact_requests_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"email" "citext" NOT NULL,
	"name" text NOT NULL,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"locale" text NOT NULL,
	"token_hash" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"confirmed_at" timestamp with time zone,
	"conversation_id" bigint,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "inbox_contact_requests_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "inbox_conversations" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "inbox_conversations_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"correspondent_id" bigint NOT NULL,
	"source" text NOT NULL,
	"thread_key" text NOT NULL,
	"source_link" text,
	"subject" text NOT NULL,
	"language" text DEFAULT 'fr' NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"snoozed_until" timestamp with time zone,
	"priority" text DEFAULT 'normal' NOT NULL,
	"team_id" bigint,
	"assignee_id" bigint,
	"category_slug" text,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"sentiment" text DEFAULT 'neutral' NOT NULL,
	"sentiment_score" real DEFAULT 0 NOT NULL,
	"complaint" boolean DEFAULT false NOT NULL,
	"complaint_confirmed" boolean DEFAULT false NOT NULL,
	"payment_service" boolean DEFAULT false NOT NULL,
	"linked_conversation_id" bigint,
	"first_response_due_at" timestamp with time zone,
	"next_response_due_at" timestamp with time zone,
	"resolution_due_at" timestamp with time zone,
	"first_response_at" timestamp with time zone,
	"paused_at" timestamp with time zone,
	"last_client_message_at" timestamp with time zone NOT NULL,
	"last_message_at" timestamp with time zone NOT NULL,
	"unread" boolean DEFAULT true NOT NULL,
	"resolved_at" timestamp with time zone,
	"reopened_count" integer DEFAULT 0 NOT NULL,
	"search_document" "tsvector" DEFAULT ''::tsvector NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "inbox_conversations_subject_length" CHECK (char_length("inbox_conversations"."subject") between 1 and 300),
	CONSTRAINT "inbox_conversations_snooze" CHECK (("inbox_conversations"."status" = 'snoozed') = ("inbox_conversations"."snoozed_until" is not null))
);
--> statement-breakpoint
CREATE TABLE "inbox_correspondents" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "inbox_correspondents_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"account_id" bigint,
	"email" "citext",
	"display_name" text NOT NULL,
	"locale" text DEFAULT 'fr' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "inbox_correspondents_account_id_unique" UNIQUE("account_id"),
	CONSTRAINT "inbox_correspondents_email_unique" UNIQUE("email"),
	CONSTRAINT "inbox_correspondents_known" CHECK ("inbox_correspondents"."account_id" is not null or "inbox_correspondents"."email" is not null)
);
--> statement-breakpoint
CREATE TABLE "inbox_label_reviews" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "inbox_label_reviews_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"conversation_id" bigint NOT NULL,
	"predicted_complaint" boolean NOT NULL,
	"confirmed_complaint" boolean NOT NULL,
	"predicted_payment_service" boolean NOT NULL,
	"confirmed_payment_service" boolean NOT NULL,
	"reviewed_by" bigint NOT NULL,
	"reviewed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inbox_messages" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "inbox_messages_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"conversation_id" bigint NOT NULL,
	"direction" text NOT NULL,
	"author_id" bigint,
	"body" text NOT NULL,
	"public" boolean DEFAULT false NOT NULL,
	"delivery" text,
	"approval_reasons" text[],
	"approved_by" bigint,
	"approved_at" timestamp with time zone,
	"override_by" bigint,
	"override_reason" text,
	"external_id" text,
	"email_headers" jsonb,
	"language" text,
	"sentiment" text,
	"sentiment_score" real,
	"complaint_score" real,
	"payment_service" boolean,
	"mentions" bigint[],
	"created_at" timestamp with time zone NOT NULL,
	"sent_at" timestamp with time zone,
	CONSTRAINT "inbox_messages_body_length" CHECK (char_length("inbox_messages"."body") between 1 and 100000),
	CONSTRAINT "inbox_messages_delivery" CHECK (("inbox_messages"."direction" = 'outgoing') = ("inbox_messages"."delivery" is not null))
);
--> statement-breakpoint
CREATE TABLE "inbox_opening_hours" (
	"weekday" integer PRIMARY KEY NOT NULL,
	"opens_at" text NOT NULL,
	"closes_at" text NOT NULL,
	CONSTRAINT "inbox_opening_hours_weekday" CHECK ("inbox_opening_hours"."weekday" between 1 and 7),
	CONSTRAINT "inbox_opening_hours_times" CHECK ("inbox_opening_hours"."opens_at" ~ '^[0-2][0-9]:[0-5][0-9]$' and "inbox_opening_hours"."closes_at" > "inbox_opening_hours"."opens_at")
);
--> statement-breakpoint
CREATE TABLE "inbox_satisfaction" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "inbox_satisfaction_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"conversation_id" bigint NOT NULL,
	"token_hash" text NOT NULL,
	"sent_at" timestamp with time zone NOT NULL,
	"rating" integer,
	"comment" text,
	"answered_at" timestamp with time zone,
	CONSTRAINT "inbox_satisfaction_token_hash_unique" UNIQUE("token_hash"),
	CONSTRAINT "inbox_satisfaction_rating" CHECK ("inbox_satisfaction"."rating" is null or "inbox_satisfaction"."rating" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "inbox_service_levels" (
	"team_id" bigint NOT NULL,
	"priority" text NOT NULL,
	"first_response_minutes" integer NOT NULL,
	"next_response_minutes" integer NOT NULL,
	"resolution_minutes" integer NOT NULL,
	CONSTRAINT "inbox_service_levels_team_id_priority_pk" PRIMARY KEY("team_id","priority")
);
--> statement-breakpoint
CREATE TABLE "inbox_source_rules" (
	"category_slug" text PRIMARY KEY NOT NULL,
	"mode" text NOT NULL,
	"hours" integer,
	"team_id" bigint
);
--> statement-breakpoint
CREATE TABLE "inbox_team_members" (
	"team_id" bigint NOT NULL,
	"account_id" bigint NOT NULL,
	"available" boolean DEFAULT true NOT NULL,
	"capacity" integer DEFAULT 25 NOT NULL,
	"last_assigned_at" timestamp with time zone,
	CONSTRAINT "inbox_team_members_team_id_account_id_pk" PRIMARY KEY("team_id","account_id"),
	CONSTRAINT "inbox_team_members_capacity" CHECK ("inbox_team_members"."capacity" between 0 and 500)
);
--> statement-breakpoint
CREATE TABLE "inbox_teams" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "inbox_teams_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"slug" text NOT NULL,
	"name_fr" text NOT NULL,
	"name_en" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "inbox_teams_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
ALTER TABLE "inbox_attachments" ADD CONSTRAINT "inbox_attachments_message_id_inbox_messages_id_fk" FOREIGN KEY ("message_id") REFERENCES "public"."inbox_messages"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inbox_complaints" ADD CONSTRAINT "inbox_complaints_conversation_id_inbox_conversations_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "public"."inbox_conversations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inbox_conversations" ADD CONSTRAINT "inbox_conversations_correspondent_id_inbox_correspondents_id_fk" FOREIGN KEY ("correspondent_id") REFERENCES "public"."inbox_correspondents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inbox_conversations" ADD CONSTRAINT "inbox_conversations_team_id_inbox_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."inbox_teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inbox_label_reviews" ADD CONSTRAINT "inbox_label_reviews_conversation_id_inbox_conversations_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "public"."inbox_conversations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inbox_messages" ADD CONSTRAINT "inbox_messages_conversation_id_inbox_conversations_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "public"."inbox_conversations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inbox_satisfaction" ADD CONSTRAINT "inbox_satisfaction_conversation_id_inbox_conversations_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "public"."inbox_conversations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inbox_service_levels" ADD CONSTRAINT "inbox_service_levels_team_id_inbox_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."inbox_teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inbox_source_rules" ADD CONSTRAINT "inbox_source_rules_team_id_inbox_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."inbox_teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inbox_team_members" ADD CONSTRAINT "inbox_team_members_team_id_inbox_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."inbox_teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "inbox_attachments_message_idx" ON "inbox_attachments" USING btree ("message_id");--> statement-breakpoint
CREATE UNIQUE INDEX "inbox_canned_replies_shortcut_idx" ON "inbox_canned_replies" USING btree ("shortcut","locale");--> statement-breakpoint
CREATE INDEX "inbox_complaints_received_idx" ON "inbox_complaints" USING btree ("received_on");--> statement-breakpoint
CREATE INDEX "inbox_complaints_open_idx" ON "inbox_complaints" USING btree ("answer_by") WHERE "inbox_complaints"."answered_at" is null;--> statement-breakpoint
CREATE INDEX "inbox_contact_requests_expiry_idx" ON "inbox_contact_requests" USING btree ("expires_at");--> statement-breakpoint
CREATE UNIQUE INDEX "inbox_conversations_thread_idx" ON "inbox_conversations" USING btree ("source","thread_key");--> statement-breakpoint
CREATE INDEX "inbox_conversations_status_idx" ON "inbox_conversations" USING btree ("status","last_message_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "inbox_conversations_assignee_idx" ON "inbox_conversations" USING btree ("assignee_id","status");--> statement-breakpoint
CREATE INDEX "inbox_conversations_team_idx" ON "inbox_conversations" USING btree ("team_id","status");--> statement-breakpoint
CREATE INDEX "inbox_conversations_correspondent_idx" ON "inbox_conversations" USING btree ("correspondent_id","last_message_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "inbox_conversations_complaint_idx" ON "inbox_conversations" USING btree ("complaint","status");--> statement-breakpoint
CREATE INDEX "inbox_conversations_search_idx" ON "inbox_conversations" USING gin ("search_document");--> statement-breakpoint
CREATE INDEX "inbox_conversations_tags_idx" ON "inbox_conversations" USING gin ("tags");--> statement-breakpoint
CREATE INDEX "inbox_label_reviews_conversation_idx" ON "inbox_label_reviews" USING btree ("conversation_id");--> statement-breakpoint
CREATE INDEX "inbox_messages_conversation_idx" ON "inbox_messages" USING btree ("conversation_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "inbox_messages_external_idx" ON "inbox_messages" USING btree ("external_id") WHERE "inbox_messages"."external_id" is not null;--> statement-breakpoint
CREATE INDEX "inbox_messages_pending_idx" ON "inbox_messages" USING btree ("delivery") WHERE "inbox_messages"."delivery" = 'pending_approval';--> statement-breakpoint
CREATE INDEX "inbox_satisfaction_conversation_idx" ON "inbox_satisfaction" USING btree ("conversation_id");--> statement-breakpoint
CREATE INDEX "inbox_team_members_account_idx" ON "inbox_team_members" USING btree ("account_id");
--> statement-breakpoint
-- The register of complaints is never deleted (ACPR 2022-R-01): entries are only updated as the complaint is handled.
CREATE FUNCTION inbox_complaints_refuse_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the register of complaints is never deleted';
END;
$$;--> statement-breakpoint
CREATE TRIGGER inbox_complaints_kept BEFORE DELETE ON inbox_complaints
  FOR EACH ROW EXECUTE FUNCTION inbox_complaints_refuse_delete();--> statement-breakpoint
CREATE TRIGGER inbox_complaints_no_truncate BEFORE TRUNCATE ON inbox_complaints
  FOR EACH STATEMENT EXECUTE FUNCTION inbox_complaints_refuse_delete();
