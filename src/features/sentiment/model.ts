import type { CalendarDay } from "../../calendar/index.ts";

/**
 * The sentiment feature's shapes (no I/O): what a source tells it of a message, and what the
 * barometer reads back. docs/barometer.md explains the figures.
 */

/**
 * Where a client said it: a community topic or reply, a comment under a newsroom article, the
 * inbox's private channels (a private message, the contact form, an e-mail), a review, a
 * free-text survey answer. The bank's own words are never counted.
 */
export const SENTIMENT_SOURCES = [
  "community",
  "newsroom_comment",
  "private_message",
  "contact_form",
  "email",
  "review",
  "survey_answer",
] as const;
export type SentimentSource = (typeof SENTIMENT_SOURCES)[number];

export const SENTIMENTS = ["positive", "neutral", "negative"] as const;
export type Sentiment = (typeof SENTIMENTS)[number];

export const isSentimentSource = (value: string): value is SentimentSource =>
  (SENTIMENT_SOURCES as readonly string[]).includes(value);

/** One message, as a source hands it to `recordSentiment`. */
export interface SentimentInput {
  source: SentimentSource;
  /** The message's id in its source; a message is recorded once per source and id. */
  objectId: number;
  /** When it was said. */
  at: Date;
  /** A community category's slug, or the subject's category. */
  category?: string | null;
  product?: string | null;
  /** The words as written (for the classifier and the drivers; not stored). */
  text: string;
  /** Where staff read it (a path on this site), linked from the drivers. */
  link?: string | null;
  /** The classifier's reading when the source already has it (the inbox's messages). */
  sentiment?: { sentiment: Sentiment; score: number };
}

/** How a series is cut: per Paris day, per ISO week (Monday first), per calendar month. */
export const PERIODS = ["day", "week", "month"] as const;
export type Period = (typeof PERIODS)[number];

/** What the barometer narrows the figures to; every list left out means all. */
export interface SentimentFilter {
  /** First and last Paris day counted, both included. */
  from: CalendarDay;
  to: CalendarDay;
  sources?: readonly SentimentSource[];
  /** '' stands for "no category" (a private message), as in the rollup. */
  categories?: readonly string[];
  products?: readonly string[];
}

export interface SentimentCounts {
  positive: number;
  neutral: number;
  negative: number;
  total: number;
}

/** The share of negative messages with its Wilson 95 % interval (src/stats `proportion`). */
export interface NegativeShare {
  estimate: number;
  ci95: [number, number];
  n: number;
}

export interface SentimentPoint extends SentimentCounts {
  /** The period's first day (a Monday for weeks, the 1st for months), ISO "2026-03-09". */
  period: string;
  negativeShare: NegativeShare;
}

/** The same figures by one dimension, over the whole filter. */
export const BREAKDOWNS = ["source", "category", "product"] as const;
export type Breakdown = (typeof BREAKDOWNS)[number];

export interface SentimentSlice extends SentimentCounts {
  /** The source, category slug or product; '' when none. */
  key: string;
  negativeShare: NegativeShare;
}

/** A word over-represented in negative messages this period against the previous one. */
export interface SentimentDriver {
  word: string;
  /** The log-odds ratio's z-score (Monroe et al. 2008): above 1.96, a real rise. */
  z: number;
  /** The log-odds ratio itself (this period minus the previous). */
  delta: number;
  /** Negative messages holding the word: this period, the previous one. */
  current: number;
  previous: number;
  /** A few of this period's negative messages that hold it, the newest first. */
  messages: { source: SentimentSource; link: string | null; at: Date }[];
}
