import { bigint, index, pgTable, text, timestamp } from "drizzle-orm/pg-core";

export const ARCHIVE_ACTIONS = ["published", "edited", "deleted"] as const;
export type ArchiveAction = (typeof ARCHIVE_ACTIONS)[number];

/**
 * What the bank said in public (ACPR recommendation 2016-R-01): every text staff publish, edit
 * or delete, exactly as published, with who, in which role, when and where. Append-only (a
 * trigger refuses UPDATE, DELETE and TRUNCATE) and hash-chained like the audit log, so
 * `confiance archive-verify` finds any altered or removed entry.
 */
export const staffPublications = pgTable(
  "archive_staff_publications",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp("at", { withTimezone: true, precision: 3 }).notNull(),
    authorId: bigint("author_id", { mode: "number" }).notNull(),
    authorRole: text("author_role").notNull(),
    /** The name shown at the time: the archive must not change when a name does. */
    authorName: text("author_name").notNull(),
    action: text("action", { enum: ARCHIVE_ACTIONS }).notNull(),
    /** What kind of place: "post", "article"; later "review_reply", "inbox_reply". */
    placeType: text("place_type").notNull(),
    placeId: text("place_id").notNull(),
    /** Where it was read, as a path under BASE_URL. */
    placePath: text("place_path").notNull(),
    /** The exact text published (after masking of personal data), or the text withdrawn. */
    body: text("body").notNull(),
    prevHash: text("prev_hash").notNull(),
    hash: text("hash").notNull().unique(),
  },
  (t) => [
    index("archive_staff_publications_at_idx").on(t.at),
    index("archive_staff_publications_author_idx").on(t.authorId),
  ],
);
