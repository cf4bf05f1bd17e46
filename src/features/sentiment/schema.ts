import { sql } from "drizzle-orm";
import {
  bigint,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { SENTIMENT_SOURCES, SENTIMENTS } from "./model.ts";

/**
 * The sentiment of what clients say, wherever they say it (docs/barometer.md): one row per
 * message as the classifier read it, and the daily counts the barometer reads, kept up to date
 * in the same statement as each row, so that five million messages stay fast to chart.
 */

/**
 * One message's sentiment. The text stays where it was written (a post, an inbox message, a
 * review, a survey answer): only its source and id, when and where it was said, and — for a
 * negative one — its words (proper nouns and numbers left out) for the drivers.
 */
export const sentimentMessages = pgTable(
  "sentiment_messages",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    source: text("source", { enum: SENTIMENT_SOURCES }).notNull(),
    /** The message's id in its source (a post, an inbox message, a review, a survey answer). */
    objectId: bigint("object_id", { mode: "number" }).notNull(),
    at: timestamp("at", { withTimezone: true }).notNull(),
    /** The Paris day of `at`, by which every figure is counted. */
    day: date("day").notNull(),
    /** The community category (its slug) or the subject's category, when there is one. */
    category: text("category"),
    product: text("product"),
    sentiment: text("sentiment", { enum: SENTIMENTS }).notNull(),
    score: real("score").notNull(),
    /** A negative message's distinct words, for the drivers and their links (terms.ts). */
    terms: text("terms").array().notNull().default(sql`'{}'::text[]`),
    /** Where staff read the message (a topic's post, the conversation in the inbox). */
    link: text("link"),
  },
  (t) => [
    uniqueIndex("sentiment_messages_object_idx").on(t.source, t.objectId),
    index("sentiment_messages_day_idx").on(t.day),
    index("sentiment_messages_terms_idx").using("gin", t.terms).where(sql`${t.sentiment} = 'negative'`),
  ],
);

/**
 * Per Paris day, source, category and product: how many messages of each sentiment. An absent
 * category or product is '' (part of the key).
 */
export const sentimentDaily = pgTable(
  "sentiment_daily",
  {
    day: date("day").notNull(),
    source: text("source", { enum: SENTIMENT_SOURCES }).notNull(),
    category: text("category").notNull().default(""),
    product: text("product").notNull().default(""),
    positive: integer("positive").notNull().default(0),
    neutral: integer("neutral").notNull().default(0),
    negative: integer("negative").notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.day, t.source, t.category, t.product] }),
    check("sentiment_daily_counts", sql`${t.positive} >= 0 and ${t.neutral} >= 0 and ${t.negative} >= 0`),
  ],
);

/** Per day, source, category and product: how many negative messages hold each word (the drivers). */
export const sentimentDailyTerms = pgTable(
  "sentiment_daily_terms",
  {
    day: date("day").notNull(),
    source: text("source", { enum: SENTIMENT_SOURCES }).notNull(),
    category: text("category").notNull().default(""),
    product: text("product").notNull().default(""),
    term: text("term").notNull(),
    messages: integer("messages").notNull(),
  },
  (t) => [primaryKey({ columns: [t.day, t.source, t.category, t.product, t.term] })],
);

/**
 * How far the catch-up has read each source that does not tell us of its messages itself (the
 * community's posts, the inbox's messages): the last id taken, by source, and the ids it passed
 * that were not there (`gaps`: [id, first missed at, in ms], read again until found or too old).
 */
export const sentimentCursors = pgTable("sentiment_cursors", {
  source: text("source").primaryKey(),
  lastId: bigint("last_id", { mode: "number" }).notNull(),
  gaps: jsonb("gaps").$type<[number, number][]>().notNull().default([]),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
});
