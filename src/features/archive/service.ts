import { and, asc, desc, gt, gte, ilike, lt, lte, type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import { type ChainReport, chainHash, GENESIS_HASH, verifyChain } from "../../platform/audit/hash-chain.ts";
import type { Actor } from "../../platform/auth/actor.ts";
import { csvDocument } from "../../platform/csv.ts";
import { type ArchiveAction, staffPublications } from "./schema.ts";

type Executor = Pick<Db, "execute" | "insert" | "select">;
export type ArchiveEntry = typeof staffPublications.$inferSelect;

export interface Publication {
  action: ArchiveAction;
  placeType: string;
  placeId: string | number;
  placePath: string;
  body: string;
  /** When it was said: now, or the original date of imported history (the demo's posts). */
  at: Date;
}

const hashOf = (entry: Omit<ArchiveEntry, "id" | "hash">) =>
  chainHash([
    entry.at.toISOString(),
    entry.authorId,
    entry.authorRole,
    entry.authorName,
    entry.action,
    entry.placeType,
    entry.placeId,
    entry.placePath,
    entry.body,
    entry.prevHash,
  ]);

async function appendWith(tx: Executor, author: Actor, publication: Publication): Promise<void> {
  // One writer at a time extends the chain; the lock is released when the transaction ends.
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('archive_staff_publications'))`);
  const [last] = await tx
    .select({ hash: staffPublications.hash })
    .from(staffPublications)
    .orderBy(desc(staffPublications.id))
    .limit(1);
  const entry = {
    at: publication.at,
    authorId: author.id,
    authorRole: author.role,
    authorName: author.displayName,
    action: publication.action,
    placeType: publication.placeType,
    placeId: String(publication.placeId),
    placePath: publication.placePath,
    body: publication.body,
    prevHash: last?.hash ?? GENESIS_HASH,
  };
  await tx.insert(staffPublications).values({ ...entry, hash: hashOf(entry) });
}

/** Archives what a staff member published, edited or withdrew. Members' posts are not archived here. */
export async function archiveStaffPublication(
  db: Db,
  author: Actor,
  publication: Publication,
  tx?: Executor,
) {
  if (tx) return appendWith(tx, author, publication);
  await db.transaction((t) => appendWith(t, author, publication));
}

export function verifyArchive(db: Db, anchor?: string): Promise<ChainReport> {
  return verifyChain<ArchiveEntry>(
    (afterId) =>
      db
        .select()
        .from(staffPublications)
        .where(gt(staffPublications.id, afterId))
        .orderBy(asc(staffPublications.id))
        .limit(1000),
    hashOf,
    anchor,
  );
}

export interface ArchiveQuery {
  words?: string | undefined;
  authorName?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
}

function conditions(query: ArchiveQuery): SQL | undefined {
  const literal = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);
  return and(
    query.words ? ilike(staffPublications.body, `%${literal(query.words)}%`) : undefined,
    query.authorName ? ilike(staffPublications.authorName, `%${literal(query.authorName)}%`) : undefined,
    query.from ? gte(staffPublications.at, query.from) : undefined,
    query.to ? lte(staffPublications.at, query.to) : undefined,
  );
}

/** Newest first, a page at a time (before an id), for the compliance console. */
export function searchArchive(db: Db, query: ArchiveQuery, options: { limit: number; beforeId?: number }) {
  return db
    .select()
    .from(staffPublications)
    .where(and(conditions(query), options.beforeId ? lt(staffPublications.id, options.beforeId) : undefined))
    .orderBy(desc(staffPublications.id))
    .limit(options.limit);
}

/** Everything that matches, in chain order, for export (hashes included so the chain can be checked). */
export function exportArchive(db: Db, query: ArchiveQuery, limit = 100_000) {
  return db
    .select()
    .from(staffPublications)
    .where(conditions(query))
    .orderBy(asc(staffPublications.id))
    .limit(limit);
}

const CSV_COLUMNS = [
  "id",
  "at",
  "authorId",
  "authorRole",
  "authorName",
  "action",
  "placeType",
  "placeId",
  "placePath",
  "body",
  "prevHash",
  "hash",
] as const;

/** The export, through the app's one CSV writer (formulas neutralised, BOM, CRLF). */
export function archiveCsv(entries: ArchiveEntry[]): string {
  return csvDocument(
    CSV_COLUMNS,
    entries.map((e) => CSV_COLUMNS.map((c) => e[c])),
  );
}
