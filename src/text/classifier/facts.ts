import { LEXICONS } from "./lexicons.ts";
import type { Normalized } from "./normalize.ts";
import { cueScore, matchesAny } from "./words.ts";

/** A question's hypothesis keeps this share of its grievance cues. */
const HYPOTHESIS_KEEPS = 0.2;

export interface Told {
  /** Weight of the facts of dissatisfaction in the message. */
  adverse: number;
  /** Weight of grievance cues (facts and phrases) to take back: they are only a question's hypothesis. */
  hypothetical: number;
  /** Questions framed as a hypothesis or a how-to: requests for information. */
  howTo: number;
}

/**
 * Dissatisfaction told by facts: an adverse event that happened *to the client* (debited twice,
 * not received, still pending, refused, lost, no callback, weeks gone since the request), and a
 * demand to put it right. A question that frames the same event as a hypothesis ("que faire si ma
 * carte est avalée ?", "how do I dispute a payment?") asks for information: its cues do not count.
 */
export function factsTold(message: Normalized): Told {
  const adverse = Math.max(
    0,
    cueScore(message.flat, LEXICONS.adverse) - cueScore(message.flat, LEXICONS.settled),
  );
  let hypothetical = 0;
  let howTo = 0;
  message.sentences.forEach((sentence, index) => {
    if (!message.asked[index] || !matchesAny(sentence, LEXICONS.hypothetical)) return;
    howTo++;
    hypothetical +=
      (1 - HYPOTHESIS_KEEPS) *
      (cueScore(sentence, LEXICONS.adverse) + cueScore(sentence, LEXICONS.complaint));
  });
  return { adverse, hypothetical, howTo };
}
