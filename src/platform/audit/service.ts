import { asc, desc, gt, sql } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import { type ChainReport, chainHash, GENESIS_HASH, verifyChain } from "./hash-chain.ts";
import { auditLog } from "./schema.ts";

export type { ChainReport };

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
  return chainHash([
    entry.at.toISOString(),
    entry.actorId,
    entry.actorRole,
    entry.action,
    entry.subjectType,
    entry.subjectId,
    entry.details,
    entry.ipPrefix,
    entry.prevHash,
  ]);
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

/** Walks the whole chain in id order and recomputes every hash. */
export function verifyAuditChain(db: Db, anchor?: string): Promise<ChainReport> {
  return verifyChain<typeof auditLog.$inferSelect>(
    (afterId) =>
      db.select().from(auditLog).where(gt(auditLog.id, afterId)).orderBy(asc(auditLog.id)).limit(1000),
    entryHash,
    anchor,
  );
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
