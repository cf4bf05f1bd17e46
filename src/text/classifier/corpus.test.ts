import assert from "node:assert/strict";
import { test } from "node:test";
import { CLASSIFIER_CORPUS, type LabelledMessage } from "./corpus.ts";
import { FRESH_CORPUS } from "./corpus-fresh.ts";
import { type Measures, measure, report } from "./measure.ts";

/**
 * The figures written in docs/inbox.md, for both corpora and their parts. The held-out parts were
 * never used to tune the rules: their figures are the honest estimate of what the classifier does
 * on messages it has not seen, and their floors sit a margin under today's figures.
 */
interface Floors {
  precision: number;
  recall: number;
  payment: number;
  sentiment: number;
}

function check(name: string, corpus: readonly LabelledMessage[], floors: Floors): Measures {
  const m = measure(corpus);
  console.log(report(name, m));
  assert.ok(m.complaint.precision >= floors.precision, `${name}: complaint precision`);
  assert.ok(m.complaint.recall >= floors.recall, `${name}: complaint recall`);
  assert.ok(
    m.paymentService.precision >= floors.payment && m.paymentService.recall >= floors.payment,
    `${name}: payment service`,
  );
  assert.ok(m.languageAccuracy >= 0.95, `${name}: language`);
  assert.ok(m.sentimentAccuracy >= floors.sentiment, `${name}: sentiment`);
  return m;
}

const tuned: Floors = { precision: 0.95, recall: 0.95, payment: 0.95, sentiment: 0.9 };
const heldOut = (recall: number): Floors => ({ precision: 0.9, recall, payment: 0.9, sentiment: 0.85 });

test("the first corpus: precision and recall of complaints and payment services, accuracy of language and sentiment", () => {
  assert.ok(CLASSIFIER_CORPUS.length >= 300, "at least 300 labelled messages");
  const english = CLASSIFIER_CORPUS.filter((m) => m.language === "en").length;
  assert.ok(english / CLASSIFIER_CORPUS.length >= 0.25, "about a third in English");
  check("first corpus, whole", CLASSIFIER_CORPUS, { ...tuned, recall: 0.9 });
  const part = check(
    "first corpus, tuning part (2/3)",
    CLASSIFIER_CORPUS.filter((m) => !m.heldOut),
    tuned,
  );
  for (const line of part.misses) console.log(`  tuning miss: ${line}`);
  check(
    "first corpus, held out (1/3, never tuned on)",
    CLASSIFIER_CORPUS.filter((m) => m.heldOut),
    heldOut(0.82),
  );
});

test("the fresh corpus: the same figures on messages written after the first rules, half of them held out", () => {
  assert.ok(FRESH_CORPUS.length >= 200, "at least 200 labelled messages");
  const french = FRESH_CORPUS.filter((m) => m.language === "fr").length;
  assert.ok(french / FRESH_CORPUS.length >= 0.6, "about two thirds in French");
  check("fresh corpus, whole", FRESH_CORPUS, { ...tuned, recall: 0.9 });
  const part = check(
    "fresh corpus, tuning half",
    FRESH_CORPUS.filter((m) => !m.heldOut),
    tuned,
  );
  for (const line of part.misses) console.log(`  tuning miss: ${line}`);
  check(
    "fresh corpus, held-out half (never tuned on)",
    FRESH_CORPUS.filter((m) => m.heldOut),
    heldOut(0.86),
  );
});
