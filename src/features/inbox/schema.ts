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
  real,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { bytea, citext, tsvector } from "../../db/types.ts";

/**
 * The inbox's tables: everything clients say to the bank, from every source, as conversations
 * the bank's teams work, with the service levels and the register of complaints.
 */

/** Where a conversation came from. Social networks (a later issue) add their own names. */
export const SOURCES = [
  "private_message",
  "contact_form",
  "email",
  "community",
  "newsroom_comment",
  "review",
] as const;
export const STATUSES = ["open", "waiting_on_client", "snoozed", "resolved"] as const;
export type ConversationStatus = (typeof STATUSES)[number];
export const PRIORITIES = ["low", "normal", "high", "urgent"] as const;
export type Priority = (typeof PRIORITIES)[number];
export const SENTIMENTS = ["positive", "neutral", "negative"] as const;

/** The bank's teams that work the inbox (particuliers, crédit immobilier…). */
export const teams = pgTable("inbox_teams", {
  id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
  slug: text("slug").notNull().unique(),
  nameFr: text("name_fr").notNull(),
  nameEn: text("name_en").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/** Who works in a team, whether they take new conversations now, and how many at most. */
export const teamMembers = pgTable(
  "inbox_team_members",
  {
    teamId: bigint("team_id", { mode: "number" })
      .notNull()
      .references(() => teams.id),
    accountId: bigint("account_id", { mode: "number" }).notNull(),
    available: boolean("available").notNull().default(true),
    capacity: integer("capacity").notNull().default(25),
    /** For round robin: the last time a conversation was given to them automatically. */
    lastAssignedAt: timestamp("last_assigned_at", { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.teamId, t.accountId] }),
    index("inbox_team_members_account_idx").on(t.accountId),
    check("inbox_team_members_capacity", sql`${t.capacity} between 0 and 500`),
  ],
);

/** Per advisor: whether their replies wait for a second pair of eyes (new staff). */
export const advisors = pgTable("inbox_advisors", {
  accountId: bigint("account_id", { mode: "number" }).primaryKey(),
  needsApproval: boolean("needs_approval").notNull().default(false),
});

/**
 * The person a conversation is with: a member (account) or someone known by an e-mail address
 * only. The inbox shows their other conversations, never an account's data unless they are members.
 */
export const correspondents = pgTable(
  "inbox_correspondents",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    accountId: bigint("account_id", { mode: "number" }).unique(),
    email: citext("email").unique(),
    displayName: text("display_name").notNull(),
    locale: text("locale", { enum: ["fr", "en"] })
      .notNull()
      .default("fr"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    /**
     * When the person was erased: their account and address are gone and the row only holds the
     * conversations kept for the bank's statistics, anonymised (features/inbox/erasure.ts).
     */
    erasedAt: timestamp("erased_at", { withTimezone: true }),
  },
  (t) => [
    check(
      "inbox_correspondents_known",
      sql`${t.accountId} is not null or ${t.email} is not null or ${t.erasedAt} is not null`,
    ),
  ],
);

/** One conversation per thread of a source. */
export const conversations = pgTable(
  "inbox_conversations",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    correspondentId: bigint("correspondent_id", { mode: "number" })
      .notNull()
      .references(() => correspondents.id),
    source: text("source").notNull(),
    /** The source's own name for the thread (a topic id, the first Message-ID…), unique per source. */
    threadKey: text("thread_key").notNull(),
    /** Where the conversation can be seen at its source (a topic's page), when it is public. */
    sourceLink: text("source_link"),
    subject: text("subject").notNull(),
    language: text("language", { enum: ["fr", "en"] })
      .notNull()
      .default("fr"),
    status: text("status", { enum: STATUSES }).notNull().default("open"),
    snoozedUntil: timestamp("snoozed_until", { withTimezone: true }),
    priority: text("priority", { enum: PRIORITIES }).notNull().default("normal"),
    teamId: bigint("team_id", { mode: "number" }).references(() => teams.id),
    assigneeId: bigint("assignee_id", { mode: "number" }),
    /** The community category it concerns, when it comes from the community. */
    categorySlug: text("category_slug"),
    tags: text("tags").array().notNull().default(sql`'{}'::text[]`),
    sentiment: text("sentiment", { enum: SENTIMENTS }).notNull().default("neutral"),
    sentimentScore: real("sentiment_score").notNull().default(0),
    /** The classifier's suggestion until an advisor confirms or corrects it. */
    complaint: boolean("complaint").notNull().default(false),
    complaintConfirmed: boolean("complaint_confirmed").notNull().default(false),
    paymentService: boolean("payment_service").notNull().default(false),
    /** A private conversation opened from a public one ("continue in private"), and back. */
    linkedConversationId: bigint("linked_conversation_id", { mode: "number" }),
    /** Service levels: the targets of the current cycle, in business time (features/inbox/service-levels.ts). */
    firstResponseDueAt: timestamp("first_response_due_at", { withTimezone: true }),
    nextResponseDueAt: timestamp("next_response_due_at", { withTimezone: true }),
    resolutionDueAt: timestamp("resolution_due_at", { withTimezone: true }),
    firstResponseAt: timestamp("first_response_at", { withTimezone: true }),
    /** When the timers stopped for waiting on the client; the due times move by the business time paused. */
    pausedAt: timestamp("paused_at", { withTimezone: true }),
    lastClientMessageAt: timestamp("last_client_message_at", { withTimezone: true }).notNull(),
    lastMessageAt: timestamp("last_message_at", { withTimezone: true }).notNull(),
    /** When the member last read the conversation in "Mes messages": answers sent after it are unread. */
    correspondentReadAt: timestamp("correspondent_read_at", { withTimezone: true }),
    /** Messages from the client no advisor has opened yet (the unread count). */
    unread: boolean("unread").notNull().default(true),
    resolvedAt: timestamp("resolved_at", { withTimezone: true }),
    reopenedCount: integer("reopened_count").notNull().default(0),
    /** Subject and every message, for the inbox's search (kept up to date as messages arrive). */
    searchDocument: tsvector("search_document").notNull().default(sql`''::tsvector`),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex("inbox_conversations_thread_idx").on(t.source, t.threadKey),
    index("inbox_conversations_status_idx").on(t.status, t.lastMessageAt.desc()),
    // A view's page reads its rows in order from these (mine, my teams: newest first), not by sorting the scope.
    index("inbox_conversations_assignee_idx").on(
      t.assigneeId,
      t.status,
      t.lastMessageAt.desc().nullsFirst(),
      t.id.desc().nullsFirst(),
    ),
    index("inbox_conversations_team_idx").on(
      t.teamId,
      t.status,
      t.lastMessageAt.desc().nullsFirst(),
      t.id.desc().nullsFirst(),
    ),
    index("inbox_conversations_correspondent_idx").on(t.correspondentId, t.lastMessageAt.desc()),
    index("inbox_conversations_complaint_idx").on(t.complaint, t.status),
    // Conversations opened in a period: the reports and the barometer's Conversation Index.
    index("inbox_conversations_created_idx").on(t.createdAt),
    index("inbox_conversations_search_idx").using("gin", t.searchDocument),
    index("inbox_conversations_tags_idx").using("gin", t.tags),
    check("inbox_conversations_subject_length", sql`char_length(${t.subject}) between 1 and 300`),
    check("inbox_conversations_snooze", sql`(${t.status} = 'snoozed') = (${t.snoozedUntil} is not null)`),
  ],
);

export const DIRECTIONS = ["incoming", "outgoing", "note"] as const;
export type Direction = (typeof DIRECTIONS)[number];
/** An outgoing message's life: written, waiting for a second pair of eyes, sent, or refused by the approver. */
export const DELIVERY_STATES = ["pending_approval", "sent", "refused"] as const;
export type DeliveryState = (typeof DELIVERY_STATES)[number];

/** What the client wrote, what the bank answered, and the team's private notes. */
export const messages = pgTable(
  "inbox_messages",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    conversationId: bigint("conversation_id", { mode: "number" })
      .notNull()
      .references(() => conversations.id),
    direction: text("direction", { enum: DIRECTIONS }).notNull(),
    /** The member or staff account that wrote it; null for someone without an account. */
    authorId: bigint("author_id", { mode: "number" }),
    body: text("body").notNull(),
    /** Whether the bank's answer is published where the client spoke (a topic) or sent privately. */
    public: boolean("public").notNull().default(false),
    delivery: text("delivery", { enum: DELIVERY_STATES }),
    /** Why it waits for approval (new advisor, complaint in public, compliance override). */
    approvalReasons: text("approval_reasons").array(),
    approvedBy: bigint("approved_by", { mode: "number" }),
    approvedAt: timestamp("approved_at", { withTimezone: true }),
    /** A compliance officer's written reason for letting a guarded reply through. */
    overrideBy: bigint("override_by", { mode: "number" }),
    overrideReason: text("override_reason"),
    /** The source's id of this message (a community post id, an e-mail's Message-ID). */
    externalId: text("external_id"),
    /** For e-mail: In-Reply-To and References, and SPF/DKIM as the relay reported them. */
    emailHeaders: jsonb("email_headers").$type<Record<string, unknown>>(),
    /** The classifier's reading of an incoming message. */
    language: text("language", { enum: ["fr", "en"] }),
    sentiment: text("sentiment", { enum: SENTIMENTS }),
    sentimentScore: real("sentiment_score"),
    complaintScore: real("complaint_score"),
    paymentService: boolean("payment_service"),
    /** @mentions of colleagues in a note. */
    mentions: bigint("mentions", { mode: "number" }).array(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
  },
  (t) => [
    index("inbox_messages_conversation_idx").on(t.conversationId, t.id),
    uniqueIndex("inbox_messages_external_idx").on(t.externalId).where(sql`${t.externalId} is not null`),
    index("inbox_messages_pending_idx").on(t.delivery).where(sql`${t.delivery} = 'pending_approval'`),
    check("inbox_messages_body_length", sql`char_length(${t.body}) between 1 and 100000`),
    check("inbox_messages_delivery", sql`(${t.direction} = 'outgoing') = (${t.delivery} is not null)`),
  ],
);

/** Files attached to a message, kept only when their bytes are of an allowed type. */
export const attachments = pgTable(
  "inbox_attachments",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    messageId: bigint("message_id", { mode: "number" })
      .notNull()
      .references(() => messages.id),
    filename: text("filename").notNull(),
    /** The type read from the bytes, not the one the sender claimed. */
    mediaType: text("media_type").notNull(),
    size: integer("size").notNull(),
    sha256: text("sha256").notNull(),
    content: bytea("content").notNull(),
  },
  (t) => [index("inbox_attachments_message_idx").on(t.messageId)],
);

/** An advisor's confirmation or correction of the classifier, kept to measure its error rate. */
export const labelReviews = pgTable(
  "inbox_label_reviews",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    conversationId: bigint("conversation_id", { mode: "number" })
      .notNull()
      .references(() => conversations.id),
    predictedComplaint: boolean("predicted_complaint").notNull(),
    confirmedComplaint: boolean("confirmed_complaint").notNull(),
    predictedPaymentService: boolean("predicted_payment_service").notNull(),
    confirmedPaymentService: boolean("confirmed_payment_service").notNull(),
    reviewedBy: bigint("reviewed_by", { mode: "number" }).notNull(),
    reviewedAt: timestamp("reviewed_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("inbox_label_reviews_conversation_idx").on(t.conversationId)],
);

export const COMPLAINT_LEVELS = ["advisor", "complaints_department", "mediator"] as const;
export const COMPLAINT_OUTCOMES = ["upheld", "partly_upheld", "rejected"] as const;
export type ComplaintOutcome = (typeof COMPLAINT_OUTCOMES)[number];

/**
 * The register of complaints (ACPR 2022-R-01): one entry per confirmed complaint, never deleted
 * (a trigger refuses it), kept under the register of processing's retention.
 */
export const complaints = pgTable(
  "inbox_complaints",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    conversationId: bigint("conversation_id", { mode: "number" })
      .notNull()
      .unique()
      .references(() => conversations.id),
    receivedAt: timestamp("received_at", { withTimezone: true }).notNull(),
    /** The Paris day of receipt, from which the clocks run. */
    receivedOn: date("received_on").notNull(),
    channel: text("channel").notNull(),
    sourceLink: text("source_link"),
    product: text("product"),
    category: text("category"),
    rootCause: text("root_cause"),
    level: text("level", { enum: COMPLAINT_LEVELS }).notNull().default("advisor"),
    paymentService: boolean("payment_service").notNull(),
    acknowledgeBy: date("acknowledge_by").notNull(),
    answerBy: date("answer_by").notNull(),
    acknowledgedAt: timestamp("acknowledged_at", { withTimezone: true }),
    /** A payment-service complaint's holding reply with its reasons (moves the answer to 35 business days). */
    holdingReplyAt: timestamp("holding_reply_at", { withTimezone: true }),
    holdingReplyReasons: text("holding_reply_reasons"),
    answeredAt: timestamp("answered_at", { withTimezone: true }),
    outcome: text("outcome", { enum: COMPLAINT_OUTCOMES }),
    compensationCents: bigint("compensation_cents", { mode: "number" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    index("inbox_complaints_received_idx").on(t.receivedOn),
    index("inbox_complaints_open_idx").on(t.answerBy).where(sql`${t.answeredAt} is null`),
    check(
      "inbox_complaints_compensation",
      sql`${t.compensationCents} is null or ${t.compensationCents} >= 0`,
    ),
  ],
);

/** Canned replies in French and English, with variables ({prenom}, {conseiller}). */
export const cannedReplies = pgTable(
  "inbox_canned_replies",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    shortcut: text("shortcut").notNull(),
    locale: text("locale", { enum: ["fr", "en"] }).notNull(),
    title: text("title").notNull(),
    body: text("body").notNull(),
    createdBy: bigint("created_by", { mode: "number" }).notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex("inbox_canned_replies_shortcut_idx").on(t.shortcut, t.locale),
    check("inbox_canned_replies_body_length", sql`char_length(${t.body}) between 1 and 5000`),
  ],
);

/** Service-level targets per team and priority, in business minutes (opening hours only). */
export const serviceLevels = pgTable(
  "inbox_service_levels",
  {
    teamId: bigint("team_id", { mode: "number" })
      .notNull()
      .references(() => teams.id),
    priority: text("priority", { enum: PRIORITIES }).notNull(),
    firstResponseMinutes: integer("first_response_minutes").notNull(),
    nextResponseMinutes: integer("next_response_minutes").notNull(),
    resolutionMinutes: integer("resolution_minutes").notNull(),
  },
  (t) => [primaryKey({ columns: [t.teamId, t.priority] })],
);

/** The bank's opening hours per weekday (1 = Monday), in Paris time; a missing day is closed. */
export const openingHours = pgTable(
  "inbox_opening_hours",
  {
    weekday: integer("weekday").primaryKey(),
    opensAt: text("opens_at").notNull(),
    closesAt: text("closes_at").notNull(),
  },
  (t) => [
    check("inbox_opening_hours_weekday", sql`${t.weekday} between 1 and 7`),
    check(
      "inbox_opening_hours_times",
      sql`${t.opensAt} ~ '^[0-2][0-9]:[0-5][0-9]$' and ${t.closesAt} > ${t.opensAt}`,
    ),
  ],
);

/** Which community topics need a bank answer: every new topic, or those unanswered after N hours. */
export const sourceRules = pgTable("inbox_source_rules", {
  categorySlug: text("category_slug").primaryKey(),
  mode: text("mode", { enum: ["every_topic", "unanswered_after", "off"] }).notNull(),
  hours: integer("hours"),
  teamId: bigint("team_id", { mode: "number" }).references(() => teams.id),
});

/** A contact-form message waiting for its sender to confirm their address (then it becomes a conversation). */
export const contactRequests = pgTable(
  "inbox_contact_requests",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    email: citext("email").notNull(),
    name: text("name").notNull(),
    subject: text("subject").notNull(),
    body: text("body").notNull(),
    locale: text("locale", { enum: ["fr", "en"] }).notNull(),
    tokenHash: text("token_hash").notNull().unique(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    confirmedAt: timestamp("confirmed_at", { withTimezone: true }),
    conversationId: bigint("conversation_id", { mode: "number" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("inbox_contact_requests_expiry_idx").on(t.expiresAt)],
);

/** Who is writing a reply to a conversation right now (the "a colleague is writing" warning). */
export const composing = pgTable(
  "inbox_composing",
  {
    conversationId: bigint("conversation_id", { mode: "number" }).notNull(),
    accountId: bigint("account_id", { mode: "number" }).notNull(),
    until: timestamp("until", { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.conversationId, t.accountId] })],
);

/** The one-question satisfaction survey sent when a conversation is resolved (kept for the barometer). */
export const satisfaction = pgTable(
  "inbox_satisfaction",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    conversationId: bigint("conversation_id", { mode: "number" })
      .notNull()
      .references(() => conversations.id),
    tokenHash: text("token_hash").notNull().unique(),
    sentAt: timestamp("sent_at", { withTimezone: true }).notNull(),
    rating: integer("rating"),
    comment: text("comment"),
    answeredAt: timestamp("answered_at", { withTimezone: true }),
  },
  (t) => [
    index("inbox_satisfaction_conversation_idx").on(t.conversationId),
    check("inbox_satisfaction_rating", sql`${t.rating} is null or ${t.rating} between 1 and 5`),
  ],
);
