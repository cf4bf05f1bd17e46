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
import { citext } from "../../db/types.ts";
import { surveyWaves } from "./schema.ts";

/**
 * How a wave reaches people besides its public link (SURVEYS-DISTRIBUTION): invitations e-mailed
 * with a single-use link, and the invitation shown on the site to signed-in members.
 */

/**
 * One sending of a wave's invitations: whom it chose (lists, tags, members), who sent it, how
 * many it invited and left out, and its one reminder (due at a time, sent once by the hourly
 * schedule, which claims the row).
 */
export const surveyDistributions = pgTable(
  "survey_distributions",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    waveId: bigint("wave_id", { mode: "number" })
      .notNull()
      .references(() => surveyWaves.id),
    contacts: boolean("contacts").notNull(),
    listIds: bigint("list_ids", { mode: "number" }).array().notNull().default(sql`'{}'::bigint[]`),
    tags: text("tags").array().notNull().default(sql`'{}'::text[]`),
    members: boolean("members").notNull(),
    sentBy: bigint("sent_by", { mode: "number" }).notNull(),
    sentAt: timestamp("sent_at", { withTimezone: true }).notNull(),
    /** Invitations written by this sending (people already invited to the wave are not invited again). */
    invited: integer("invited").notNull(),
    /** People chosen but left out because they objected to being written to. */
    objected: integer("objected").notNull(),
    /** Invitations of this sending answered so far (counted as they are, so the figure outlives them). */
    answered: integer("answered").notNull().default(0),
    /** When the one reminder goes to those who have not answered; null: no reminder. */
    remindAt: timestamp("remind_at", { withTimezone: true }),
    remindedAt: timestamp("reminded_at", { withTimezone: true }),
    reminded: integer("reminded"),
  },
  (t) => [
    index("survey_distributions_wave_idx").on(t.waveId),
    index("survey_distributions_reminder_idx")
      .on(t.remindAt)
      .where(sql`${t.remindedAt} is null and ${t.remindAt} is not null`),
  ],
);

/**
 * One person's invitation to a wave: one per address and wave, answered once. Only the links'
 * SHA-256 is kept. While the person answers, the invitation knows their draft (its response and
 * its secret address, sealed), so the link takes them back to it; both are cleared when they
 * submit, so nothing kept ties an invitation to its answer. In anonymous mode the answer's day
 * only is kept.
 */
export const surveyInvitations = pgTable(
  "survey_invitations",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    distributionId: bigint("distribution_id", { mode: "number" })
      .notNull()
      .references(() => surveyDistributions.id),
    waveId: bigint("wave_id", { mode: "number" })
      .notNull()
      .references(() => surveyWaves.id),
    email: citext("email").notNull(),
    accountId: bigint("account_id", { mode: "number" }),
    locale: text("locale", { enum: ["fr", "en"] }).notNull(),
    tokenHash: text("token_hash").notNull().unique(),
    sentAt: timestamp("sent_at", { withTimezone: true }).notNull(),
    /** The reminder's link (a second link to the same invitation: only hashes are kept). */
    reminderTokenHash: text("reminder_token_hash").unique(),
    remindedAt: timestamp("reminded_at", { withTimezone: true }),
    /** The draft being answered, and its address's secret sealed (secret box): only until it is submitted. */
    draftResponseId: bigint("draft_response_id", { mode: "number" }).unique(),
    draftKey: text("draft_key"),
    /** The day (anonymous mode) or time the answer was submitted: the link then answers nothing more. */
    answeredAt: timestamp("answered_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("survey_invitations_once_idx").on(t.waveId, t.email),
    index("survey_invitations_account_idx").on(t.accountId).where(sql`${t.accountId} is not null`),
    check("survey_invitations_answered", sql`${t.answeredAt} is null or ${t.draftResponseId} is null`),
  ],
);

/** Waves whose invitation is shown on the site to signed-in members, from when to when (the wave's days). */
export const surveyInPageWaves = pgTable("survey_in_page_waves", {
  waveId: bigint("wave_id", { mode: "number" })
    .primaryKey()
    .references(() => surveyWaves.id),
  startedBy: bigint("started_by", { mode: "number" }).notNull(),
  startedAt: timestamp("started_at", { withTimezone: true }).notNull(),
  stoppedAt: timestamp("stopped_at", { withTimezone: true }),
});

/**
 * A member's in-page invitation to a wave, at most one: written when they follow it or put it
 * away; dismissed or answered, it is not shown again for that wave. The draft as for e-mailed
 * invitations, until submitted; `answered` without a time.
 */
export const surveyInPageInvitations = pgTable(
  "survey_in_page_invitations",
  {
    waveId: bigint("wave_id", { mode: "number" })
      .notNull()
      .references(() => surveyWaves.id),
    accountId: bigint("account_id", { mode: "number" }).notNull(),
    outcome: text("outcome", { enum: ["followed", "dismissed"] }).notNull(),
    draftResponseId: bigint("draft_response_id", { mode: "number" }).unique(),
    draftKey: text("draft_key"),
    answered: boolean("answered").notNull().default(false),
  },
  (t) => [
    primaryKey({ columns: [t.waveId, t.accountId] }),
    index("survey_in_page_invitations_account_idx").on(t.accountId),
  ],
);
