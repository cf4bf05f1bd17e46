import { bigint, pgTable, text } from "drizzle-orm/pg-core";

/**
 * What each kept public page depends on, and when it last changed (see public-pages.ts): one row
 * per scope ("site", "topic:12", "category:frais-bancaires", "listings"…), its version taken from
 * the `public_pages_epoch` sequence, so versions only grow, across every app instance.
 */
export const publicPageVersions = pgTable("public_page_versions", {
  scope: text("scope").primaryKey(),
  version: bigint("version", { mode: "number" }).notNull(),
});
