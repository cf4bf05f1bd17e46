import { sql } from "drizzle-orm";
import { bigint, check, integer, jsonb, pgTable, smallint, timestamp } from "drizzle-orm/pg-core";

/**
 * The barometer's tables: its settings (the bank's target margins for weighting, the minimum
 * number of answers a figure needs) and the public trust report's published versions. The
 * answers themselves are the surveys' (features/surveys), the sentiment the sentiment feature's.
 */

/** Target margins: per dimension (age band, region, client or not), each category's share in percent. */
export type StoredTargets = Record<string, Record<string, number>>;

/** One row: the settings in force. Changing them writes the audit log. */
export const barometerSettings = pgTable(
  "barometer_settings",
  {
    id: smallint("id").primaryKey().default(1),
    /** Empty: no weighting (the raw answers). */
    targets: jsonb("targets").$type<StoredTargets>().notNull().default({}),
    minimumN: integer("minimum_n").notNull().default(30),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
    /** The staff member who changed them (no foreign key: the bank's record outlives the account). */
    updatedBy: bigint("updated_by", { mode: "number" }),
  },
  (t) => [
    check("barometer_settings_one_row", sql`${t.id} = 1`),
    check("barometer_settings_minimum_n", sql`${t.minimumN} between 1 and 10000`),
  ],
);

/**
 * Each publication of the public trust report, numbered: its figures frozen as published
 * (what a visitor read that day stays readable), who published it and when, and whether it
 * was withdrawn. The text of each is also in the archive of publications, hash-chained.
 */
export const trustReports = pgTable("barometer_reports", {
  id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
  version: integer("version").notNull().unique(),
  content: jsonb("content").notNull(),
  publishedAt: timestamp("published_at", { withTimezone: true }).notNull(),
  /** Staff account ids, without foreign keys like the archive's: the record outlives the account. */
  publishedBy: bigint("published_by", { mode: "number" }).notNull(),
  withdrawnAt: timestamp("withdrawn_at", { withTimezone: true }),
  withdrawnBy: bigint("withdrawn_by", { mode: "number" }),
});
