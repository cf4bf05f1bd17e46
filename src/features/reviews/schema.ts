import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
} from "drizzle-orm/pg-core";
import { bytea, citext } from "../../db/types.ts";

/**
 * Client reviews of the bank (NF ISO 20488; Code de la consommation L111-7-2, D111-16 to D111-19):
 * a review is written from a single-use invitation (« Avis vérifié », with the date of the
 * experience) or spontaneously by a signed-in member, checked in order of arrival within the
 * published delay, published or refused for one of a fixed list of reasons, answered once by the
 * bank. Nothing here is ever deleted for being negative.
 */

/** Where a review is in its life. "held": negative, the author chose to give the bank time to contact them first. */
export const REVIEW_STATUSES = ["submitted", "published", "refused", "held", "withdrawn"] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

/** The closed list of reasons a review may be refused for (published on the disclosure page). Never for being negative. */
export const REFUSAL_REASONS = [
  "personal_data",
  "insults",
  "off_topic",
  "conflict_of_interest",
  "contradiction",
  "duplicate",
  "not_genuine",
  "promotion",
  "competitor",
  "illegal",
] as const;
export type RefusalReason = (typeof REFUSAL_REASONS)[number];

/** The aspects a review may rate besides the overall rating. */
export const ASPECTS = ["advice", "digital", "fees", "availability"] as const;
export type Aspect = (typeof ASPECTS)[number];

/** Where an invitation batch came from: a resolved inbox conversation, a CSV upload, the bank's systems through the API. */
export const INVITATION_ORIGINS = ["inbox", "csv", "api"] as const;
export type InvitationOrigin = (typeof INVITATION_ORIGINS)[number];

const rating = (column: string) => sql.raw(`"${column}" is null or "${column}" between 1 and 5`);

/**
 * A batch of invitations, as the bank sent it: everyone in it is invited (no filter on
 * satisfaction; a request that tries one is refused and `refusedFilter` says so in the register).
 */
export const reviewInvitationBatches = pgTable(
  "reviews_invitation_batches",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    origin: text("origin", { enum: INVITATION_ORIGINS }).notNull(),
    /** The staff member who uploaded the file or resolved the conversation; null for the API. */
    createdBy: bigint("created_by", { mode: "number" }),
    /** The API key's name or the file's name, for the register. */
    label: text("label").notNull().default(""),
    invited: integer("invited").notNull().default(0),
    /** A satisfaction filter the request carried and that was refused (the register says so). */
    refusedFilter: text("refused_filter"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("reviews_invitation_batches_created_idx").on(t.createdAt)],
);

/**
 * One invitation: a single-use link sent by e-mail after a real interaction. Only the token's
 * SHA-256 is stored; the link is the proof the experience happened (« Avis vérifié »).
 */
export const reviewInvitations = pgTable(
  "reviews_invitations",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    batchId: bigint("batch_id", { mode: "number" })
      .notNull()
      .references(() => reviewInvitationBatches.id),
    tokenHash: bytea("token_hash").notNull().unique(),
    /** Null once the person was erased (the invitation stays counted in the conformity report). */
    email: citext("email"),
    /** The first name and the initial of the last name, as the review will be signed. */
    firstName: text("first_name").notNull().default(""),
    lastName: text("last_name").notNull().default(""),
    /** The member invited, when the invitation follows a member's conversation. */
    accountId: bigint("account_id", { mode: "number" }),
    /** The bank's own reference for the interaction (a case number, a branch visit). */
    externalReference: text("external_reference"),
    /** The inbox conversation resolved that led to the invitation. */
    conversationId: bigint("conversation_id", { mode: "number" }),
    product: text("product"),
    experienceDate: date("experience_date", { mode: "string" }).notNull(),
    locale: text("locale", { enum: ["fr", "en"] })
      .notNull()
      .default("fr"),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    /** When the link was used: it writes one review, once. */
    usedAt: timestamp("used_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    index("reviews_invitations_batch_idx").on(t.batchId),
    index("reviews_invitations_email_idx").on(t.email),
    index("reviews_invitations_created_idx").on(t.createdAt),
  ],
);

/**
 * A review as it stands now. Its earlier published versions are kept in `reviews_versions`
 * (an author may update after the bank's answer; both stay public). Text is stored masked for
 * personal data, as it is published.
 */
export const reviews = pgTable(
  "reviews",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    /** The member who wrote it (spontaneous, or an invitation used while signed in); null after erasure. */
    authorAccountId: bigint("author_account_id", { mode: "number" }),
    invitationId: bigint("invitation_id", { mode: "number" })
      .unique()
      .references(() => reviewInvitations.id),
    /** Written through an invitation: « Avis vérifié ». */
    verified: boolean("verified").notNull(),
    /** Where statements of reasons go when the author has no account (from the invitation). */
    authorEmail: citext("author_email"),
    /** The signature shown: first name and initial (« Marie D. »); none after the anonymity period. */
    authorName: text("author_name").notNull(),
    /** For an author without an account: the SHA-256 of the key in their links to edit or withdraw. */
    authorKeyHash: bytea("author_key_hash").unique(),
    rating: smallint("rating").notNull(),
    ratingAdvice: smallint("rating_advice"),
    ratingDigital: smallint("rating_digital"),
    ratingFees: smallint("rating_fees"),
    ratingAvailability: smallint("rating_availability"),
    title: text("title").notNull(),
    body: text("body").notNull(),
    product: text("product").notNull(),
    experienceDate: date("experience_date", { mode: "string" }).notNull(),
    language: text("language", { enum: ["fr", "en"] })
      .notNull()
      .default("fr"),
    status: text("status", { enum: REVIEW_STATUSES }).notNull().default("submitted"),
    /** The current version's number (1, then 2 after an update…). */
    version: integer("version").notNull().default(1),
    /** A negative review's author asked the bank to contact them first: published at this time at the latest. */
    holdUntil: timestamp("hold_until", { withTimezone: true }),
    /** The last refusal's reason, while refused (the history is in reviews_decisions). */
    refusalReason: text("refusal_reason", { enum: REFUSAL_REASONS }),
    /** The inbox conversation the review opened (negative ones always). */
    conversationId: bigint("conversation_id", { mode: "number" }),
    /** When it arrived (or was resubmitted): the moderation queue's order and its deadline. */
    submittedAt: timestamp("submitted_at", { withTimezone: true }).notNull(),
    firstPublishedAt: timestamp("first_published_at", { withTimezone: true }),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    /**
     * An author's update of this published review, waiting for a moderator (its version number is
     * the one the update will have): the version already accepted stays public meanwhile.
     */
    pendingEdit: jsonb("pending_edit").$type<PendingEdit>(),
    /** When that update arrived: its place in the queue and its deadline. */
    pendingSince: timestamp("pending_since", { withTimezone: true }),
    /** When the author last changed it after publication (shown: « mis à jour le »). */
    editedAt: timestamp("edited_at", { withTimezone: true }),
    withdrawnAt: timestamp("withdrawn_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    index("reviews_queue_idx").on(t.status, t.submittedAt),
    index("reviews_published_idx")
      .on(t.publishedAt.desc(), t.id.desc())
      .where(sql`${t.status} = 'published'`),
    index("reviews_published_product_idx")
      .on(t.product, t.publishedAt.desc(), t.id.desc())
      .where(sql`${t.status} = 'published'`),
    index("reviews_published_rating_idx")
      .on(t.rating, t.publishedAt.desc(), t.id.desc())
      .where(sql`${t.status} = 'published'`),
    index("reviews_author_idx").on(t.authorAccountId),
    check("reviews_rating", sql`${t.rating} between 1 and 5`),
    check("reviews_rating_advice", rating("rating_advice")),
    check("reviews_rating_digital", rating("rating_digital")),
    check("reviews_rating_fees", rating("rating_fees")),
    check("reviews_rating_availability", rating("rating_availability")),
    check("reviews_verified", sql`${t.verified} = (${t.invitationId} is not null)`),
  ],
);

/** An update of a published review as the author wrote it (masked), waiting for moderation. */
export interface PendingEdit {
  version: number;
  rating: number;
  ratingAdvice: number | null;
  ratingDigital: number | null;
  ratingFees: number | null;
  ratingAvailability: number | null;
  title: string;
  body: string;
  product: string;
  experienceDate: string;
}

/** Every version of a review that was public, so an update after the bank's answer leaves the first one readable. */
export const reviewVersions = pgTable(
  "reviews_versions",
  {
    reviewId: bigint("review_id", { mode: "number" })
      .notNull()
      .references(() => reviews.id),
    version: integer("version").notNull(),
    rating: smallint("rating").notNull(),
    ratingAdvice: smallint("rating_advice"),
    ratingDigital: smallint("rating_digital"),
    ratingFees: smallint("rating_fees"),
    ratingAvailability: smallint("rating_availability"),
    title: text("title").notNull(),
    body: text("body").notNull(),
    product: text("product").notNull(),
    experienceDate: date("experience_date", { mode: "string" }).notNull(),
    publishedAt: timestamp("published_at", { withTimezone: true }).notNull(),
    /** When the next version replaced it. */
    replacedAt: timestamp("replaced_at", { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.reviewId, t.version] })],
);

export const REVIEW_DECISIONS = ["published", "refused"] as const;

/**
 * Every moderation decision on a review, kept: the statement of reasons sent to the author, the
 * conformity report's counts (refused by reason, delay before publication).
 */
export const reviewDecisions = pgTable(
  "reviews_decisions",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    reviewId: bigint("review_id", { mode: "number" })
      .notNull()
      .references(() => reviews.id),
    version: integer("version").notNull(),
    decision: text("decision", { enum: REVIEW_DECISIONS }).notNull(),
    reason: text("reason", { enum: REFUSAL_REASONS }),
    /** The moderator's words to the author (the statement of reasons). */
    explanation: text("explanation").notNull().default(""),
    /** Null when the review was published by the schedule at the end of its hold. */
    decidedBy: bigint("decided_by", { mode: "number" }),
    /** When the version decided on arrived (the delay is decidedAt − submittedAt). */
    submittedAt: timestamp("submitted_at", { withTimezone: true }).notNull(),
    decidedAt: timestamp("decided_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    index("reviews_decisions_review_idx").on(t.reviewId, t.decidedAt),
    index("reviews_decisions_decided_idx").on(t.decidedAt),
    check("reviews_decisions_reason", sql`(${t.decision} = 'refused') = (${t.reason} is not null)`),
  ],
);

/** The bank's public answer: one per review, written through the inbox, published once approved. */
export const reviewAnswers = pgTable("reviews_answers", {
  reviewId: bigint("review_id", { mode: "number" })
    .primaryKey()
    .references(() => reviews.id),
  authorId: bigint("author_id", { mode: "number" }).notNull(),
  body: text("body").notNull(),
  /** The review's version the answer was written to. */
  reviewVersion: integer("review_version").notNull(),
  conversationId: bigint("conversation_id", { mode: "number" }),
  publishedAt: timestamp("published_at", { withTimezone: true }).notNull(),
});

/**
 * The settings the disclosure page is generated from (one row). Delays in days, periods in months.
 */
export const reviewSettings = pgTable(
  "reviews_settings",
  {
    id: smallint("id").primaryKey().default(1),
    /** Reviews are checked and published or refused within this many days of arrival. */
    moderationDelayDays: integer("moderation_delay_days").notNull().default(7),
    /** The longest a negative review's author may have it held for the bank to contact them. */
    holdDelayDays: integer("hold_delay_days").notNull().default(7),
    /** After this many months from publication a review is shown without its author's name. */
    anonymityMonths: integer("anonymity_months").notNull().default(18),
    /** How long a review stays public. */
    retentionMonths: integer("retention_months").notNull().default(60),
    /** The shortest text a review may have, in characters. */
    minTextLength: integer("min_text_length").notNull().default(50),
    /** How many days an invitation link stays valid. */
    invitationValidityDays: integer("invitation_validity_days").notNull().default(60),
    updatedBy: bigint("updated_by", { mode: "number" }),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("reviews_settings_one", sql`${t.id} = 1`),
    check("reviews_settings_moderation_delay", sql`${t.moderationDelayDays} between 1 and 30`),
    check("reviews_settings_hold_delay", sql`${t.holdDelayDays} between 0 and 7`),
    check("reviews_settings_anonymity", sql`${t.anonymityMonths} between 1 and 120`),
    check("reviews_settings_retention", sql`${t.retentionMonths} between 12 and 240`),
    check("reviews_settings_min_text", sql`${t.minTextLength} between 10 and 1000`),
    check("reviews_settings_invitation_validity", sql`${t.invitationValidityDays} between 1 and 365`),
  ],
);
