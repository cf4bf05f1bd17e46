import assert from "node:assert/strict";
import { test } from "node:test";
import { GAP_MS, gapsKept, gapsPassed, MAX_GAPS } from "./gaps.ts";

test("the ids passed that were not there are gaps, first missed now", () => {
  assert.deepEqual(gapsPassed(10, [11, 12, 15, 16, 18], 1000), [
    [13, 1000],
    [14, 1000],
    [17, 1000],
  ]);
  assert.deepEqual(gapsPassed(10, [], 1000), []);
  assert.deepEqual(gapsPassed(10, [11, 12], 1000), []);
  // A jump of the ids is not read id by id: only its last MAX_GAPS ids are gaps.
  const jump = gapsPassed(0, [MAX_GAPS * 3], 1000);
  assert.equal(jump.length, MAX_GAPS);
  assert.deepEqual(jump[0], [MAX_GAPS * 2, 1000]);
});

test("a gap is read again until its row is found or it is too old to be a running transaction", () => {
  const gaps = [
    [3, 0],
    [4, 0],
    [9, GAP_MS],
  ] as const;
  assert.deepEqual(gapsKept(gaps, new Set([4]), GAP_MS - 1), [
    [3, 0],
    [9, GAP_MS],
  ]);
  assert.deepEqual(gapsKept(gaps, new Set(), GAP_MS), [[9, GAP_MS]]);
  const many = Array.from({ length: MAX_GAPS + 5 }, (_, i) => [i, 0] as const);
  assert.equal(gapsKept(many, new Set(), 0)[0]![0], 5);
});
