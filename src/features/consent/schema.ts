import { sql } from "drizzle-orm";
import { bigint, check, index, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { citext } from "../../db/types.ts";

// The consent ledger's tables keep their names (privacy_…): they were privacy's before the
// ledger became a layer of its own, and renaming them would buy nothing.

/** The purposes a person consents to, each on its own (never bundled with the terms of use). */
export const CONSENT_PURPOSES = [
  "newsletter",
  "cookie_video",
  "audience_measurement",
  "death_directives",
  /** Being invited by e-mail to answer the bank's surveys (withdrawn from each invitation, in one click). */
  "surveys",
] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];
export const CONSENT_DECISIONS = ["granted", "withdrawn"] as const;
export const CONSENT_CHANNELS = [
  "web_form",
  "email_link",
  "account",
  "one_click",
  "dpo",
  "cookie_banner",
  "cookie_page",
  "mail_complaint",
  "import",
] as const;
export type ConsentChannel = (typeof CONSENT_CHANNELS)[number];

/**
 * The exact words a person saw when they decided, stored once and referenced by their hash:
 * the proof shows what was agreed to, even after the wording changes.
 */
export const consentWordings = pgTable("privacy_consent_wordings", {
  hash: text("hash").primaryKey(),
  purpose: text("purpose", { enum: CONSENT_PURPOSES }).notNull(),
  locale: text("locale", { enum: ["fr", "en"] }).notNull(),
  text: text("text").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/**
 * The consent ledger (GDPR art. 7(1)): one append-only row per decision — who (an account, an
 * address, or for cookies a browser's random consent number), which purpose, granted or
 * withdrawn, when, through which channel and page, the wording shown, and minimised evidence (the address's network prefix, the browser's name).
 * A trigger refuses updates and deletes; erasure replaces the person by a pseudonym instead.
 */
export const consentEvents = pgTable(
  "privacy_consent_events",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    accountId: bigint("account_id", { mode: "number" }),
    email: citext("email"),
    /** A browser's random consent number (cookie choices of visitors who are nobody we know). */
    browserId: text("browser_id"),
    purpose: text("purpose", { enum: CONSENT_PURPOSES }).notNull(),
    decision: text("decision", { enum: CONSENT_DECISIONS }).notNull(),
    channel: text("channel", { enum: CONSENT_CHANNELS }).notNull(),
    page: text("page").notNull(),
    wordingHash: text("wording_hash")
      .notNull()
      .references(() => consentWordings.hash),
    ipPrefix: text("ip_prefix"),
    userAgent: text("user_agent"),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check(
      "privacy_consent_events_subject",
      sql`${t.accountId} is not null or ${t.email} is not null or ${t.browserId} is not null`,
    ),
    index("privacy_consent_events_account_idx").on(t.accountId, t.at),
    index("privacy_consent_events_email_idx").on(t.email, t.at),
    index("privacy_consent_events_browser_idx").on(t.browserId, t.at),
  ],
);
