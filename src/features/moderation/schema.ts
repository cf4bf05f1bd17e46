import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { citext } from "../../db/types.ts";

/** What members and visitors may give as a report's reason (the form's choices). */
export const REPORT_REASONS = ["spam", "abuse", "off_topic", "personal_data", "illegal"] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];
/** A report may also come from the automatic checks: a watched word set to "flag", or an edit that would have been held. */
export type ReportSource = ReportReason | "automatic";
export const REPORT_STATUSES = ["open", "dismissed", "actioned"] as const;

/**
 * Flags from members and reports of illegal content (Digital Services Act art. 16, open to
 * anyone, with a contact address). They wait in one queue for moderators.
 */
export const reports = pgTable(
  "moderation_reports",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    postId: bigint("post_id", { mode: "number" }).notNull(),
    reporterId: bigint("reporter_id", { mode: "number" }),
    /** For someone without an account: where the acknowledgement and the outcome go. */
    reporterEmail: citext("reporter_email"),
    reason: text("reason", { enum: [...REPORT_REASONS, "automatic"] }).notNull(),
    explanation: text("explanation").notNull(),
    status: text("status", { enum: REPORT_STATUSES }).notNull().default("open"),
    decidedBy: bigint("decided_by", { mode: "number" }),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("moderation_reports_open_idx").on(t.status, t.createdAt),
    index("moderation_reports_post_idx").on(t.postId),
  ],
);

/** Why a submission waits for a moderator instead of being published at once. */
export const HOLD_REASONS = ["first_post", "spam", "profanity", "watched_word", "burst"] as const;
export type HoldReason = (typeof HOLD_REASONS)[number];
export const HELD_STATUSES = ["held", "approved", "rejected"] as const;

/**
 * Submissions held for approval (automatic holds). They are not posts yet: nothing of them is
 * public, nobody is notified, and approving one publishes it through the ordinary path.
 * The text is stored already masked for personal data, as it would be published.
 */
export const heldPosts = pgTable(
  "moderation_held_posts",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    authorId: bigint("author_id", { mode: "number" }).notNull(),
    /** A new topic (category, kind and title set) or a reply to a topic. */
    kind: text("kind", { enum: ["topic", "reply"] }).notNull(),
    categorySlug: text("category_slug"),
    topicKind: text("topic_kind"),
    title: text("title"),
    topicId: bigint("topic_id", { mode: "number" }),
    replyToPostId: bigint("reply_to_post_id", { mode: "number" }),
    body: text("body").notNull(),
    reasons: text("reasons", { enum: HOLD_REASONS }).array().notNull(),
    /** What triggered the hold, for the moderator: matched words, the spam score and its parts. */
    signals: jsonb("signals").$type<Record<string, unknown>>().notNull().default({}),
    status: text("status", { enum: HELD_STATUSES }).notNull().default("held"),
    decidedBy: bigint("decided_by", { mode: "number" }),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    publishedPostId: bigint("published_post_id", { mode: "number" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("moderation_held_posts_status_idx").on(t.status, t.createdAt),
    index("moderation_held_posts_author_idx").on(t.authorId, t.createdAt),
  ],
);

export const WATCHED_ACTIONS = ["block", "hold", "flag", "replace"] as const;
export type WatchedAction = (typeof WATCHED_ACTIONS)[number];

/** Words (or validated regular expressions) staff watch for, with what to do when one appears. */
export const watchedWords = pgTable(
  "moderation_watched_words",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    pattern: text("pattern").notNull(),
    isRegex: boolean("is_regex").notNull().default(false),
    action: text("action", { enum: WATCHED_ACTIONS }).notNull(),
    /** For "replace": what the match becomes in the published text. */
    replacement: text("replacement"),
    createdBy: bigint("created_by", { mode: "number" }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("moderation_watched_words_pattern_idx").on(t.pattern, t.isRegex),
    check("moderation_watched_words_pattern_length", sql`char_length(${t.pattern}) between 2 and 200`),
  ],
);

/** What a decision did. "held" is the automatic, temporary one; the others can be appealed. */
export const DECISION_ACTIONS = [
  "held",
  "rejected",
  "hidden",
  "removed",
  "edited",
  "silenced",
  "suspended",
] as const;
export type DecisionAction = (typeof DECISION_ACTIONS)[number];
/** The rule a decision applies (shown to the author with its wording, counted on the transparency page). */
export const GROUNDS = ["spam", "abuse", "off_topic", "personal_data", "illegal", "terms"] as const;
export type Ground = (typeof GROUNDS)[number];

/**
 * Decisions that remove or restrict content or an account, each kept as the statement of
 * reasons sent to its author (DSA art. 17): what, which rule, automatic or by a person, how to appeal.
 */
export const decisions = pgTable(
  "moderation_decisions",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    accountId: bigint("account_id", { mode: "number" }).notNull(),
    action: text("action", { enum: DECISION_ACTIONS }).notNull(),
    ground: text("ground", { enum: GROUNDS }).notNull(),
    explanation: text("explanation").notNull(),
    automated: boolean("automated").notNull(),
    /** Null for automatic decisions. */
    decidedBy: bigint("decided_by", { mode: "number" }),
    postId: bigint("post_id", { mode: "number" }),
    heldPostId: bigint("held_post_id", { mode: "number" }),
    /** The words concerned, as they were when decided (shown in the statement). */
    excerpt: text("excerpt").notNull().default(""),
    /** For silenced and suspended: until when. */
    until: timestamp("until", { withTimezone: true }),
    /** Appeals are open for six months after the decision (DSA art. 20). */
    appealableUntil: timestamp("appealable_until", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("moderation_decisions_account_idx").on(t.accountId, t.createdAt),
    index("moderation_decisions_created_idx").on(t.createdAt),
  ],
);

export const APPEAL_STATUSES = ["open", "upheld", "reversed"] as const;

/** An author's appeal against a decision, decided by someone other than the first decider. */
export const appeals = pgTable(
  "moderation_appeals",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    decisionId: bigint("decision_id", { mode: "number" })
      .notNull()
      .unique()
      .references(() => decisions.id),
    statement: text("statement").notNull(),
    status: text("status", { enum: APPEAL_STATUSES }).notNull().default("open"),
    decidedBy: bigint("decided_by", { mode: "number" }),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    reasons: text("reasons"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("moderation_appeals_status_idx").on(t.status, t.createdAt)],
);

/** When each outside domain was first linked from the community ("freshly seen" weighs in the spam score). */
export const linkDomains = pgTable("moderation_link_domains", {
  domain: text("domain").primaryKey(),
  firstSeenAt: timestamp("first_seen_at", { withTimezone: true }).notNull().defaultNow(),
  uses: integer("uses").notNull().default(1),
});

/** A hash of each submission's normalised text, to notice the same text sent from several accounts. */
export const fingerprints = pgTable(
  "moderation_fingerprints",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    hash: text("hash").notNull(),
    accountId: bigint("account_id", { mode: "number" }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("moderation_fingerprints_hash_idx").on(t.hash, t.createdAt)],
);
