import assert from "node:assert/strict";
import { test } from "node:test";
import { proportion } from "../../stats/index.ts";
import { latestStep, meanSeries, npsSeries, trustSeries, type WaveRows, weightsOf } from "./figures.ts";

/** A wave of n answers, k of them trusting; the trusting ones mostly young (to make weighting move). */
function wave(id: number, k: number, n: number): WaveRows {
  const rows = Array.from({ length: n }, (_, i) => ({
    cells: { age: i < n / 2 ? "jeune" : "senior" },
    trusts: i < k,
  }));
  const scores = rows.map((row, i) => ({ cells: row.cells, score: row.trusts ? 9 + (i % 2) : i % 7 }));
  return {
    id,
    label: `vague ${id}`,
    trust: { k, n, rows },
    nps: { promoters: k, passives: 0, detractors: n - k, rows: scores },
  };
}

test("trust per wave is the stats module's Wilson share, in percent; changes are judged in words", () => {
  const series = trustSeries([wave(1, 500, 1000), wave(2, 420, 1000), wave(3, 430, 1000)], { minimumN: 30 });
  const expected = proportion({ k: 500, n: 1000 });
  assert.equal(series.points[0]!.value, 50);
  assert.deepEqual(series.points[0]!.ci95, [expected.ci95[0] * 100, expected.ci95[1] * 100]);
  assert.equal(series.steps[0], null);
  assert.equal(series.steps[1]!.verdict, "significant_drop");
  assert.ok(Math.abs(series.steps[1]!.difference - -8) < 1e-9);
  assert.equal(series.steps[2]!.verdict, "not_significant");
  assert.equal(latestStep(series), series.steps[2]);
});

test("a wave under the minimum shows no figure, and no change is judged across it", () => {
  const series = trustSeries([wave(1, 50, 100), wave(2, 10, 29), wave(3, 60, 100)], { minimumN: 30 });
  assert.equal(series.points[1]!.hidden, true);
  assert.equal(series.points[1]!.value, null);
  assert.equal(series.points[1]!.ci95, null);
  assert.equal(series.points[1]!.n, 29);
  assert.deepEqual(series.steps, [null, null, null]);
});

test("weighted by raking, the interval rests on Kish's effective n, below the number of answers", () => {
  const weights = weightsOf(
    wave(1, 0, 100).trust.rows!.map((r) => r.cells),
    { age: { jeune: 20, senior: 80 } },
  );
  assert.ok(Math.abs(weights.reduce((a, b) => a + b, 0) - 100) < 1e-6, "weights average 1");
  assert.ok(Math.abs(weights[0]! - 0.4) < 1e-6 && Math.abs(weights[99]! - 1.6) < 1e-6);
  const raw = trustSeries([wave(1, 50, 100)], { minimumN: 30 }).points[0]!;
  const weighted = trustSeries([wave(1, 50, 100)], {
    minimumN: 30,
    targets: { age: { jeune: 20, senior: 80 } },
  }).points[0]!;
  assert.equal(raw.value, 50);
  // The 50 trusting answers are the young half, weighted to 20 %.
  assert.ok(Math.abs(weighted.value! - 20) < 1e-6);
  assert.ok(weighted.effectiveN < 100 && weighted.effectiveN > 50);
  assert.equal(weighted.n, 100);
});

test("NPS in points per wave, and the mean of satisfaction per period", () => {
  const series = npsSeries([wave(1, 500, 1000)], { minimumN: 30 });
  // 500 promoters (9 or 10), 500 detractors (0 to 6): 50 % − 50 %.
  assert.equal(series.points[0]!.value, 0);
  assert.ok(series.points[0]!.ci95![0] < 0 && series.points[0]!.ci95![1] > 0);
  const means = meanSeries(
    [
      { key: "2026-01", label: "janvier", values: Array.from({ length: 40 }, (_, i) => 1 + (i % 5)) },
      { key: "2026-02", label: "février", values: [5, 5] },
    ],
    { minimumN: 30 },
  );
  assert.equal(means.points[0]!.value, 3);
  assert.equal(means.points[1]!.hidden, true);
});
