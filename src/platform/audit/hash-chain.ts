import { createHash } from "node:crypto";

export const GENESIS_HASH = "0".repeat(64);

/** JSON with keys sorted at every level: jsonb does not keep key order, the hash must not depend on it. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value ?? null);
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
  reason?: "hash_mismatch" | "link_mismatch";
}

/** Walks a chain in id order, a batch at a time, recomputing every hash. */
export async function verifyChain<Row extends { id: number; prevHash: string; hash: string }>(
  nextBatch: (afterId: number) => PromiseLike<Row[]>,
  hashOf: (row: Row) => string,
): Promise<ChainReport> {
  let prevHash = GENESIS_HASH;
  let lastId = 0;
  let checked = 0;
  for (;;) {
    const batch = await nextBatch(lastId);
    if (batch.length === 0) return { ok: true, checked };
    for (const row of batch) {
      if (row.prevHash !== prevHash) return { ok: false, checked, brokenAt: row.id, reason: "link_mismatch" };
      if (hashOf(row) !== row.hash) return { ok: false, checked, brokenAt: row.id, reason: "hash_mismatch" };
      prevHash = row.hash;
      lastId = row.id;
      checked++;
    }
  }
}
