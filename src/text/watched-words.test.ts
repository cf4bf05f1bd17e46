import assert from "node:assert/strict";
import { test } from "node:test";
import { applyWatchedWords, PATTERN_MAX, patternProblem, type WatchedRule } from "./watched-words.ts";

let nextId = 1;
const rule = (pattern: string, over: Partial<WatchedRule> = {}): WatchedRule => ({
  id: nextId++,
  pattern,
  isRegex: false,
  action: "hold",
  replacement: null,
  ...over,
});

test("a plain word matches whole words only, whatever the case", () => {
  const vol = rule("vol");
  const outcome = applyWatchedWords([vol], "Un VOL de carte ; volontiers, mais pas de survol. Vol.");
  assert.deepEqual(
    outcome.matches.map((m) => m.match),
    ["VOL", "Vol"],
  );
  assert.ok(outcome.matches.every((m) => m.ruleId === vol.id && m.action === "hold"));
  assert.deepEqual(outcome.unusable, []);
});

test("a plain word is taken literally, its symbols included", () => {
  const outcome = applyWatchedWords([rule("c.b")], "ma c.b est bloquée, ma cxb aussi");
  assert.deepEqual(
    outcome.matches.map((m) => m.match),
    ["c.b"],
  );
});

test("replace rules rewrite every match; other actions leave the text as it is", () => {
  const outcome = applyWatchedWords(
    [
      rule("\\d{4} ?\\d{4}", { isRegex: true, action: "replace", replacement: "[numéro]" }),
      rule("arnaque", { action: "flag" }),
    ],
    "code 1234 5678 et 87654321 : une arnaque ?",
  );
  assert.equal(outcome.text, "code [numéro] et [numéro] : une arnaque ?");
  assert.deepEqual(
    outcome.matches.map((m) => `${m.action} ${m.match}`),
    ["replace 1234 5678", "replace 87654321", "flag arnaque"],
  );
});

test("an expression that matches the empty string matches nothing", () => {
  assert.deepEqual(applyWatchedWords([rule("x*", { isRegex: true })], "abc").matches, []);
});

test("a rule that cannot run is reported, so the caller holds the post rather than publish it unchecked", () => {
  const outcome = applyWatchedWords(
    [rule("(a)\\1", { isRegex: true, action: "block" }), rule("fraude")],
    "aa fraude",
  );
  assert.deepEqual(outcome.unusable, ["(a)\\1"]);
  assert.deepEqual(
    outcome.matches.map((m) => m.match),
    ["fraude"],
  );
});

test("patterns are checked before they are saved, each problem with its own message", () => {
  assert.equal(patternProblem("a", false), "watched.pattern.tooShort");
  assert.equal(patternProblem("  a  ", true), "watched.pattern.tooShort");
  assert.equal(patternProblem("x".repeat(PATTERN_MAX + 1), false), "watched.pattern.tooLong");
  assert.equal(patternProblem("x".repeat(PATTERN_MAX), false), undefined);
  // Valid JavaScript that RE2 cannot run: back-references and lookahead.
  assert.equal(patternProblem("(a)\\1", true), "watched.pattern.unsupported");
  assert.equal(patternProblem("(?=a)b", true), "watched.pattern.unsupported");
  assert.equal(patternProblem("(ab", true), "watched.pattern.invalid");
  assert.equal(patternProblem("(?<!re)vol", true), undefined, "lookbehind is allowed");
  assert.equal(patternProblem("(ab", false), undefined, "a plain word is never a pattern");
});
