import assert from "node:assert/strict";
import { test } from "node:test";
import { KeptReads } from "./kept-reads.ts";

const size = () => 10;

test("a reading serves while its versions stand, for a minute at most", async () => {
  let now = 0;
  let reads = 0;
  const kept = new KeptReads(1_000, () => now);
  const read = async () => ({ read: ++reads });
  assert.deepEqual(await kept.read("thread:1:1", "3 7", read, size), { read: 1 });
  now = 59_999;
  assert.deepEqual(await kept.read("thread:1:1", "3 7", read, size), { read: 1 }, "kept");
  assert.deepEqual(await kept.read("thread:1:1", "3 8", read, size), { read: 2 }, "a version moved");
  now = 59_999 + 60_000;
  assert.deepEqual(await kept.read("thread:1:1", "3 8", read, size), { read: 3 }, "a minute passed");
  assert.deepEqual(await kept.read("thread:2:1", "3 8", read, size), { read: 4 }, "another key");
});

test("what is not there is read again each time; what is kept is frozen, and forgotten on clear", async () => {
  let reads = 0;
  const kept = new KeptReads(1_000, () => 0);
  const missing = async () => {
    reads++;
    return undefined;
  };
  await kept.read("thread:9:1", "1", missing, size);
  await kept.read("thread:9:1", "1", missing, size);
  assert.equal(reads, 2);

  const value = await kept.read("listing", "1", async () => ({ items: [{ title: "Frais" }] }), size);
  assert.ok(Object.isFrozen(value) && Object.isFrozen(value.items[0]));
  assert.throws(() => {
    (value.items as { title: string }[]).push({ title: "Autre" });
  }, TypeError);
  kept.clear();
  const again = await kept.read("listing", "1", async () => ({ items: [] }), size);
  assert.equal(again.items.length, 0, "read again after clear");
});

test("a reading larger than the bound is not kept", async () => {
  let reads = 0;
  const kept = new KeptReads(100, () => 0);
  const read = async () => ({ read: ++reads });
  await kept.read("big", "1", read, () => 500);
  assert.deepEqual(await kept.read("big", "1", read, () => 500), { read: 2 });
});
