import { ENGLISH_FACTS } from "./facts-en.ts";
import { FRENCH_FACTS } from "./facts-fr.ts";
import type { Cue, Lexicon } from "./lexicon.ts";
import { ENGLISH } from "./lexicon-en.ts";
import { FRENCH } from "./lexicon-fr.ts";
import { WordTable } from "./words.ts";

/**
 * Both languages' lexicons, merged: a message that mixes them ("franchement, worst bank ever")
 * is read with both, and the few words they share mean the same in each.
 */
const BOTH = [FRENCH, ENGLISH];
const all = <K extends keyof Lexicon>(key: K) => BOTH.map((lexicon) => lexicon[key]);
const cues = (key: "complaint" | "request" | "ironicPraise" | "sarcasm"): Cue[] => all(key).flat();

const SENTIMENT = new WordTable<number>();
for (const lexicon of BOTH)
  SENTIMENT.add(lexicon.strongNegative, -2)
    .add(lexicon.strongPositive, 2)
    .add(lexicon.negative, -1)
    .add(lexicon.positive, 1)
    .add(lexicon.mildNegative, -0.5)
    .add(lexicon.mildPositive, 0.5);

const table = (key: "expected" | "negators" | "intensifiers" | "diminishers") => {
  const words = new WordTable<true>();
  for (const list of all(key)) words.add(list, true);
  return words;
};

export const LEXICONS = {
  sentiment: SENTIMENT,
  expected: table("expected"),
  negators: table("negators"),
  intensifiers: table("intensifiers"),
  diminishers: table("diminishers"),
  complaint: cues("complaint"),
  request: cues("request"),
  ironicPraise: cues("ironicPraise"),
  sarcasm: cues("sarcasm"),
  courtesy: all("courtesy").flat(),
  payment: all("payment").flat(),
  notPayment: all("notPayment").flat(),
  adverse: [FRENCH_FACTS, ENGLISH_FACTS].flatMap((facts) => facts.adverse),
  settled: [FRENCH_FACTS, ENGLISH_FACTS].flatMap((facts) => facts.settled),
  hypothetical: [FRENCH_FACTS, ENGLISH_FACTS].flatMap((facts) => facts.hypothetical),
};
