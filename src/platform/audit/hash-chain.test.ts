import assert from "node:assert/strict";
import { test } from "node:test";
import { canonical, chainHash, GENESIS_HASH, verifyChain } from "./hash-chain.ts";

interface Row {
  id: number;
  action: string;
  details: Record<string, unknown>;
  prevHash: string;
  hash: string;
}

const hashOf = (row: Row) => chainHash([row.id, row.action, row.details, row.prevHash]);

/** A well-formed chain of `n` entries, each linked to the one before. */
function chain(n: number): Row[] {
  const rows: Row[] = [];
  let prevHash = GENESIS_HASH;
  for (let id = 1; id <= n; id++) {
    const row = {
      id,
      action: `action.${id}`,
      details: { amount: id * 10, note: `n° ${id}` },
      prevHash,
      hash: "",
    };
    row.hash = hashOf(row);
    rows.push(row);
    prevHash = row.hash;
  }
  return rows;
}

/** Serves the rows in batches of `size`, as the database would by id. */
const batches =
  (rows: Row[], size = 2) =>
  async (afterId: number) =>
    rows.filter((r) => r.id > afterId).slice(0, size);

test("the canonical form does not depend on key order, at any depth", () => {
  assert.equal(
    canonical({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: "x" } }),
    canonical({ a: { c: "x", d: [1, { y: 2, z: 1 }] }, b: 1 }),
  );
  assert.equal(canonical({ a: 1, b: undefined }), canonical({ a: 1 }));
  assert.notEqual(chainHash([{ a: 1 }]), chainHash([{ a: 2 }]));
});

test("an intact chain checks whole, across batches, and reports its head", async () => {
  const rows = chain(5);
  const report = await verifyChain(batches(rows), hashOf);
  assert.deepEqual(report, { ok: true, checked: 5, head: rows[4]!.hash });
  assert.deepEqual(await verifyChain(batches([]), hashOf), { ok: true, checked: 0, head: GENESIS_HASH });
});

test("an entry edited in place breaks the chain at that entry", async () => {
  const rows = chain(5);
  rows[2]!.details = { ...rows[2]!.details, amount: 1 };
  const report = await verifyChain(batches(rows), hashOf);
  assert.equal(report.ok, false);
  assert.equal(report.reason, "hash_mismatch");
  assert.equal(report.brokenAt, 3);
  assert.equal(report.checked, 2);
});

test("an entry removed from the middle, or rewritten with a fresh hash, breaks the next link", async () => {
  const rows = chain(5);
  const removed = await verifyChain(batches(rows.filter((r) => r.id !== 3)), hashOf);
  assert.deepEqual([removed.ok, removed.reason, removed.brokenAt], [false, "link_mismatch", 4]);

  // Rewriting an entry with a fresh, self-consistent hash still breaks the next entry's link.
  const rewritten = chain(5);
  rewritten[1]!.action = "action.rewritten";
  rewritten[1]!.hash = hashOf(rewritten[1]!);
  const report = await verifyChain(batches(rewritten), hashOf);
  assert.deepEqual([report.ok, report.reason, report.brokenAt], [false, "link_mismatch", 3]);
});

test("entries cut from the end are found only with a head kept outside the database", async () => {
  const rows = chain(5);
  const anchor = rows[4]!.hash;
  const shorter = rows.slice(0, 3);
  assert.equal((await verifyChain(batches(shorter), hashOf)).ok, true, "a shorter chain is valid on its own");
  const report = await verifyChain(batches(shorter), hashOf, anchor);
  assert.deepEqual([report.ok, report.reason], [false, "anchor_missing"]);
  assert.equal((await verifyChain(batches(rows), hashOf, anchor)).ok, true);
  assert.equal(
    (await verifyChain(batches(chain(7)), hashOf, rows[2]!.hash)).ok,
    true,
    "an older head still in the chain",
  );
});

test("a Date is hashed as its ISO string, as jsonb keeps it: an entry written with one still checks once read back", async () => {
  const at = new Date("2026-01-31T23:30:00.000Z");
  assert.equal(canonical({ at }), canonical({ at: "2026-01-31T23:30:00.000Z" }));
  assert.notEqual(canonical({ at }), canonical({ at: new Date("2026-02-01T00:30:00.000Z") }));
  assert.equal(canonical([new Date(Number.NaN)]), "[null]", "an invalid date, like JSON.stringify");

  // Written with a Date in its details; the database gives back what JSON.stringify made of it.
  const written: Row = {
    id: 1,
    action: "campaign.approved",
    details: { sendAt: at },
    prevHash: GENESIS_HASH,
    hash: "",
  };
  written.hash = hashOf(written);
  const stored = JSON.parse(JSON.stringify(written)) as Row;
  assert.equal(typeof stored.details.sendAt, "string");
  assert.deepEqual(await verifyChain(batches([stored]), hashOf), {
    ok: true,
    checked: 1,
    head: written.hash,
  });
});

test("the canonical form of entries already stored (no Date after jsonb) is unchanged", () => {
  // Computed with the form in use before Dates were handled: existing chains keep checking.
  assert.equal(
    chainHash([
      "2026-01-31T23:30:00.000Z",
      7,
      "administrator",
      "account.role_changed",
      "account",
      "42",
      { role: "moderator", sendAt: "2026-02-01T08:00:00.000Z", nested: { b: [1, "x", null], a: true } },
      "192.0.2.0",
      GENESIS_HASH,
    ]),
    "513080ce24d517ce32b37733663c32a1cfb3207b70f99a31ec08a9039cc3d2c4",
  );
});
