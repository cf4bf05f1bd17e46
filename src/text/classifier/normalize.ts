/**
 * A message as the classifier reads it: lower case, no accents, elisions split ("j'ai" → "j ai",
 * "don't" → "do not"), common SMS spellings expanded, cut into clauses at sentence ends and
 * contrast words, each clause a list of words. Shouting (words in capitals) and exclamation
 * marks are counted before anything is lowered.
 */
export interface Clause {
  words: string[];
  /** The clause follows a contrast word ("mais", "but"): it counts more, the one before less. */
  afterContrast: boolean;
  beforeContrast: boolean;
}

export interface Normalized {
  /** The whole message, normalised, words separated by single spaces, with a space at each end. */
  flat: string;
  /** Each sentence the same way, for what is looked for at a sentence's start. */
  sentences: string[];
  /** For each sentence, whether it ends with a question mark. */
  asked: boolean[];
  words: string[];
  clauses: Clause[];
  exclamations: number;
  /** Words of three letters or more written in capitals (acronyms such as SEPA excluded). */
  shouted: number;
  questions: number;
  /** Suspension points or a quoted word, the cheap marks of irony. */
  ellipsis: boolean;
}

const ACRONYMS = new Set([
  "SEPA",
  "IBAN",
  "BIC",
  "RIB",
  "ATM",
  "DAB",
  "GAB",
  "PEL",
  "CEL",
  "LEP",
  "PEA",
  "SMS",
  "CB",
  "TPE",
  "PIN",
  "USA",
  "EUR",
  "USD",
  "FAQ",
  "CNIL",
  "ACPR",
  "PSD",
  "DSP",
  "OTP",
  "APP",
  "BNP",
  "LCL",
  "SG",
  "CIC",
  "TV",
  "IA",
  "PDF",
  "URL",
  "RDV",
  "SAV",
  "PS",
  "OK",
  "SVP",
  "STP",
  "NB",
  "MDR",
  "LOL",
  "AMF",
  "CAF",
  "EDF",
  "SNCF",
  "VISA",
  "UK",
  "UE",
  "EU",
  "HT",
  "TTC",
  "TVA",
  "PDG",
  "CEO",
  "GDPR",
  "RGPD",
  "KYC",
  "ID",
  "FR",
  "EN",
]);

/** SMS spellings and common typing shortcuts, in both languages, to the words the lexicons know. */
const SHORTHAND: Record<string, string> = {
  tjrs: "toujours",
  tjs: "toujours",
  tjr: "toujours",
  tj: "toujours",
  pk: "pourquoi",
  pq: "pourquoi",
  pkoi: "pourquoi",
  bcp: "beaucoup",
  jai: "j ai",
  jsuis: "je suis",
  chui: "je suis",
  jsui: "je suis",
  jpeux: "je peux",
  jveux: "je veux",
  jpense: "je pense",
  ya: "il y a",
  koi: "quoi",
  pa: "pas",
  tt: "tout",
  ts: "tous",
  mm: "meme",
  dc: "donc",
  qd: "quand",
  ds: "dans",
  ke: "que",
  kan: "quand",
  cest: "c est",
  cetait: "c etait",
  nimporte: "n importe",
  jamai: "jamais",
  pr: "pour",
  pcq: "parce que",
  psk: "parce que",
  rdv: "rendez vous",
  dsl: "desole",
  mrc: "merci",
  mci: "merci",
  slt: "salut",
  doesnt: "does not",
  didnt: "did not",
  cant: "can not",
  wont: "will not",
  isnt: "is not",
  wasnt: "was not",
  havent: "have not",
  hasnt: "has not",
  arent: "are not",
  werent: "were not",
  couldnt: "could not",
  shouldnt: "should not",
  wouldnt: "would not",
  aint: "is not",
  im: "i am",
  ive: "i have",
  ur: "your",
  u: "you",
  r: "are",
  pls: "please",
  plz: "please",
  thx: "thanks",
  ty: "thanks",
  tbh: "to be honest",
  wtf: "what the",
  omg: "oh my god",
  idk: "i do not know",
  b4: "before",
  wk: "week",
  wks: "weeks",
  nvm: "never mind",
};

const CONTRAST = new Set([
  "mais",
  "cependant",
  "toutefois",
  "pourtant",
  "neanmoins",
  "but",
  "however",
  "nevertheless",
  "nonetheless",
  "though",
  "although",
  "yet",
]);
/** Two-word contrasts, joined into one word before the clauses are cut. */
const CONTRAST_PAIRS: [RegExp, string][] = [
  [/\bpar contre\b/g, " mais "],
  [/\ben revanche\b/g, " mais "],
  [/\bsauf que\b/g, " mais "],
  [/\bcela dit\b/g, " mais "],
  [/\bthat said\b/g, " but "],
  [/\bon the other hand\b/g, " but "],
  [/\bnot yet\b/g, " notyet "],
];

/**
 * `erase` removes phrases from the clauses (not from `flat` nor `words`): courtesy such as
 * "merci d'avance" carries no sentiment.
 */
export function normalize(text: string, erase: readonly RegExp[] = []): Normalized {
  const exclamations = (text.match(/!/g) ?? []).length;
  const questions = (text.match(/\?/g) ?? []).length;
  const ellipsis = /(\.\.\.|…|\.\.|"[^"\s]{2,20}"|«\s?\w+\s?»)/.test(text);
  let shouted = 0;
  for (const word of text.match(/\b[A-ZÀ-Ý]{3,}\b/g) ?? []) if (!ACRONYMS.has(word)) shouted++;
  let lower = text
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[’‘`´ʼ]/g, "'")
    .replace(/œ/g, "oe")
    .replace(/æ/g, "ae")
    .replace(/\b(can|won)'t\b/g, "$1 not")
    .replace(/n't\b/g, " not")
    .replace(/'(m|re|ve|ll|d|s)\b/g, " $1")
    .replace(/\b([ldjnmtscq]|qu|jusqu|lorsqu|puisqu)'/g, "$1 ");
  for (const [pattern, replacement] of CONTRAST_PAIRS) lower = lower.replace(pattern, replacement);
  const clauses: Clause[] = [];
  const words: string[] = [];
  const sentences: string[] = [];
  const asked: boolean[] = [];
  for (const [, sentence = "", end = ""] of lower.matchAll(/([^.!?;:\n()…]*)([.!?;:\n()…]*)/g)) {
    const own: string[] = [];
    // A comma ends a negation's reach: it stays in the clause words as a mark, not in `flat`.
    for (const raw of sentence.replace(/,/g, " , ").split(/[^a-z0-9,]+/))
      if (raw !== "") for (const word of (SHORTHAND[raw] ?? raw).split(" ")) own.push(word);
    const plain = own.filter((word) => word !== ",");
    if (plain.length === 0) continue;
    words.push(...plain);
    sentences.push(` ${plain.join(" ")} `);
    asked.push(end.includes("?"));
    let flat = ` ${own.join(" ")} `;
    for (const pattern of erase) flat = flat.replace(pattern, " ");
    let current: string[] = [];
    let afterContrast = false;
    const close = (beforeContrast: boolean) => {
      if (current.length > 0) clauses.push({ words: current, afterContrast, beforeContrast });
      current = [];
    };
    for (const word of flat.split(" ")) {
      if (word === "") continue;
      if (word === ",") close(false);
      else if (CONTRAST.has(word)) {
        close(true);
        afterContrast = true;
      } else current.push(word);
    }
    close(false);
  }
  return {
    flat: ` ${words.join(" ")} `,
    sentences,
    asked,
    words,
    clauses,
    exclamations,
    shouted,
    questions,
    ellipsis,
  };
}
