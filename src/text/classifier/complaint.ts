import { factsTold } from "./facts.ts";
import { LEXICONS } from "./lexicons.ts";
import type { Normalized } from "./normalize.ts";
import type { Polarity } from "./sentiment.ts";
import { cueScore } from "./words.ts";

export interface Grievance {
  /** Weight of the expressions of dissatisfaction found (delays, repeats, fees, threats to leave…). */
  cues: number;
  /** Weight of the expressions of a request for information, a service or an opinion. */
  request: number;
  /** Praise that is sarcasm here: it counts against the bank. */
  ironic: boolean;
  /** Questions framed as a how-to or a hypothesis ("que faire si…", "how do I…"). */
  howTo: number;
}

/** What in the message speaks of dissatisfaction, of a request, and whether its praise is ironic. */
export function grievance(message: Normalized, words: Polarity): Grievance {
  const sarcasm = cueScore(message.flat, LEXICONS.sarcasm);
  const told = factsTold(message);
  const cues = Math.max(
    0,
    cueScore(message.flat, LEXICONS.complaint) + sarcasm + told.adverse - told.hypothetical,
  );
  let request = told.howTo;
  for (const sentence of message.sentences) request += cueScore(sentence, LEXICONS.request);
  if (message.questions > 0) request += 0.5;
  const contrast = message.clauses.some((clause) => clause.afterContrast);
  // "Bravo pour le suivi… 3 semaines sans réponse": praise next to a grievance, and no "mais".
  const praise = cueScore(message.flat, LEXICONS.ironicPraise) > 0;
  const ironic = sarcasm > 0 || (praise && !contrast && (cues >= 1 || words.negative > words.positive));
  return { cues: cues + (ironic ? 1 : 0), request: Math.min(request, 2.5), ironic, howTo: told.howTo };
}

const BIAS = -1.7;
const CUE = 1.1;
const NEGATIVE = 0.75;
const POSITIVE = 0.45;
const REQUEST = 1;
const SHOUTING = 0.3;
/** A message that asks nothing and tells of something bad is told to the bank for a reason. */
const TELLING = 0.6;
const EXCLAMATION = 0.25;

/** The probability-like score that the message expresses dissatisfaction with the bank. */
export function complaintScore(message: Normalized, words: Polarity, found: Grievance): number {
  const loud =
    words.negative + found.cues > 0
      ? SHOUTING * Math.min(message.shouted, 3) + EXCLAMATION * Math.min(message.exclamations, 3)
      : 0;
  const raw =
    BIAS +
    CUE * found.cues +
    NEGATIVE * words.negative -
    POSITIVE * words.positive -
    // A rhetorical question ("vous trouvez ça normal ?") asks nothing: a request weighs less next to grievances.
    (REQUEST * found.request) / (1 + found.cues + words.negative) +
    (found.request === 0 && message.questions === 0 && found.cues + words.negative >= 1 ? TELLING : 0) +
    loud;
  return 1 / (1 + Math.exp(-raw));
}
