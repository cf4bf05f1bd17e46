import assert from "node:assert/strict";
import { test } from "node:test";
import { KeptWithinCharacters } from "./kept-within-characters.ts";

const length = (value: string) => value.length;

test("values are kept within their characters, the least recently used going first", () => {
  const kept = new KeptWithinCharacters<string>(10, length);
  kept.set("a", "aaaa");
  kept.set("b", "bbbb");
  assert.equal(kept.get("a"), "aaaa");
  kept.set("c", "cccc"); // 12 characters: b, not used since kept, goes; a was used and stays
  assert.equal(kept.get("b"), undefined);
  assert.equal(kept.get("a"), "aaaa");
  assert.equal(kept.get("c"), "cccc");
});

test("a key kept again counts its characters once", () => {
  const kept = new KeptWithinCharacters<string>(10, length);
  kept.set("a", "aaaa");
  kept.set("a", "aaaaa");
  kept.set("b", "bbbbb"); // 10 characters: both fit
  assert.equal(kept.get("a"), "aaaaa");
  assert.equal(kept.get("b"), "bbbbb");
});

test("a value larger than the bound is not kept, and pushes nothing else out", () => {
  const kept = new KeptWithinCharacters<string>(4, length);
  kept.set("a", "aaaa");
  kept.set("big", "bigger than four");
  assert.equal(kept.get("big"), undefined);
  assert.equal(kept.get("a"), "aaaa");
  kept.set("a", "far longer than four"); // kept again too large: the older value is gone too
  assert.equal(kept.get("a"), undefined);
});

test("the key's characters count when the owner says so", () => {
  const kept = new KeptWithinCharacters<number>(10, (_value, key) => key.length);
  kept.set("sixsix", 1);
  kept.set("fivef", 2); // 11 characters of keys: the first goes
  assert.equal(kept.get("sixsix"), undefined);
  assert.equal(kept.get("fivef"), 2);
});
