CREATE TABLE "sentiment_cursors" (
	"source" text PRIMARY KEY NOT NULL,
	"last_id" bigint NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sentiment_daily" (
	"day" date NOT NULL,
	"source" text NOT NULL,
	"category" text DEFAULT '' NOT NULL,
	"product" text DEFAULT '' NOT NULL,
	"positive" integer DEFAULT 0 NOT NULL,
	"neutral" integer DEFAULT 0 NOT NULL,
	"negative" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "sentiment_daily_day_source_category_product_pk" PRIMARY KEY("day","source","category","product"),
	CONSTRAINT "sentiment_daily_counts" CHECK ("sentiment_daily"."positive" >= 0 and "sentiment_daily"."neutral" >= 0 and "sentiment_daily"."negative" >= 0)
);
--> statement-breakpoint
CREATE TABLE "sentiment_daily_terms" (
	"day" date NOT NULL,
	"source" text NOT NULL,
	"category" text DEFAULT '' NOT NULL,
	"product" text DEFAULT '' NOT NULL,
	"term" text NOT NULL,
	"messages" integer NOT NULL,
	CONSTRAINT "sentiment_daily_terms_day_source_category_product_term_pk" PRIMARY KEY("day","source","category","product","term")
);
--> statement-breakpoint
CREATE TABLE "sentiment_messages" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "sentiment_messages_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"source" text NOT NULL,
	"object_id" bigint NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"day" date NOT NULL,
	"category" text,
	"product" text,
	"sentiment" text NOT NULL,
	"score" real NOT NULL,
	"terms" text[] DEFAULT '{}'::text[] NOT NULL,
	"link" text
);
--> statement-breakpoint
CREATE UNIQUE INDEX "sentiment_messages_object_idx" ON "sentiment_messages" USING btree ("source","object_id");--> statement-breakpoint
CREATE INDEX "sentiment_messages_day_idx" ON "sentiment_messages" USING btree ("day");--> statement-breakpoint
CREATE INDEX "sentiment_messages_terms_idx" ON "sentiment_messages" USING gin ("terms") WHERE "sentiment_messages"."sentiment" = 'negative';