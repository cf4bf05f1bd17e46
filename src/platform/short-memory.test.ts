import assert from "node:assert/strict";
import { test } from "node:test";
import { ShortMemory } from "./short-memory.ts";

test("a value is read once, kept until its time is up, then read again", async () => {
  let now = 0;
  let reads = 0;
  const memory = new ShortMemory<number, number>(5_000, 10, () => now);
  const load = async () => ++reads;
  assert.equal(await memory.get(1, load), 1);
  now = 3_999;
  assert.equal(await memory.get(1, load), 1, "kept (at least four fifths of its time: keys expire apart)");
  now = 5_000;
  assert.equal(await memory.get(1, load), 2, "read again once its time is up");
});

test("a forgotten value is read again at once", async () => {
  let reads = 0;
  const memory = new ShortMemory<string, number>(60_000, 10, () => 0);
  await memory.get("a", async () => ++reads);
  memory.forget("a");
  assert.equal(await memory.get("a", async () => ++reads), 2);
});

test("forgetting all reads every value again at once", async () => {
  let reads = 0;
  const memory = new ShortMemory<string, number>(60_000, 10, () => 0);
  await memory.get("a", async () => ++reads);
  await memory.get("b", async () => ++reads);
  memory.forgetAll();
  assert.equal(await memory.get("a", async () => ++reads), 3);
  assert.equal(await memory.get("b", async () => ++reads), 4);
});

test("past its bound, the oldest value goes first", async () => {
  const memory = new ShortMemory<number, string>(60_000, 2, () => 0);
  for (const key of [1, 2, 3]) await memory.get(key, async () => `v${key}`);
  assert.equal(await memory.get(1, async () => "read again"), "read again", "the oldest went");
  assert.equal(await memory.get(3, async () => "read again"), "v3", "the newest stayed");
});

test("asked again while it loads, a value is loaded once", async () => {
  let reads = 0;
  let release: () => void = () => {};
  const memory = new ShortMemory<string, number>(60_000, 10, () => 0);
  const load = () => new Promise<number>((resolve) => (release = () => resolve(++reads)));
  const [a, b] = [memory.get("counts", load), memory.get("counts", load)];
  release();
  assert.deepEqual(await Promise.all([a, b]), [1, 1]);
  assert.equal(reads, 1);
});

test("a load that began before a change is not kept after it", async () => {
  let release: (value: string) => void = () => {};
  const memory = new ShortMemory<string, string>(60_000, 10, () => 0);
  const before = memory.get("counts", () => new Promise<string>((resolve) => (release = resolve)));
  memory.forget("counts");
  release("before the change");
  assert.equal(await before, "before the change");
  assert.equal(await memory.get("counts", async () => "after the change"), "after the change");
});

test("peek tells a fresh value without loading one, and nothing once its time is up", async () => {
  let now = 0;
  const memory = new ShortMemory<string, number>(5_000, 10, () => now);
  assert.equal(memory.peek("a"), undefined, "nothing kept yet");
  await memory.get("a", async () => 7);
  assert.equal(memory.peek("a"), 7);
  now = 5_000;
  assert.equal(memory.peek("a"), undefined, "its time is up");
});
