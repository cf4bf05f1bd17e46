CREATE TABLE "archive_staff_publications" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "archive_staff_publications_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"at" timestamp (3) with time zone NOT NULL,
	"author_id" bigint NOT NULL,
	"author_role" text NOT NULL,
	"author_name" text NOT NULL,
	"action" text NOT NULL,
	"place_type" text NOT NULL,
	"place_id" text NOT NULL,
	"place_path" text NOT NULL,
	"body" text NOT NULL,
	"prev_hash" text NOT NULL,
	"hash" text NOT NULL,
	CONSTRAINT "archive_staff_publications_hash_unique" UNIQUE("hash")
);
--> statement-breakpoint
CREATE INDEX "archive_staff_publications_at_idx" ON "archive_staff_publications" USING btree ("at");--> statement-breakpoint
CREATE INDEX "archive_staff_publications_author_idx" ON "archive_staff_publications" USING btree ("author_id");--> statement-breakpoint
-- The archive is append-only, like the audit log: the application role can insert, never
-- rewrite history. (A database superuser can still bypass this; the hash chain detects it.)
CREATE FUNCTION archive_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'archive_staff_publications is append-only';
END;
$$;--> statement-breakpoint
CREATE TRIGGER archive_append_only BEFORE UPDATE OR DELETE ON archive_staff_publications
  FOR EACH ROW EXECUTE FUNCTION archive_refuse_change();--> statement-breakpoint
CREATE TRIGGER archive_no_truncate BEFORE TRUNCATE ON archive_staff_publications
  FOR EACH STATEMENT EXECUTE FUNCTION archive_refuse_change();
