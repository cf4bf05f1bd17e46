import assert from "node:assert/strict";
import { test } from "node:test";
import { rememberedFor } from "./remembered.ts";

function counted(characters: number) {
  const asked: string[] = [];
  const length = rememberedFor(characters, (text) => {
    asked.push(text);
    return text.length;
  });
  return { asked, length };
}

test("a text is worked out once while it is remembered", () => {
  const { asked, length } = counted(10_000);
  assert.equal(length("un"), 2);
  assert.equal(length("deux"), 4);
  assert.equal(length("un"), 2);
  assert.equal(length("deux"), 4);
  assert.deepEqual(asked, ["un", "deux"]);
});

test("what is remembered stays within its characters: the oldest texts are worked out again", () => {
  const { asked, length } = counted(1_000);
  const texts = Array.from({ length: 100 }, (_, i) => `mot-${i}`);
  for (const text of texts) length(text);
  length(texts.at(-1)!);
  length(texts[0]!);
  assert.equal(asked.length, 101, "the last is still remembered, the first was forgotten");
  assert.equal(asked.at(-1), texts[0]);
});

test("a text longer than all the characters is worked out each time, and never kept", () => {
  const { asked, length } = counted(100);
  const long = "x".repeat(200);
  length("court");
  length(long);
  length(long);
  length("court");
  assert.deepEqual(asked, ["court", long, long]);
});

test("a result that is undefined is remembered too", () => {
  let calls = 0;
  const nothing = rememberedFor(1_000, () => {
    calls++;
    return undefined;
  });
  nothing("a");
  nothing("a");
  assert.equal(calls, 1);
});
