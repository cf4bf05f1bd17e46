import { createHash } from "node:crypto";
import { asc, desc, gt, sql } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import { auditLog } from "./schema.ts";

export interface AuditEvent {
  actorId?: number | null;
  actorRole?: string | null;
  /** "area.verb", e.g. "account.role_changed". */
  action: string;
  subjectType?: string | null;
  subjectId?: string | number | null;
  details?: Record<string, unknown>;
  ipPrefix?: string | null;
}

type Executor = Pick<Db, "execute" | "insert" | "select">;

export const GENESIS_HASH = "0".repeat(64);

/** JSON with keys sorted at every level: jsonb does not keep key order, the hash must not depend on it. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}

interface ChainedFields {
  at: Date;
  actorId: number | null;
  actorRole: string | null;
  action: string;
  subjectType: string | null;
  subjectId: string | null;
  details: Record<string, unknown>;
  ipPrefix: string | null;
  prevHash: string;
}

export function entryHash(entry: ChainedFields): string {
  return createHash("sha256")
    .update(
      canonical([
        entry.at.toISOString(),
        entry.actorId,
        entry.actorRole,
        entry.action,
        entry.subjectType,
        entry.subjectId,
        entry.details,
        entry.ipPrefix,
        entry.prevHash,
      ]),
    )
    .digest("hex");
}

async function appendWith(tx: Executor, event: AuditEvent): Promise<void> {
  // One writer at a time extends the chain; the lock is released when the transaction ends.
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('audit_log'))`);
  const [last] = await tx.select({ hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.id)).limit(1);
  const fields: ChainedFields = {
    at: new Date(),
    actorId: event.actorId ?? null,
    actorRole: event.actorRole ?? null,
    action: event.action,
    subjectType: event.subjectType ?? null,
    subjectId: event.subjectId === undefined || event.subjectId === null ? null : String(event.subjectId),
    details: event.details ?? {},
    ipPrefix: event.ipPrefix ?? null,
    prevHash: last?.hash ?? GENESIS_HASH,
  };
  await tx.insert(auditLog).values({ ...fields, hash: entryHash(fields) });
}

/** Appends to the chain, inside the caller's transaction when given one so the entry commits with the change. */
export async function recordAudit(db: Db, event: AuditEvent, tx?: Executor): Promise<void> {
  if (tx) return appendWith(tx, event);
  await db.transaction((t) => appendWith(t, event));
}

export interface ChainReport {
  ok: boolean;
  checked: number;
  /** The first entry whose hash or link does not match, when the chain is broken. */
  brokenAt?: number;
  reason?: "hash_mismatch" | "link_mismatch";
}

/** Walks the whole chain in id order and recomputes every hash. */
export async function verifyAuditChain(db: Db): Promise<ChainReport> {
  let prevHash = GENESIS_HASH;
  let lastId = 0;
  let checked = 0;
  for (;;) {
    const batch = await db
      .select()
      .from(auditLog)
      .where(gt(auditLog.id, lastId))
      .orderBy(asc(auditLog.id))
      .limit(1000);
    if (batch.length === 0) return { ok: true, checked };
    for (const row of batch) {
      if (row.prevHash !== prevHash) return { ok: false, checked, brokenAt: row.id, reason: "link_mismatch" };
      if (entryHash(row) !== row.hash)
        return { ok: false, checked, brokenAt: row.id, reason: "hash_mismatch" };
      prevHash = row.hash;
      lastId = row.id;
      checked++;
    }
  }
}

export async function latestAuditEntries(
  db: Db,
  options: { limit: number; beforeId?: number; action?: string },
) {
  return db
    .select()
    .from(auditLog)
    .where(
      sql`${options.beforeId ? sql`${auditLog.id} < ${options.beforeId}` : sql`true`} and ${
        options.action ? sql`${auditLog.action} = ${options.action}` : sql`true`
      }`,
    )
    .orderBy(desc(auditLog.id))
    .limit(options.limit);
}
