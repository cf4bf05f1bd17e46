import { bigint, index, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { citext } from "../../db/types.ts";

export const SUBSCRIBER_STATUSES = ["pending", "active", "unsubscribed", "bounced", "complained"] as const;
export type SubscriberStatus = (typeof SUBSCRIBER_STATUSES)[number];

/**
 * Newsletter subscribers (prospects and clients). A subscription is active only after the
 * confirmation link (double opt-in); the consent itself is proven by the consent ledger.
 * An unsubscribed, bounced or complaining address is never written to again.
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
  },
  (t) => [
    index("newsletter_subscribers_status_idx").on(t.status, t.createdAt),
    index("newsletter_subscribers_token_idx").on(t.confirmTokenHash),
  ],
);
