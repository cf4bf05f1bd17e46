import { bigint, index, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * The built-in audience measurement's raw data (CNIL's consent exemption): which page, from
 * which other site, on which day, by which first-party visitor number. No address, no account,
 * no query string, nothing shared with anyone; kept 25 months, then purged.
 */
export const audienceHits = pgTable(
  "audience_hits",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    /** The random number in this site's own measurement cookie; no link to anything else. */
    visitor: text("visitor").notNull(),
    path: text("path").notNull(),
    /** The other site the visitor came from (its host only), or null. */
    referrerHost: text("referrer_host"),
  },
  (t) => [index("audience_hits_at_idx").on(t.at), index("audience_hits_path_idx").on(t.path, t.at)],
);
