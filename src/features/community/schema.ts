import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { tsvector } from "../../db/types.ts";

export const CATEGORY_COLOURS = ["blue", "green", "orange", "purple", "red", "teal", "grey"] as const;

export const categories = pgTable("community_categories", {
  id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  description: text("description").notNull(),
  /** One of CATEGORY_COLOURS (a class in the stylesheet: the CSP allows no inline style); the name is always shown too. */
  colour: text("colour", { enum: ["blue", "green", "orange", "purple", "red", "teal", "grey"] }).notNull(),
  position: integer("position").notNull(),
  /** Announcements: only staff start topics, everyone may reply. */
  staffStartsTopics: boolean("staff_starts_topics").notNull().default(false),
});

export const TOPIC_KINDS = ["question", "discussion"] as const;
export type TopicKind = (typeof TOPIC_KINDS)[number];

export const topics = pgTable(
  "community_topics",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    categoryId: bigint("category_id", { mode: "number" })
      .notNull()
      .references(() => categories.id),
    /** Null once the author's account is erased: the post stays, signed "Ancien membre". */
    authorId: bigint("author_id", { mode: "number" }),
    kind: text("kind", { enum: TOPIC_KINDS }).notNull(),
    title: text("title").notNull(),
    slug: text("slug").notNull(),
    acceptedPostId: bigint("accepted_post_id", { mode: "number" }),
    replyCount: integer("reply_count").notNull().default(0),
    /** Useful marks on all its posts, kept here to rank the "top" listings. */
    helpfulTotal: integer("helpful_total").notNull().default(0),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    lastPostedAt: timestamp("last_posted_at", { withTimezone: true }).notNull().defaultNow(),
    deletedAt: timestamp("deleted_at", { withTimezone: true }),
  },
  (t) => [
    check("community_topics_title_length", sql`char_length(${t.title}) between 10 and 150`),
    index("community_topics_latest_idx").on(t.lastPostedAt.desc(), t.id.desc()),
    index("community_topics_category_latest_idx").on(t.categoryId, t.lastPostedAt.desc(), t.id.desc()),
    index("community_topics_created_idx").on(t.createdAt.desc()),
  ],
);

export const posts = pgTable(
  "community_posts",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    topicId: bigint("topic_id", { mode: "number" })
      .notNull()
      .references(() => topics.id),
    authorId: bigint("author_id", { mode: "number" }),
    /** 1 for the topic's opening post, then 2, 3… in order of publication. */
    position: integer("position").notNull(),
    /** The post this one answers (quote-reply), shown as a link. */
    replyToPostId: bigint("reply_to_post_id", { mode: "number" }),
    bodyMarkdown: text("body_markdown").notNull(),
    /** Rendered once, at write time, with the safe Markdown settings (src/text/markdown.ts). */
    bodyHtml: text("body_html").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    editedAt: timestamp("edited_at", { withTimezone: true }),
    deletedAt: timestamp("deleted_at", { withTimezone: true }),
    /** Who deleted it: the author, or a moderator (shown differently in the thread). */
    deletedBy: bigint("deleted_by", { mode: "number" }),
    /** A moderator changed it: the public note shown under it ("edited by moderation: …"). */
    moderationNote: text("moderation_note"),
    /** How many members found it useful (community_reactions), kept here for listing pages. */
    helpfulCount: integer("helpful_count").notNull().default(0),
    /** The post's words, from which its topic's search document is built (topicSearch). */
    searchVector: tsvector("search_vector").generatedAlwaysAs(
      sql`to_tsvector('confiance_fr', body_markdown) || to_tsvector('confiance_en', body_markdown) || to_tsvector('confiance_simple', body_markdown)`,
    ),
  },
  (t) => [
    check("community_posts_body_length", sql`char_length(${t.bodyMarkdown}) between 1 and 20000`),
    uniqueIndex("community_posts_topic_position_idx").on(t.topicId, t.position),
    index("community_posts_author_idx").on(t.authorId),
  ],
);

/** Earlier versions of edited posts: anyone can read what a post said before it was changed. */
export const postRevisions = pgTable(
  "community_post_revisions",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    postId: bigint("post_id", { mode: "number" })
      .notNull()
      .references(() => posts.id),
    bodyMarkdown: text("body_markdown").notNull(),
    bodyHtml: text("body_html").notNull(),
    /** When this version was published (the post's creation, or the previous edit). */
    publishedAt: timestamp("published_at", { withTimezone: true }).notNull(),
    /** When it was replaced, and by whom. */
    replacedAt: timestamp("replaced_at", { withTimezone: true }).notNull(),
    replacedBy: bigint("replaced_by", { mode: "number" }),
  },
  (t) => [index("community_post_revisions_post_idx").on(t.postId, t.replacedAt)],
);

/**
 * One search document per topic, so that a search ranks topics, not the million posts behind
 * them. `essentials` holds what says what a topic is about — its title (weight A), its
 * question and accepted answer (B), its category's name (C) — and is what results are ranked
 * on. `replies` holds every other word said in the topic, without positions: it makes a topic
 * findable by anything written in it, at the cost of a low, fixed weight. Kept up to date by
 * the community service: edits, deletions and accepted answers rebuild the row with
 * `community_refresh_topic_search`; a reply's words come in about a minute later
 * (topicSearchPending, below), and so does the topic's last activity here.
 */
export const topicSearch = pgTable(
  "community_topic_search",
  {
    topicId: bigint("topic_id", { mode: "number" })
      .primaryKey()
      .references(() => topics.id),
    essentials: tsvector("essentials").notNull(),
    replies: tsvector("replies").notNull(),
    // Copies of the topic's facts that searches filter and order by, so a search reads this
    // table alone (no join over thousands of matches).
    categoryId: bigint("category_id", { mode: "number" }).notNull(),
    authorId: bigint("author_id", { mode: "number" }),
    unanswered: boolean("unanswered").notNull(),
    solved: boolean("solved").notNull(),
    lastPostedAt: timestamp("last_posted_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    index("community_topic_search_essentials_idx").using("gin", t.essentials),
    index("community_topic_search_replies_idx").using("gin", t.replies),
    index("community_topic_search_recent_idx").on(t.lastPostedAt.desc()),
  ],
);

/**
 * Replies whose words are not in their topic's search document yet. A reply writes a row here
 * instead of rewriting the document: its words would feed both GIN indexes every word of the
 * topic again (the row cannot be updated in place), a cost that grew with the topic. A job folds
 * them in every minute (search-documents.ts), once per topic for all its replies since. One row
 * per reply, never updated: a reply never waits for a fold, nor a fold for a reply.
 */
export const topicSearchPending = pgTable("community_topic_search_pending", {
  postId: bigint("post_id", { mode: "number" }).primaryKey(),
  topicId: bigint("topic_id", { mode: "number" }).notNull(),
});

/** "Utile": one per member and post. Members cannot mark their own posts. */
export const reactions = pgTable(
  "community_reactions",
  {
    postId: bigint("post_id", { mode: "number" })
      .notNull()
      .references(() => posts.id),
    accountId: bigint("account_id", { mode: "number" }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.postId, t.accountId] }),
    index("community_reactions_account_idx").on(t.accountId),
  ],
);

/** Posts a member keeps to read again; private to them. */
export const bookmarks = pgTable(
  "community_bookmarks",
  {
    accountId: bigint("account_id", { mode: "number" }).notNull(),
    postId: bigint("post_id", { mode: "number" })
      .notNull()
      .references(() => posts.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.postId] })],
);

export const SUBSCRIPTION_LEVELS = ["following", "muted"] as const;
export type SubscriptionLevel = (typeof SUBSCRIPTION_LEVELS)[number];

/**
 * A member follows a topic (told of every reply) or mutes it (told of nothing, not even a
 * mention in it). Asking or replying follows a topic unless the member muted it.
 */
export const topicSubscriptions = pgTable(
  "community_topic_subscriptions",
  {
    accountId: bigint("account_id", { mode: "number" }).notNull(),
    topicId: bigint("topic_id", { mode: "number" })
      .notNull()
      .references(() => topics.id),
    level: text("level", { enum: SUBSCRIPTION_LEVELS }).notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    /**
     * When an e-mail last told this follower of a reply here: the topic's next replies wait, without
     * e-mail, until they open it again (mails.ts, then readTopicNews clears it).
     */
    repliesMailedAt: timestamp("replies_mailed_at", { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.accountId, t.topicId] }),
    index("community_topic_subscriptions_topic_idx").on(t.topicId, t.level),
  ],
);

export const NOTIFICATION_KINDS = ["reply", "mention", "quote", "accepted"] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const notifications = pgTable(
  "community_notifications",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    accountId: bigint("account_id", { mode: "number" }).notNull(),
    kind: text("kind", { enum: NOTIFICATION_KINDS }).notNull(),
    topicId: bigint("topic_id", { mode: "number" })
      .notNull()
      .references(() => topics.id),
    postId: bigint("post_id", { mode: "number" })
      .notNull()
      .references(() => posts.id),
    /** Who caused it (the replier, the person who mentioned or accepted). */
    actorId: bigint("actor_id", { mode: "number" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp("read_at", { withTimezone: true }),
    /**
     * Set when an e-mail told of it (its own, or the daily digest): never told twice. A reply in a
     * topic whose last reply e-mail the member has not followed up stays unset (mails.ts).
     */
    emailedAt: timestamp("emailed_at", { withTimezone: true }),
  },
  (t) => [
    index("community_notifications_account_idx").on(t.accountId, t.createdAt.desc()),
    // The counter, and a topic's unread notifications (read when its page is opened).
    index("community_notifications_unread_idx").on(t.accountId, t.topicId).where(sql`read_at is null`),
    index("community_notifications_digest_idx").on(t.createdAt).where(sql`emailed_at is null`),
  ],
);

export const EMAIL_CHOICES = ["immediate", "daily", "off"] as const;
export type EmailChoice = (typeof EMAIL_CHOICES)[number];

/** Per member and kind: how they want to be told by e-mail. No row means "immediate". */
export const notificationSettings = pgTable(
  "community_notification_settings",
  {
    accountId: bigint("account_id", { mode: "number" }).notNull(),
    kind: text("kind", { enum: NOTIFICATION_KINDS }).notNull(),
    email: text("email", { enum: EMAIL_CHOICES }).notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.kind] })],
);
