import assert from "node:assert/strict";
import { test } from "node:test";
import { rememberedFor } from "./remembered.ts";

function counted(limits: { texts: number; characters: number }) {
  const asked: string[] = [];
  const length = rememberedFor(limits, (text) => {
    asked.push(text);
    return text.length;
  });
  return { asked, length };
}

test("a text is worked out once while it is remembered, and again once forgotten", () => {
  const { asked, length } = counted({ texts: 2, characters: 100 });
  assert.equal(length("un"), 2);
  assert.equal(length("un"), 2);
  assert.equal(length("deux"), 4);
  assert.deepEqual(asked, ["un", "deux"]);
  // A third text makes room by forgetting the oldest.
  assert.equal(length("trois"), 5);
  assert.equal(length("deux"), 4);
  assert.equal(length("un"), 2);
  assert.deepEqual(asked, ["un", "deux", "trois", "un"]);
});

test("what is kept stays within its characters, whatever the texts' length", () => {
  const { asked, length } = counted({ texts: 100, characters: 10 });
  length("abcdef");
  length("ghijkl"); // 12 characters: the first is forgotten
  length("ghijkl");
  length("abcdef");
  assert.deepEqual(asked, ["abcdef", "ghijkl", "abcdef"]);
  // Longer than all the characters: worked out each time, never kept, nothing else forgotten.
  const long = "x".repeat(11);
  length(long);
  length(long);
  length("abcdef");
  assert.deepEqual(asked, ["abcdef", "ghijkl", "abcdef", long, long]);
});

test("a result that is undefined is remembered too", () => {
  let calls = 0;
  const nothing = rememberedFor({ texts: 4, characters: 100 }, () => {
    calls++;
    return undefined;
  });
  nothing("a");
  nothing("a");
  assert.equal(calls, 1);
});
