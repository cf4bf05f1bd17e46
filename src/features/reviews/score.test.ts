import assert from "node:assert/strict";
import { test } from "node:test";
import { averageToOneDecimal, scoreOf } from "./score.ts";

test("the score is the average to one decimal, halves rounded up, with the count and the stars", () => {
  assert.deepEqual(scoreOf([5, 4, 4, 1]), { average: 3.5, count: 4, distribution: [1, 0, 0, 2, 1] });
  assert.deepEqual(scoreOf([]), { average: null, count: 0, distribution: [0, 0, 0, 0, 0] });
  assert.equal(averageToOneDecimal(17, 4), 4.3, "4.25 rounds up");
  assert.equal(averageToOneDecimal(13, 3), 4.3, "4.333…");
  assert.equal(averageToOneDecimal(14, 3), 4.7, "4.666…");
  assert.equal(averageToOneDecimal(5, 1), 5);
});
