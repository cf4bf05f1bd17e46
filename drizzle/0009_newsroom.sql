CREATE TABLE "newsroom_articles" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "newsroom_articles_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"excerpt" text NOT NULL,
	"body_markdown" text NOT NULL,
	"body_html" text NOT NULL,
	"cover_image_id" bigint,
	"cover_alt" text DEFAULT '' NOT NULL,
	"author_id" bigint,
	"comments_topic_id" bigint,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "newsroom_articles_title_length" CHECK (char_length("newsroom_articles"."title") between 10 and 150),
	CONSTRAINT "newsroom_articles_excerpt_length" CHECK (char_length("newsroom_articles"."excerpt") between 20 and 300)
);
--> statement-breakpoint
CREATE TABLE "newsroom_images" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "newsroom_images_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"sha256" text NOT NULL,
	"content_type" text NOT NULL,
	"width" integer NOT NULL,
	"height" integer NOT NULL,
	"bytes" "bytea" NOT NULL,
	"uploaded_by" bigint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "newsroom_images_sha256_unique" UNIQUE("sha256")
);
--> statement-breakpoint
ALTER TABLE "newsroom_articles" ADD CONSTRAINT "newsroom_articles_cover_image_id_newsroom_images_id_fk" FOREIGN KEY ("cover_image_id") REFERENCES "public"."newsroom_images"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "newsroom_articles_published_idx" ON "newsroom_articles" USING btree ("published_at" DESC NULLS LAST);