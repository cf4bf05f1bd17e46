import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  index,
  integer,
  pgTable,
  pgView,
  text,
  timestamp,
} from "drizzle-orm/pg-core";
import { citext } from "../../db/types.ts";
import { ROLES } from "../../platform/auth/roles.ts";

export const accounts = pgTable(
  "accounts",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    email: citext("email").notNull().unique(),
    emailVerifiedAt: timestamp("email_verified_at", { withTimezone: true }),
    displayName: text("display_name").notNull(),
    /** argon2id; null for staff who only sign in through the bank's identity provider. */
    passwordHash: text("password_hash"),
    role: text("role", { enum: ROLES }).notNull().default("member"),
    /** For the bank's staff: the team shown on their verified badge ("Crédit immobilier"), set by an administrator. */
    team: text("team"),
    locale: text("locale", { enum: ["fr", "en"] }),
    /** TOTP secret, encrypted at rest (see platform/auth/secret-box.ts). */
    totpSecret: text("totp_secret"),
    totpEnabledAt: timestamp("totp_enabled_at", { withTimezone: true }),
    /** The last TOTP time step accepted: a code is good once (RFC 6238 §5.2). */
    totpLastStep: bigint("totp_last_step", { mode: "number" }),
    /** Wrong codes in a row for this account, from any address; reset by a good code or a lock. */
    secondFactorFailures: integer("second_factor_failures").notNull().default(0),
    /** Set after too many wrong codes: no code is accepted until then, and the owner is told. */
    secondFactorLockedUntil: timestamp("second_factor_locked_until", { withTimezone: true }),
    oidcSubject: text("oidc_subject").unique(),
    deactivatedAt: timestamp("deactivated_at", { withTimezone: true }),
    /** Set by moderation: may read and sign in, but not publish, until then. */
    silencedUntil: timestamp("silenced_until", { withTimezone: true }),
    /** Set by moderation: may not sign in until then. */
    suspendedUntil: timestamp("suspended_until", { withTimezone: true }),
    /** Created by `seed-demo`: only these accounts' second factor can be shown by `confiance totp`. */
    demo: boolean("demo").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("accounts_display_name_length", sql`char_length(${t.displayName}) between 2 and 40`),
    check("accounts_team_length", sql`char_length(${t.team}) between 2 and 60`),
    index("accounts_role_idx").on(t.role),
  ],
);

/**
 * What any feature may show about a person (a PublicProfile), as a view: another feature joins it
 * in the one statement that reads what a page shows (a thread's posts with their authors) without
 * reading the accounts table. An erased account has no row.
 */
export const publicProfileView = pgView("account_public_profiles").as((qb) =>
  qb
    .select({
      id: accounts.id,
      displayName: accounts.displayName,
      role: accounts.role,
      team: accounts.team,
    })
    .from(accounts),
);

/** The view's columns, to select an author beside what another feature reads (null when erased). */
export const publicProfileFields = {
  id: publicProfileView.id,
  displayName: publicProfileView.displayName,
  role: publicProfileView.role,
  team: publicProfileView.team,
};

export const recoveryCodes = pgTable(
  "account_recovery_codes",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    accountId: bigint("account_id", { mode: "number" })
      .notNull()
      .references(() => accounts.id, { onDelete: "cascade" }),
    codeHash: text("code_hash").notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
  },
  (t) => [index("account_recovery_codes_account_idx").on(t.accountId)],
);

export const EMAIL_TOKEN_PURPOSES = ["verify_email", "reset_password", "change_email"] as const;
export type EmailTokenPurpose = (typeof EMAIL_TOKEN_PURPOSES)[number];

/** Single-use, expiring links sent by e-mail; only a hash of the token is stored. */
export const emailTokens = pgTable(
  "account_email_tokens",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    accountId: bigint("account_id", { mode: "number" })
      .notNull()
      .references(() => accounts.id, { onDelete: "cascade" }),
    purpose: text("purpose", { enum: EMAIL_TOKEN_PURPOSES }).notNull(),
    tokenHash: text("token_hash").notNull().unique(),
    newEmail: citext("new_email"),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("account_email_tokens_account_idx").on(t.accountId)],
);

/** Server-side sessions: the cookie carries a random token, the table only its hash. */
export const sessions = pgTable(
  "account_sessions",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    tokenHash: text("token_hash").notNull().unique(),
    accountId: bigint("account_id", { mode: "number" })
      .notNull()
      .references(() => accounts.id, { onDelete: "cascade" }),
    /** False while a staff member has given a password but not yet the second factor. */
    complete: boolean("complete").notNull().default(true),
    secondFactorAt: timestamp("second_factor_at", { withTimezone: true }),
    userAgent: text("user_agent"),
    /** Truncated address (last IPv4 byte, last 80 IPv6 bits zeroed): enough to recognise a place, not a person. */
    ipPrefix: text("ip_prefix"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("account_sessions_account_idx").on(t.accountId)],
);
