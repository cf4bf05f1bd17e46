import { bigint, index, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { citext } from "../../db/types.ts";

export const REPORT_REASONS = ["spam", "abuse", "off_topic", "personal_data", "illegal"] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];
export const REPORT_STATUSES = ["open", "dismissed", "removed"] as const;

/**
 * Flags from members and reports of illegal content (Digital Services Act art. 16, open to
 * anyone, with a contact address). They wait in one queue for moderators.
 */
export const reports = pgTable(
  "moderation_reports",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    postId: bigint("post_id", { mode: "number" }).notNull(),
    reporterId: bigint("reporter_id", { mode: "number" }),
    /** For someone without an account: where the acknowledgement and the outcome go. */
    reporterEmail: citext("reporter_email"),
    reason: text("reason", { enum: REPORT_REASONS }).notNull(),
    explanation: text("explanation").notNull(),
    status: text("status", { enum: REPORT_STATUSES }).notNull().default("open"),
    decidedBy: bigint("decided_by", { mode: "number" }),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("moderation_reports_open_idx").on(t.status, t.createdAt),
    index("moderation_reports_post_idx").on(t.postId),
  ],
);
