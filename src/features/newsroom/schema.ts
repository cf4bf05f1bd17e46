import { sql } from "drizzle-orm";
import { bigint, check, index, integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { bytea } from "../../db/types.ts";

export const IMAGE_TYPES = ["image/png", "image/jpeg", "image/webp"] as const;
export type ImageType = (typeof IMAGE_TYPES)[number];

/**
 * Cover images, kept in the database like everything else: app instances stay stateless and a
 * backup holds the whole newsroom. Served first-party (no request to another site) under their
 * content hash, so they can be cached for good.
 */
export const images = pgTable("newsroom_images", {
  id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
  sha256: text("sha256").notNull().unique(),
  contentType: text("content_type", { enum: IMAGE_TYPES }).notNull(),
  width: integer("width").notNull(),
  height: integer("height").notNull(),
  bytes: bytea("bytes").notNull(),
  uploadedBy: bigint("uploaded_by", { mode: "number" }),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/** An article of the newsroom. Its comments are the replies of a community topic (commentsTopicId). */
export const articles = pgTable(
  "newsroom_articles",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    slug: text("slug").notNull(),
    title: text("title").notNull(),
    excerpt: text("excerpt").notNull(),
    bodyMarkdown: text("body_markdown").notNull(),
    bodyHtml: text("body_html").notNull(),
    coverImageId: bigint("cover_image_id", { mode: "number" }).references(() => images.id),
    /** Says what the cover shows, for people who cannot see it (empty only if purely decorative). */
    coverAlt: text("cover_alt").notNull().default(""),
    authorId: bigint("author_id", { mode: "number" }),
    commentsTopicId: bigint("comments_topic_id", { mode: "number" }),
    publishedAt: timestamp("published_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("newsroom_articles_title_length", sql`char_length(${t.title}) between 10 and 150`),
    check("newsroom_articles_excerpt_length", sql`char_length(${t.excerpt}) between 20 and 300`),
    index("newsroom_articles_published_idx").on(t.publishedAt.desc()),
  ],
);
