import { createHash } from "node:crypto";

export const GENESIS_HASH = "0".repeat(64);

/**
 * JSON with keys sorted at every level: jsonb does not keep key order, the hash must not depend on it.
 * A value is hashed as the database will hold it: what has a `toJSON` (a `Date`: its ISO string) is
 * taken in that form, so an entry hashed when written still checks once read back from jsonb. Rows
 * read back never hold such values, so the form of everything already stored is unchanged.
 */
export function canonical(value: unknown): string {
  if (hasToJson(value)) return canonical(value.toJSON());
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}

function hasToJson(value: unknown): value is { toJSON(): unknown } {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as { toJSON?: unknown }).toJSON === "function"
  );
}

/** The hash of one chained entry: its fields, in a fixed order, ending with the previous hash. */
export function chainHash(fields: unknown[]): string {
  return createHash("sha256").update(canonical(fields)).digest("hex");
}

export interface ChainReport {
  ok: boolean;
  checked: number;
  /** The first entry whose hash or link does not match, when the chain is broken. */
  brokenAt?: number;
  reason?: "hash_mismatch" | "link_mismatch" | "anchor_missing";
  /** The last entry's hash: kept outside the database, it later proves nothing was cut from the end. */
  head: string;
}

/**
 * Walks a chain in id order, a batch at a time, recomputing every hash. A chain checks itself
 * except at its end: removing the last entries leaves a valid, shorter chain. `anchor` is a
 * head recorded earlier, outside the database; the chain must still contain it.
 */
export async function verifyChain<Row extends { id: number; prevHash: string; hash: string }>(
  nextBatch: (afterId: number) => PromiseLike<Row[]>,
  hashOf: (row: Row) => string,
  anchor?: string,
): Promise<ChainReport> {
  let anchorSeen = anchor === undefined;
  let prevHash = GENESIS_HASH;
  let lastId = 0;
  let checked = 0;
  for (;;) {
    const batch = await nextBatch(lastId);
    if (batch.length === 0)
      return anchorSeen
        ? { ok: true, checked, head: prevHash }
        : { ok: false, checked, reason: "anchor_missing", head: prevHash };
    for (const row of batch) {
      if (row.prevHash !== prevHash)
        return { ok: false, checked, brokenAt: row.id, reason: "link_mismatch", head: prevHash };
      if (hashOf(row) !== row.hash)
        return { ok: false, checked, brokenAt: row.id, reason: "hash_mismatch", head: prevHash };
      if (row.hash === anchor) anchorSeen = true;
      prevHash = row.hash;
      lastId = row.id;
      checked++;
    }
  }
}
