import { bigint, index, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * Append-only log of staff and security events. Each entry's hash covers its content and the
 * previous entry's hash, so changing or removing any entry breaks the chain (`confiance audit-verify`).
 * A trigger (migration 0002) refuses UPDATE and DELETE.
 */
export const auditLog = pgTable(
  "audit_log",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp("at", { withTimezone: true, precision: 3 }).notNull(),
    actorId: bigint("actor_id", { mode: "number" }),
    actorRole: text("actor_role"),
    action: text("action").notNull(),
    subjectType: text("subject_type"),
    subjectId: text("subject_id"),
    details: jsonb("details").$type<Record<string, unknown>>().notNull().default({}),
    ipPrefix: text("ip_prefix"),
    prevHash: text("prev_hash").notNull(),
    hash: text("hash").notNull().unique(),
  },
  (t) => [index("audit_log_action_idx").on(t.action), index("audit_log_actor_idx").on(t.actorId)],
);
