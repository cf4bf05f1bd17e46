import type { LabelledMessage } from "./corpus.ts";
import { type Classification, classify } from "./index.ts";

/** Precision and recall of a yes/no label, accuracy of the others, over labelled messages. */
export interface Measures {
  messages: number;
  complaint: { precision: number; recall: number };
  paymentService: { precision: number; recall: number };
  languageAccuracy: number;
  sentimentAccuracy: number;
  /** The messages where a label differs, for reading. */
  misses: string[];
}

export function measure(corpus: readonly LabelledMessage[]): Measures {
  const counts = { complaint: [0, 0, 0], paymentService: [0, 0, 0] };
  let language = 0;
  let sentiment = 0;
  const misses: string[] = [];
  for (const message of corpus) {
    const got: Classification = classify(message.text);
    const wrong: string[] = [];
    for (const key of ["complaint", "paymentService"] as const) {
      const [tp, fp, fn] = counts[key] as [number, number, number];
      if (got[key] && message[key]) counts[key] = [tp + 1, fp, fn];
      else if (got[key]) counts[key] = [tp, fp + 1, fn];
      else if (message[key]) counts[key] = [tp, fp, fn + 1];
      if (got[key] !== message[key]) wrong.push(`${key}=${got[key]}`);
    }
    if (got.language === message.language) language++;
    else wrong.push(`language=${got.language}`);
    if (got.sentiment === message.sentiment) sentiment++;
    else wrong.push(`sentiment=${got.sentiment}`);
    if (wrong.length > 0)
      misses.push(`${wrong.join(" ")} (score ${got.complaintScore.toFixed(2)}): ${message.text}`);
  }
  const ratio = (n: number, d: number) => (d === 0 ? 1 : n / d);
  const pr = ([tp, fp, fn]: number[]) => ({
    precision: ratio(tp!, tp! + fp!),
    recall: ratio(tp!, tp! + fn!),
  });
  return {
    messages: corpus.length,
    complaint: pr(counts.complaint),
    paymentService: pr(counts.paymentService),
    languageAccuracy: ratio(language, corpus.length),
    sentimentAccuracy: ratio(sentiment, corpus.length),
    misses,
  };
}

const percent = (value: number) => `${(100 * value).toFixed(1)} %`;

export function report(name: string, m: Measures): string {
  return [
    `${name} (${m.messages} messages):`,
    `  complaint: precision ${percent(m.complaint.precision)}, recall ${percent(m.complaint.recall)}`,
    `  payment service: precision ${percent(m.paymentService.precision)}, recall ${percent(m.paymentService.recall)}`,
    `  language: accuracy ${percent(m.languageAccuracy)}; sentiment: accuracy ${percent(m.sentimentAccuracy)}`,
  ].join("\n");
}
