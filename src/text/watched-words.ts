import vm from "node:vm";
import safeRegex from "safe-regex2";

/**
 * Watched words: staff list words or regular expressions, each with an action. Plain words
 * match whole words, ignoring case. Regular expressions are checked when saved (they must
 * compile and must not nest repetitions, the usual cause of catastrophic backtracking), and
 * every run is time-limited, so a pattern that slipped through cannot stall the server: the
 * check stops, and the post is held for a person instead.
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

export type WatchedOutcome =
  | { timedOut: false; text: string; matches: WatchedMatch[] }
  | { timedOut: true; text: string; matches: [] };

export const PATTERN_MAX = 200;
/**
 * How long all the rules together may take on one text. Ordinary rules take well under a
 * millisecond; the budget is wall-clock time, so it is generous enough that a busy machine does
 * not hold innocent posts, and a timed-out check is tried once more before it counts.
 */
export const CHECK_TIMEOUT_MS = 200;

/** Why a pattern cannot be saved, as a catalogue key, or undefined when it can. */
export function patternProblem(pattern: string, isRegex: boolean): string | undefined {
  const trimmed = pattern.trim();
  if ([...trimmed].length < 2) return "watched.pattern.tooShort";
  if ([...trimmed].length > PATTERN_MAX) return "watched.pattern.tooLong";
  if (!isRegex) return undefined;
  try {
    new RegExp(trimmed, "iu");
  } catch {
    return "watched.pattern.invalid";
  }
  return safeRegex(trimmed) ? undefined : "watched.pattern.unsafe";
}

const literal = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The source of the regular expression a rule runs as (plain words match as whole words). */
export function ruleSource(rule: Pick<WatchedRule, "pattern" | "isRegex">): string {
  return rule.isRegex ? rule.pattern : `(?<![\\p{L}\\p{N}])${literal(rule.pattern.trim())}(?![\\p{L}\\p{N}])`;
}

// Runs inside its own V8 context so that `timeout` can interrupt a runaway expression.
const RUNNER = new vm.Script(`
  (() => {
    const matches = [];
    let out = text;
    for (const rule of rules) {
      const re = new RegExp(rule.source, "giu");
      for (const found of text.matchAll(re)) {
        if (found[0] === "") continue;
        matches.push({ ruleId: rule.id, action: rule.action, match: found[0] });
      }
      if (rule.action === "replace") out = out.replace(re, () => rule.replacement);
    }
    return JSON.stringify({ text: out, matches });
  })()
`);

export function applyWatchedWords(
  rules: readonly WatchedRule[],
  text: string,
  timeoutMs = CHECK_TIMEOUT_MS,
): WatchedOutcome {
  const first = runRules(rules, text, timeoutMs);
  return first.timedOut ? runRules(rules, text, timeoutMs) : first;
}

function runRules(rules: readonly WatchedRule[], text: string, timeoutMs: number): WatchedOutcome {
  if (rules.length === 0) return { timedOut: false, text, matches: [] };
  const context = vm.createContext({
    text,
    rules: rules.map((rule) => ({
      id: rule.id,
      action: rule.action,
      source: ruleSource(rule),
      replacement: rule.replacement ?? "",
    })),
  });
  try {
    const result = JSON.parse(RUNNER.runInContext(context, { timeout: timeoutMs })) as {
      text: string;
      matches: WatchedMatch[];
    };
    return { timedOut: false, ...result };
  } catch (error) {
    if ((error as { code?: string }).code === "ERR_SCRIPT_EXECUTION_TIMEOUT")
      return { timedOut: true, text, matches: [] };
    // A rule that no longer compiles (saved before a stricter check) is skipped, not fatal.
    if (error instanceof Error && error.name === "SyntaxError")
      return runRules(
        rules.filter((rule) => patternProblem(rule.pattern, rule.isRegex) !== "watched.pattern.invalid"),
        text,
        timeoutMs,
      );
    throw error;
  }
}
