import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";

/**
 * `.dependency-cruiser.cjs` lists the known crossings of a feature's boundary that CI still
 * tolerates, and that list may only shrink. dependency-cruiser does not say when a listed
 * crossing no longer happens, so this does: each listed (from, to) pair must still be an import
 * in the source. When a refactoring removes one, this test names it, to be struck off the list.
 */
const config = readFileSync(".dependency-cruiser.cjs", "utf8");
const listed = [...config.matchAll(/\["(src\/[^"]+)", "(src\/[^"]+)"\]/g)].map(
  (m) => [m[1]!, m[2]!] as const,
);

function importsOf(file: string): Set<string> {
  const source = readFileSync(file, "utf8");
  const specifiers = [...source.matchAll(/(?:from|import)\s*\(?\s*"(\.{1,2}\/[^"]+)"/g)].map((m) => m[1]!);
  return new Set(specifiers.map((specifier) => path.join(path.dirname(file), specifier)));
}

test("the config lists known crossings, or none at all", () => {
  const none = /const TEMPORARY = \{\};/.test(config);
  assert.ok(
    listed.length > 0 || none,
    "no (from, to) pair found and the list is not empty: its format changed, update this test",
  );
});

test("every known crossing listed still happens (strike off the ones that are gone)", () => {
  const gone = listed.filter(([from, to]) => !importsOf(from).has(to)).map(([from, to]) => `${from} → ${to}`);
  assert.deepEqual(gone, [], "listed in .dependency-cruiser.cjs but no longer imported");
});
