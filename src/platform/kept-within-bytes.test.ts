import assert from "node:assert/strict";
import { test } from "node:test";
import { KeptWithinBytes } from "./kept-within-bytes.ts";

test("values are kept within their bytes, the least recently used going first", () => {
  const kept = new KeptWithinBytes<string>(10, (value) => value.length);
  kept.set("a", "aaaa");
  kept.set("b", "bbbb");
  assert.equal(kept.get("a"), "aaaa");
  kept.set("c", "cccc"); // 12 bytes: b, not used since kept, goes; a was used and stays
  assert.equal(kept.get("b"), undefined);
  assert.equal(kept.get("a"), "aaaa");
  assert.equal(kept.get("c"), "cccc");
});

test("a key kept again counts its bytes once", () => {
  const kept = new KeptWithinBytes<string>(10, (value) => value.length);
  kept.set("a", "aaaa");
  kept.set("a", "aaaaa");
  kept.set("b", "bbbbb"); // 10 bytes: both fit
  assert.equal(kept.get("a"), "aaaaa");
  assert.equal(kept.get("b"), "bbbbb");
});

test("a value larger than the bound is not kept, and leaves room for the next", () => {
  const kept = new KeptWithinBytes<string>(4, (value) => value.length);
  kept.set("big", "bigger than four");
  assert.equal(kept.get("big"), undefined);
  kept.set("a", "aaaa");
  assert.equal(kept.get("a"), "aaaa");
});
