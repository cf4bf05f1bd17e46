import assert from "node:assert/strict";
import { test } from "node:test";
import { normaliseTags } from "./contacts.ts";

test("tags are split on , ; or |, lower-cased, kept once, and odd ones dropped", () => {
  assert.deepEqual(normaliseTags(`Client, VIP|vip; ; -tiret, Épargne 2026, ${"x".repeat(41)}`), [
    "client",
    "vip",
    "épargne 2026",
  ]);
  assert.deepEqual(normaliseTags(""), []);
});
