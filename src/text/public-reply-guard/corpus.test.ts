import assert from "node:assert/strict";
import { test } from "node:test";
import { findBankSecrecy } from "./bank-secrecy.ts";
import type { ReplyCase } from "./corpus/case.ts";
import { HELD_OUT } from "./corpus/held-out.ts";
import { TUNED } from "./corpus/tuned.ts";
import { findCreditWithoutWarning } from "./credit-advertising.ts";

interface Score {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

const CHECKS = {
  secrecy: (text: string) => findBankSecrecy(text).length > 0,
  credit: (text: string) => findCreditWithoutWarning(text).length > 0,
} as const;
type Check = keyof typeof CHECKS;

function score(cases: ReplyCase[], check: Check) {
  const counts: Score = { tp: 0, fp: 0, fn: 0, tn: 0 };
  const wrong: string[] = [];
  for (const reply of cases) {
    const found = CHECKS[check](reply.text);
    const expected = reply[check];
    counts[found ? (expected ? "tp" : "fp") : expected ? "fn" : "tn"]++;
    if (found !== expected) wrong.push(`${expected ? "missed" : "wrongly flagged"}: ${reply.text}`);
  }
  const precision = counts.tp + counts.fp === 0 ? 1 : counts.tp / (counts.tp + counts.fp);
  const recall = counts.tp + counts.fn === 0 ? 1 : counts.tp / (counts.tp + counts.fn);
  return { counts, precision, recall, wrong };
}

const percent = (n: number) => `${(100 * n).toFixed(1)} %`;

function report(name: string, cases: ReplyCase[], check: Check, showWrong: boolean) {
  const result = score(cases, check);
  const { tp, fp, fn, tn } = result.counts;
  console.log(
    `${check} on ${name} (${cases.length} replies): precision ${percent(result.precision)}, recall ${percent(result.recall)} (${tp} caught, ${fp} wrongly flagged, ${fn} missed, ${tn} rightly left)`,
  );
  if (showWrong) for (const line of result.wrong) console.log(`  ${line}`);
  return result;
}

test("the labelled corpus of staff replies: precision and recall per check, tuned and held-out", () => {
  const all = [...TUNED, ...HELD_OUT];
  console.log(`corpus: ${all.length} replies, ${TUNED.length} tuned on, ${HELD_OUT.length} held out`);
  assert.ok(all.length >= 200, "at least 200 replies");
  for (const check of ["secrecy", "credit"] as const) {
    const tuned = report("the tuned part", TUNED, check, true);
    // The held-out replies are never printed one by one: reading them would be tuning on them.
    const heldOut = report("the held-out part", HELD_OUT, check, false);
    report("the whole corpus", all, check, false);
    assert.ok(tuned.recall >= 0.9, `${check}: recall on the tuned part`);
    assert.ok(tuned.precision >= 0.9, `${check}: precision on the tuned part`);
    assert.ok(heldOut.recall >= 0.75, `${check}: recall on the held-out part`);
    assert.ok(heldOut.precision >= 0.8, `${check}: precision on the held-out part`);
  }
});
