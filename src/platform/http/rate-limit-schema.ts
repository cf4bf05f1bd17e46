import { integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * Rate-limit counters shared by every app instance (see rate-limit-store.ts). The key is a
 * hash of the route and the client's address, so the table holds no address. Rows whose
 * window has ended are reset on the next hit and purged by the accounts housekeeping.
 *
 * The table is UNLOGGED (migration 0045; drizzle's schema does not say it): a hit's commit does
 * not wait for the disk, and after a crash of PostgreSQL the counters start again from zero.
 */
export const rateLimitCounters = pgTable("rate_limit_counters", {
  keyHash: text("key_hash").primaryKey(),
  hits: integer("hits").notNull(),
  resetsAt: timestamp("resets_at", { withTimezone: true }).notNull(),
});
