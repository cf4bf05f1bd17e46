import { sql } from "drizzle-orm";
import {
  bigint,
  check,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { citext } from "../../db/types.ts";

export const SUBSCRIBER_STATUSES = [
  "pending",
  "active",
  "unsubscribed",
  "bounced",
  "complained",
  "objected",
] as const;
export type SubscriberStatus = (typeof SUBSCRIBER_STATUSES)[number];

/** The statuses that stop all marketing to an address until its owner confirms a new sign-up. */
export const SUPPRESSION_REASONS = ["unsubscribed", "bounced", "complained", "objected"] as const;
export type SuppressionReason = (typeof SUPPRESSION_REASONS)[number];

export const CONTACT_KINDS = ["prospect", "client"] as const;
export const LAWFUL_BASES = ["consent", "client_soft_opt_in"] as const;

/**
 * Newsletter subscribers (prospects and clients). A subscription is active only after the
 * confirmation link (double opt-in); the consent itself is proven by the consent ledger.
 * An unsubscribed, bounced, complaining or objecting address is never written to again, until
 * its owner subscribes anew through the confirmation link.
 */
export const subscribers = pgTable(
  "newsletter_subscribers",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    email: citext("email").notNull().unique(),
    locale: text("locale", { enum: ["fr", "en"] }).notNull(),
    /** The member's account when the address is theirs. */
    accountId: bigint("account_id", { mode: "number" }),
    status: text("status", { enum: SUBSCRIBER_STATUSES }).notNull().default("pending"),
    /** Only the hash of the single-use confirmation link is kept. */
    confirmTokenHash: text("confirm_token_hash"),
    confirmExpiresAt: timestamp("confirm_expires_at", { withTimezone: true }),
    /** The wording shown on the form, recorded in the ledger when the link is followed. */
    requestedWording: text("requested_wording"),
    requestedPage: text("requested_page"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    confirmedAt: timestamp("confirmed_at", { withTimezone: true }),
    unsubscribedAt: timestamp("unsubscribed_at", { withTimezone: true }),
    /** The subscriber's own last action (sign-up, confirmation, a click): retention counts from it. */
    lastActionAt: timestamp("last_action_at", { withTimezone: true }).notNull().defaultNow(),
    /** A client of the bank or a prospect: only prospects' data expires after 3 years without action. */
    kind: text("kind", { enum: CONTACT_KINDS }).notNull().default("prospect"),
    /** Why the bank may write: the person's consent, or a client's soft opt-in (CPCE L34-5). */
    lawfulBasis: text("lawful_basis", { enum: LAWFUL_BASES }).notNull().default("consent"),
    /** Where the contact came from: this site's form, a member account, or an import (with its file's note). */
    source: text("source").notNull().default("form"),
    tags: text("tags").array().notNull().default(sql`'{}'::text[]`),
    /** Processing restricted (GDPR art. 18): the contact is kept, but not written to, nor erased by retention. */
    restrictedAt: timestamp("restricted_at", { withTimezone: true }),
    /** The one re-permission e-mail sent before a prospect's data expires. */
    repermissionSentAt: timestamp("repermission_sent_at", { withTimezone: true }),
  },
  (t) => [
    index("newsletter_subscribers_status_idx").on(t.status, t.createdAt),
    index("newsletter_subscribers_token_idx").on(t.confirmTokenHash),
  ],
);

/**
 * The suppression list: every address that unsubscribed, objected, bounced or complained, kept as
 * a keyed hash (HMAC-SHA256 under SUPPRESSION_SECRET) of the normalised address, never in clear.
 * It outlives the subscriber row (erasure, retention, a purge of unconfirmed sign-ups), because
 * honouring an objection means recognising the address when it comes back (GDPR art. 17(3), 21(3);
 * CNIL on opposition lists). Every path that adds or activates an address reads it; only the
 * owner's click on a confirmation link lifts it.
 */
export const suppressions = pgTable("newsletter_suppressions", {
  addressHash: text("address_hash").primaryKey(),
  reason: text("reason", { enum: SUPPRESSION_REASONS }).notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

export const CAMPAIGN_STATUSES = ["draft", "awaiting_approval", "approved", "sending", "sent"] as const;
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];

/**
 * A newsletter issue, written in French and English (Markdown). It is sent only once someone
 * other than its author has approved it (four eyes), enforced here by a check constraint too.
 */
export const campaigns = pgTable(
  "newsletter_campaigns",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    subjectFr: text("subject_fr").notNull(),
    bodyFr: text("body_fr").notNull(),
    subjectEn: text("subject_en").notNull(),
    bodyEn: text("body_en").notNull(),
    status: text("status", { enum: CAMPAIGN_STATUSES }).notNull().default("draft"),
    authorId: bigint("author_id", { mode: "number" }).notNull(),
    approvedBy: bigint("approved_by", { mode: "number" }),
    approvedAt: timestamp("approved_at", { withTimezone: true }),
    /** When sending starts (approval time when not scheduled). */
    /** The audience: subscribers in any of these lists (none: every list)… */
    listIds: bigint("list_ids", { mode: "number" }).array().notNull().default(sql`'{}'::bigint[]`),
    /** …having every one of these tags (none: any). */
    tags: text("tags").array().notNull().default(sql`'{}'::text[]`),
    sendAt: timestamp("send_at", { withTimezone: true }),
    startedAt: timestamp("started_at", { withTimezone: true }),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("newsletter_campaigns_four_eyes", sql`${t.approvedBy} is null or ${t.approvedBy} <> ${t.authorId}`),
  ],
);

export const DELIVERY_STATUSES = ["queued", "sent", "failed", "skipped", "bounced"] as const;

/** One row per campaign and subscriber active when sending started: what happened to that message. */
export const deliveries = pgTable(
  "newsletter_deliveries",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    campaignId: bigint("campaign_id", { mode: "number" })
      .notNull()
      .references(() => campaigns.id),
    subscriberId: bigint("subscriber_id", { mode: "number" }).notNull(),
    status: text("status", { enum: DELIVERY_STATUSES }).notNull().default("queued"),
    attempts: integer("attempts").notNull().default(0),
    error: text("error"),
    sentAt: timestamp("sent_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("newsletter_deliveries_once_idx").on(t.campaignId, t.subscriberId),
    index("newsletter_deliveries_status_idx").on(t.campaignId, t.status),
  ],
);

/** Named lists of contacts (clients of an agency, readers of the savings letter…), for campaigns. */
export const contactLists = pgTable("newsletter_lists", {
  id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
  name: text("name").notNull().unique(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

export const listMembers = pgTable(
  "newsletter_list_members",
  {
    listId: bigint("list_id", { mode: "number" })
      .notNull()
      .references(() => contactLists.id, { onDelete: "cascade" }),
    subscriberId: bigint("subscriber_id", { mode: "number" })
      .notNull()
      .references(() => subscribers.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.listId, t.subscriberId] })],
);

/**
 * Clicks on a campaign's links, counted only when NEWSLETTER_CLICK_COUNTING is on (and said so in
 * the notice): first-party, through this site's own redirect. A click is the subscriber's own
 * action, so it restarts a prospect's retention clock. Opens are never counted.
 */
export const clicks = pgTable(
  "newsletter_clicks",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    campaignId: bigint("campaign_id", { mode: "number" })
      .notNull()
      .references(() => campaigns.id),
    subscriberId: bigint("subscriber_id", { mode: "number" })
      .notNull()
      .references(() => subscribers.id, { onDelete: "cascade" }),
    url: text("url").notNull(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("newsletter_clicks_campaign_idx").on(t.campaignId)],
);
