/**
 * The shape of a language's lexicon. Words are written normalised (lower case, no accents);
 * a word ending in `*` is a stem and matches every word it begins (at least its own letters).
 * Phrases are regular expressions over the normalised message (words separated by one space,
 * a space at each end), each with a weight.
 */
export interface Lexicon {
  /** Sentiment words by weight: strong ±2, plain ±1, mild ±0.5. */
  strongPositive: string;
  positive: string;
  mildPositive: string;
  strongNegative: string;
  negative: string;
  mildNegative: string;
  /** Neutral words that turn negative when negated: "pas reçu", "no answer", "not working". */
  expected: string;
  negators: string;
  intensifiers: string;
  diminishers: string;
  /** Dissatisfaction with the bank: delays, repeats, fees, refusals, threats to leave. */
  complaint: Cue[];
  /** Asking for information, a service or an opinion. */
  request: Cue[];
  /** Praise that, next to a grievance, is sarcasm ("Bravo pour…", "great job…"). */
  ironicPraise: Cue[];
  /** Sarcasm with no doubt about it ("merci pour rien", "thanks for nothing"). */
  sarcasm: Cue[];
  /** Courtesy that carries no sentiment ("merci d'avance", "kind regards"): removed first. */
  courtesy: RegExp[];
  /** Words and phrases of payment services in the sense of PSD2. */
  payment: RegExp[];
  /** What looks like a payment word but is not one (a "carte vitale", a cheque's opposition). */
  notPayment: RegExp[];
}

export type Cue = [RegExp, number];

/** A language's facts of dissatisfaction (see facts.ts), beside its lexicon. */
export interface Facts {
  adverse: Cue[];
  /** The problem is over: "a bien été remboursé", "le problème est réglé", "has been refunded". */
  settled: Cue[];
  /** How-to and conditional frames: "que faire si", "comment contester", "what happens if". */
  hypothetical: RegExp[];
}

/** Phrases written with spaces for word boundaries: `cue("toujours pas", 2)`. */
export const phrase = (source: string): RegExp => new RegExp(`(?<= )(?:${source})(?= )`, "g");
export const cue = (source: string, weight: number): Cue => [phrase(source), weight];
/** A cue at a sentence's start (each sentence is matched on its own). */
export const start = (source: string, weight: number): Cue => [
  new RegExp(`^ (?:${source})(?= )`, "g"),
  weight,
];
