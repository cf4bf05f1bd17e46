import assert from "node:assert/strict";
import { test } from "node:test";
import { rememberedFor } from "./remembered.ts";

test("a text is worked out once while it is remembered, and again once forgotten", () => {
  const asked: string[] = [];
  const length = rememberedFor(2, (text) => {
    asked.push(text);
    return text.length;
  });
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

test("a result that is undefined is remembered too", () => {
  let calls = 0;
  const nothing = rememberedFor(4, () => {
    calls++;
    return undefined;
  });
  nothing("a");
  nothing("a");
  assert.equal(calls, 1);
});
