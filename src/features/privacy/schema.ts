import { sql } from "drizzle-orm";
import { bigint, check, index, integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { citext } from "../../db/types.ts";

/** The rights a person exercises (GDPR art. 15 to 21). */
export const REQUEST_KINDS = [
  "access",
  "rectification",
  "erasure",
  "restriction",
  "objection",
  "portability",
] as const;
export type RequestKind = (typeof REQUEST_KINDS)[number];

/**
 * unconfirmed: asked without an account, waiting for the e-mailed link that shows the address is
 * theirs (the clock has not started); open: received, the clock runs; identity_check: the DPO
 * asked for more proof of identity (the clock keeps running: the DPO must not lose time);
 * answered, refused: closed, with the answer sent.
 */
export const REQUEST_STATUSES = ["unconfirmed", "open", "identity_check", "answered", "refused"] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

/** Data-subject requests, each with its legal clock, handled by the DPO from the console. */
export const privacyRequests = pgTable(
  "privacy_requests",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    kind: text("kind", { enum: REQUEST_KINDS }).notNull(),
    email: citext("email").notNull(),
    accountId: bigint("account_id", { mode: "number" }),
    locale: text("locale", { enum: ["fr", "en"] }).notNull(),
    details: text("details").notNull().default(""),
    status: text("status", { enum: REQUEST_STATUSES }).notNull(),
    /** Only the hash of the e-mailed link is kept; it also opens the person's privacy space. */
    tokenHash: text("token_hash"),
    tokenExpiresAt: timestamp("token_expires_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    /** When the clock started: at once for a member, at the link for anyone else. */
    receivedAt: timestamp("received_at", { withTimezone: true }),
    identityRequestedAt: timestamp("identity_requested_at", { withTimezone: true }),
    extendedAt: timestamp("extended_at", { withTimezone: true }),
    extensionReasons: text("extension_reasons"),
    remindedAt: timestamp("reminded_at", { withTimezone: true }),
    answeredAt: timestamp("answered_at", { withTimezone: true }),
    answer: text("answer"),
    answeredBy: bigint("answered_by", { mode: "number" }),
  },
  (t) => [
    index("privacy_requests_status_idx").on(t.status, t.receivedAt),
    index("privacy_requests_email_idx").on(t.email),
    index("privacy_requests_token_idx").on(t.tokenHash),
    check(
      "privacy_requests_extension_has_reasons",
      sql`${t.extendedAt} is null or coalesce(length(${t.extensionReasons}), 0) > 0`,
    ),
  ],
);

/**
 * The register of processing activities (GDPR art. 30), one row per processing, pre-filled with
 * what Confiance does and kept up to date by the DPO. Retention jobs read their durations from
 * `retention_months` here: one source of truth for what the register says and what runs.
 */
export const processingRegister = pgTable("privacy_processing_register", {
  key: text("key").primaryKey(),
  name: text("name").notNull(),
  purposes: text("purposes").notNull(),
  legalBasis: text("legal_basis").notNull(),
  dataSubjects: text("data_subjects").notNull(),
  dataCategories: text("data_categories").notNull(),
  recipients: text("recipients").notNull(),
  transfers: text("transfers").notNull(),
  retention: text("retention").notNull(),
  /** The duration a retention job applies, when one does (null: described in words only). */
  retentionMonths: integer("retention_months"),
  security: text("security").notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  updatedBy: bigint("updated_by", { mode: "number" }),
});

export const BREACH_DECISIONS = ["undecided", "notify", "not_notify"] as const;

/**
 * Personal-data breaches (art. 33(5): every breach is documented, notified or not): facts,
 * effects, measures, the decision to notify the CNIL with its reasons, and the 72-hour clock
 * from the moment of awareness.
 */
export const breaches = pgTable("privacy_breaches", {
  id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
  title: text("title").notNull(),
  awareAt: timestamp("aware_at", { withTimezone: true }).notNull(),
  nature: text("nature").notNull(),
  peopleConcerned: text("people_concerned").notNull().default(""),
  consequences: text("consequences").notNull().default(""),
  measures: text("measures").notNull().default(""),
  decision: text("decision", { enum: BREACH_DECISIONS }).notNull().default("undecided"),
  decisionReasons: text("decision_reasons").notNull().default(""),
  notifiedAt: timestamp("notified_at", { withTimezone: true }),
  peopleInformedAt: timestamp("people_informed_at", { withTimezone: true }),
  createdBy: bigint("created_by", { mode: "number" }).notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

export const DIRECTIVE_CHOICES = ["erase", "keep", "transmit"] as const;
export type DirectiveChoice = (typeof DIRECTIVE_CHOICES)[number];

/**
 * A member's directives for their data after death (loi Informatique et Libertés, art. 85): a
 * setting of its own, with its own consent in the ledger, changed or revoked at any time.
 */
export const deathDirectives = pgTable("privacy_death_directives", {
  accountId: bigint("account_id", { mode: "number" }).primaryKey(),
  choice: text("choice", { enum: DIRECTIVE_CHOICES }).notNull(),
  trusteeName: text("trustee_name"),
  trusteeEmail: citext("trustee_email"),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/** A death reported to the DPO, and what was done with the person's data. */
export const deathReports = pgTable("privacy_death_reports", {
  id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
  accountId: bigint("account_id", { mode: "number" }),
  /** The member's address, kept so the report stays readable once the account is erased. */
  email: citext("email").notNull(),
  evidence: text("evidence").notNull(),
  reportedBy: bigint("reported_by", { mode: "number" }).notNull(),
  reportedAt: timestamp("reported_at", { withTimezone: true }).notNull().defaultNow(),
  executedChoice: text("executed_choice", { enum: DIRECTIVE_CHOICES }),
  executedAt: timestamp("executed_at", { withTimezone: true }),
});
