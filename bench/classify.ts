/**
 * `npm run bench:classify`: the time to classify one message, over the labelled corpus repeated
 * (after a warm-up), as the inbox will call it on each incoming message. Prints the median and the
 * 99th percentile; figures go to docs/performance.md by hand. Pure CPU: no database, no server.
 */
import os from "node:os";
import { CLASSIFIER_CORPUS } from "../src/text/classifier/corpus.ts";
import { classify } from "../src/text/classifier/index.ts";

const ROUNDS = 30;
const texts = CLASSIFIER_CORPUS.map((message) => message.text);
for (const text of texts) classify(text);

const times: number[] = [];
for (let round = 0; round < ROUNDS; round++)
  for (const text of texts) {
    const started = performance.now();
    classify(text);
    times.push(performance.now() - started);
  }
times.sort((a, b) => a - b);
const at = (share: number) => times[Math.min(times.length - 1, Math.floor(share * times.length))]!;
console.log(
  `classify: ${times.length} messages (${texts.length} × ${ROUNDS}), median ${(at(0.5) * 1000).toFixed(0)} µs, ` +
    `p99 ${(at(0.99) * 1000).toFixed(0)} µs, max ${(times.at(-1)! * 1000).toFixed(0)} µs ` +
    `(Node ${process.version}, ${os.cpus()[0]?.model ?? "unknown CPU"})`,
);
