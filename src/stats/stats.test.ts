import assert from "node:assert/strict";
import { test } from "node:test";
import {
  answerStatsLine,
  belowMinimum,
  checkTargets,
  compareMeans,
  compareNps,
  compareProportions,
  describe,
  kish,
  logOddsDrivers,
  nps,
  npsBucket,
  proportion,
  rake,
  verdictOf,
} from "./index.ts";

const close = (actual: number, expected: number, tolerance = 5e-5) =>
  assert.ok(Math.abs(actual - expected) <= tolerance, `${actual} is not ${expected} ± ${tolerance}`);

test("Wilson intervals match Newcombe (1998), Table I, method 3, to 4 decimals", () => {
  // Newcombe RG. Two-sided confidence intervals for the single proportion. Stat Med 1998;17:857-872.
  const published: [number, number, number, number][] = [
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0, 0.1611],
    [1, 29, 0.0061, 0.1718],
  ];
  for (const [k, n, low, high] of published) {
    const { estimate, ci95 } = proportion({ k, n });
    close(estimate, k / n, 1e-12);
    close(ci95[0], low);
    close(ci95[1], high);
  }
});

test("the issue's trust figure: 1,127 of 3,414 trust their bank, 33.0 % [31.5 %, 34.6 %]", () => {
  // By hand: p = 0.330111, z² / n = 0.001125; centre (0.330111 + 0.000563) / 1.001125 = 0.330302;
  // half-width 1.957760 × √(0.330111 × 0.669889 / 3414 + 3.8415 / (4 × 3414²)) = 0.015766.
  const { estimate, ci95 } = proportion({ k: 1127, n: 3414 });
  close(estimate, 0.3301);
  close(ci95[0], 0.3145);
  close(ci95[1], 0.3461);
});

test("a weighted share uses Kish's effective n: the same share, a wider interval", () => {
  const plain = proportion({ k: 330, n: 1000 });
  const weighted = proportion({ k: 330, n: 1000, effectiveN: 500 });
  assert.equal(weighted.estimate, plain.estimate);
  assert.ok(weighted.ci95[1] - weighted.ci95[0] > plain.ci95[1] - plain.ci95[0]);
  assert.deepEqual(weighted.ci95, proportion({ k: 165, n: 500 }).ci95);
});

test("two-proportion z-test, pooled and two-sided: 43 % → 33 % on 3,414 people each is a significant drop", () => {
  // pooled = 2595 / 6828 = 0.380053; SE = √(0.380053 × 0.619947 × 2 / 3414) = 0.011749;
  // z = (0.429994 − 0.330111) / 0.011749 = 8.5017 (positive: a > b); p ≈ 1.9e-17.
  const change = compareProportions({ k: 1468, n: 3414 }, { k: 1127, n: 3414 });
  close(change.difference, -0.0999);
  close(change.statistic, 8.5017, 1e-4);
  assert.ok(change.p < 1e-15 && change.p > 0);
  assert.equal(change.significant, true);
  assert.equal(verdictOf(change), "significant_drop");
  // 52 % → 55 % on 400 each: pooled 0.535, SE 0.035267, z = −0.8507, p = 0.3949: not significant.
  const small = compareProportions({ k: 208, n: 400 }, { k: 220, n: 400 });
  close(small.statistic, -0.8507, 1e-4);
  close(small.p, 0.3949, 1e-4);
  assert.equal(verdictOf(small), "not_significant");
  assert.equal(verdictOf(compareProportions({ k: 100, n: 400 }, { k: 160, n: 400 })), "significant_rise");
  // Nothing varies: no statistic, no significance, rather than NaN.
  assert.deepEqual(compareProportions({ k: 0, n: 50 }, { k: 0, n: 50 }), {
    difference: 0,
    statistic: 0,
    p: 1,
    significant: false,
  });
});

test("NPS in points with its multinomial-variance interval", () => {
  // 420 promoters, 310 passives, 270 detractors: NPS = 42 − 27 = 15 points;
  // Var = (0.42 + 0.27 − 0.15²) / 1000 = 0.0006675; half-width 1.959964 × 100 × 0.025836 = 5.0638.
  const result = nps({ promoters: 420, passives: 310, detractors: 270 });
  close(result.nps, 15, 1e-9);
  close(result.ci95[0], 9.9362, 1e-4);
  close(result.ci95[1], 20.0638, 1e-4);
  assert.equal(npsBucket(10), "promoter");
  assert.equal(npsBucket(9), "promoter");
  assert.equal(npsBucket(8), "passive");
  assert.equal(npsBucket(7), "passive");
  assert.equal(npsBucket(6), "detractor");
  assert.equal(npsBucket(0), "detractor");
  // 15 → 5 points with 1,000 answers each: Var b = (0.38 + 0.33 − 0.05²) / 1000 × 100² = 7.075;
  // z = 10 / √(6.675 + 7.075) = 2.6968, p = 0.0070.
  const change = compareNps(
    { promoters: 420, passives: 310, detractors: 270 },
    { promoters: 380, passives: 290, detractors: 330 },
  );
  close(change.difference, -10, 1e-9);
  close(change.statistic, 2.6968, 1e-4);
  close(change.p, 0.007, 1e-4);
});

test("Welch's test matches Wikipedia's worked example 1 (t = −2.46, ν = 24.99, p = 0.021)", () => {
  // en.wikipedia.org/wiki/Welch's_t-test, "Examples", first pair of samples.
  const a = describe([
    27.5, 21.0, 19.0, 23.6, 17.0, 17.9, 16.9, 20.1, 21.9, 22.6, 23.1, 19.6, 19.0, 21.7, 21.4,
  ]);
  const b = describe([
    27.1, 22.0, 20.8, 23.4, 23.4, 23.5, 25.8, 22.0, 24.8, 20.2, 21.9, 22.1, 22.9, 20.5, 24.4,
  ]);
  close(a.mean, 20.82, 1e-9);
  close(b.mean, 22.9867, 1e-4);
  const change = compareMeans(a, b);
  close(change.statistic, -2.4554, 1e-4);
  close(change.df, 24.9885, 1e-4);
  close(change.p, 0.0214, 1e-4);
  assert.equal(verdictOf(change), "significant_rise");
});

test("weights: Kish's effective n; raking meets every margin; a single dimension is post-stratification", () => {
  assert.equal(kish([1, 1, 1, 1]), 4);
  close(kish([1, 3]), 1.6, 1e-12);
  // 8 answers: 6 clients, 2 not; the bank's clientele is half and half → weights 2/3 and 2 (mean 1).
  const rows = [
    ...Array(6).fill({ cells: { client: "oui" } }),
    ...Array(2).fill({ cells: { client: "non" } }),
  ];
  const single = rake(rows, { client: { oui: 0.5, non: 0.5 } });
  assert.ok(single.converged);
  for (const w of single.weights.slice(0, 6)) close(w, 2 / 3, 1e-9);
  for (const w of single.weights.slice(6)) close(w, 2, 1e-9);
  close(single.effectiveN, 64 / (6 * (4 / 9) + 2 * 4), 1e-9);

  const cells = (age: string, region: string) => ({ cells: { age, region } });
  const sample = [
    ...Array(40).fill(cells("18-34", "IDF")),
    ...Array(10).fill(cells("18-34", "autres")),
    ...Array(20).fill(cells("35+", "IDF")),
    ...Array(30).fill(cells("35+", "autres")),
  ];
  const targets = { age: { "18-34": 0.3, "35+": 0.7 }, region: { IDF: 0.2, autres: 0.8 } };
  const raked = rake(sample, targets);
  assert.ok(raked.converged);
  const total = raked.weights.reduce((s, w) => s + w, 0);
  close(total, sample.length, 1e-9);
  const share = (dimension: "age" | "region", category: string) =>
    sample.reduce((s, row, i) => s + (row.cells[dimension] === category ? (raked.weights[i] ?? 0) : 0), 0) /
    total;
  close(share("age", "18-34"), 0.3, 1e-6);
  close(share("region", "IDF"), 0.2, 1e-6);
  assert.ok(raked.effectiveN < sample.length && raked.effectiveN > 0);
});

test("targets are checked: a dimension not summing to 100 %, a share out of range, a category nobody answered", () => {
  assert.deepEqual(checkTargets({ age: { a: 0.6, b: 0.4 } }), []);
  assert.deepEqual(checkTargets({ age: { a: 0.6, b: 0.5 } }), [
    { kind: "sum", dimension: "age", total: 1.1 },
  ]);
  assert.deepEqual(
    checkTargets({ age: { a: 1.5, b: -0.5 } }).map((p) => p.kind),
    ["not_a_share", "not_a_share", "sum"],
  );
  assert.deepEqual(checkTargets({ age: { a: 0.5, b: 0.5 } }, [{ cells: { age: "a" } }]), [
    { kind: "nobody", dimension: "age", category: "b" },
  ]);
});

test("the minimum n: 29 answers are not shown, 30 are", () => {
  assert.equal(belowMinimum(29), true);
  assert.equal(belowMinimum(30), false);
  assert.equal(belowMinimum(9.6, 10), true);
  assert.equal(belowMinimum(Number.NaN), true);
});

test("drivers: a word far more frequent in this period's negative messages tops the list; rare words are shrunk", () => {
  const previous = new Map([
    ["frais", 50],
    ["attente", 40],
    ["carte", 30],
    ["agence", 30],
  ]);
  const current = new Map([
    ["frais", 55],
    ["attente", 120],
    ["carte", 25],
    ["agence", 28],
    ["bug", 2],
  ]);
  const drivers = logOddsDrivers(current, previous);
  assert.equal(drivers[0]?.word, "attente");
  assert.ok((drivers[0]?.z ?? 0) > 1.96);
  const bug = drivers.find((d) => d.word === "bug");
  assert.ok(bug && bug.z < (drivers[0]?.z ?? 0) && bug.z < 1.96, "two sightings are no driver");
  assert.deepEqual(logOddsDrivers(current, new Map()), []);
});

test("confiance stats answers each line with the functions above, 4 decimals, and refuses bad lines by name", () => {
  const answer = (value: unknown) => answerStatsLine(value);
  assert.deepEqual(answer({ op: "proportion", k: 1127, n: 3414 }), {
    ok: true,
    answer: { estimate: 0.3301, ci95: [0.3145, 0.3461] },
  });
  assert.deepEqual(answer({ op: "compare", a: { k: 1468, n: 3414 }, b: { k: 1127, n: 3414 } }), {
    ok: true,
    answer: { difference: -0.0999, z: 8.5017, p: 0, significant: true },
  });
  assert.deepEqual(answer({ op: "nps", promoters: 420, passives: 310, detractors: 270 }), {
    ok: true,
    answer: { nps: 15, ci95: [9.9362, 20.0638] },
  });
  const means = answer({
    op: "compare",
    a: { mean: 3.9, sd: 1.1, n: 120 },
    b: { mean: 4.2, sd: 0.9, n: 140 },
  });
  assert.ok(means.ok && "t" in means.answer && "df" in means.answer);
  const npsChange = answer({
    op: "compare",
    a: { promoters: 420, passives: 310, detractors: 270 },
    b: { promoters: 380, passives: 290, detractors: 330 },
  });
  assert.deepEqual(npsChange, {
    ok: true,
    answer: { difference: -10, z: 2.6968, p: 0.007, significant: true },
  });
  for (const bad of [
    null,
    [],
    { k: 1, n: 2 },
    { op: "median" },
    { op: "proportion", k: 5, n: 3 },
    { op: "proportion", k: -1, n: 3 },
    { op: "proportion", k: 1.5, n: 3 },
    { op: "proportion", k: 0, n: 0 },
    { op: "proportion", k: "3", n: 10 },
    { op: "compare", a: { k: 1, n: 2 } },
    { op: "nps", promoters: 0, passives: 0, detractors: 0 },
    { op: "rake", rows: [{ age: "a" }], targets: { age: { a: 0.6, b: 0.6 } } },
  ]) {
    const refused = answer(bad);
    assert.equal(refused.ok, false, JSON.stringify(bad));
    assert.ok(!refused.ok && refused.error.length > 10);
  }
});
