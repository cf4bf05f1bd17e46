import { RE2JS } from "re2js";

/**
 * Watched words: staff list words or regular expressions, each with an action. Plain words
 * match whole words, ignoring case. Regular expressions run on RE2JS, a pure-JavaScript port of
 * RE2, whose matching time grows linearly with the text whatever the pattern: no expression can
 * backtrack catastrophically and stall the server, so none needs a time limit. The price is
 * RE2's syntax: no back-references (`\1`) and no lookahead (`(?=…)`); lookbehind is allowed.
 * A rule that cannot run (saved before this engine, with such a construct) fails closed: the
 * post is held for a person rather than published unchecked.
 */
export interface WatchedRule {
  id: number;
  pattern: string;
  isRegex: boolean;
  action: "block" | "hold" | "flag" | "replace";
  replacement: string | null;
}

export interface WatchedMatch {
  ruleId: number;
  action: WatchedRule["action"];
  match: string;
}

export interface WatchedOutcome {
  text: string;
  matches: WatchedMatch[];
  /** Patterns of the rules that could not run on this text; the caller must not publish unchecked. */
  unusable: string[];
}

export const PATTERN_MAX = 200;

const FLAGS = RE2JS.CASE_INSENSITIVE | RE2JS.LOOKBEHINDS;

/** Why a pattern cannot be saved, as a catalogue key (checked where it is shown), or undefined when it can. */
export type PatternProblem =
  | "watched.pattern.tooShort"
  | "watched.pattern.tooLong"
  | "watched.pattern.unsupported"
  | "watched.pattern.invalid";

export function patternProblem(pattern: string, isRegex: boolean): PatternProblem | undefined {
  const trimmed = pattern.trim();
  if ([...trimmed].length < 2) return "watched.pattern.tooShort";
  if ([...trimmed].length > PATTERN_MAX) return "watched.pattern.tooLong";
  if (!isRegex) return undefined;
  try {
    RE2JS.compile(trimmed, FLAGS);
    return undefined;
  } catch {
    // Valid JavaScript that RE2 refuses (back-references, lookahead, …) gets its own explanation.
    try {
      new RegExp(trimmed, "iu");
      return "watched.pattern.unsupported";
    } catch {
      return "watched.pattern.invalid";
    }
  }
}

const literal = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Where a rule matches in a text, as [index, matched text], empty matches left out. */
type Finder = (text: string) => Iterable<[number, string]>;

/**
 * A plain word is an escaped literal between two one-character negative lookarounds: no
 * quantifier, so the native engine's work is bounded by the word's length at each position.
 * Lookahead, which RE2 lacks, keeps "vol" from matching in "volontiers".
 */
function wordFinder(word: string): Finder {
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${literal(word.trim())}(?![\\p{L}\\p{N}])`, "giu");
  return function* (text) {
    for (const found of text.matchAll(re)) if (found[0] !== "") yield [found.index, found[0]];
  };
}

function regexFinder(pattern: string): Finder {
  const re = RE2JS.compile(pattern, FLAGS);
  return function* (text) {
    // test() runs on RE2's DFA, much faster than collecting matches: most texts stop here.
    if (!re.test(text)) return;
    for (const found of re.matchAll(text)) if (found[0] !== "") yield [found.index ?? 0, found[0]];
  };
}

/** Compiled rules, by pattern: compiling costs more than matching a short post. */
const finders = new Map<string, Finder | "unusable">();
const FINDERS_MAX = 1000;

function finderFor(rule: WatchedRule): Finder | "unusable" {
  const key = `${rule.isRegex ? "re" : "word"}:${rule.pattern}`;
  let finder = finders.get(key);
  if (finder === undefined) {
    try {
      finder = rule.isRegex ? regexFinder(rule.pattern) : wordFinder(rule.pattern);
    } catch {
      finder = "unusable";
    }
    if (finders.size >= FINDERS_MAX) finders.clear();
    finders.set(key, finder);
  }
  return finder;
}

function replaceAll(finder: Finder, text: string, replacement: string): string {
  let out = "";
  let from = 0;
  for (const [index, match] of finder(text)) {
    out += text.slice(from, index) + replacement;
    from = index + match.length;
  }
  return out + text.slice(from);
}

export function applyWatchedWords(rules: readonly WatchedRule[], text: string): WatchedOutcome {
  const matches: WatchedMatch[] = [];
  const unusable: string[] = [];
  let out = text;
  for (const rule of rules) {
    const finder = finderFor(rule);
    if (finder === "unusable") {
      unusable.push(rule.pattern);
      continue;
    }
    for (const [, match] of finder(text)) matches.push({ ruleId: rule.id, action: rule.action, match });
    if (rule.action === "replace") out = replaceAll(finder, out, rule.replacement ?? "");
  }
  return { text: out, matches, unusable };
}
