import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { test } from "node:test";

/**
 * "Now" comes from ctx.clock (or a `now` parameter): the lint rule lint/wall-clock.grit, enabled
 * in biome.json, refuses `new Date()` and `Date.now()` in features, platform, calendar, text and
 * demo. The exceptions, each with its reason:
 * - platform/clock.ts: the system clock itself.
 * - platform/audit/service.ts: the audit trail stamps when the write really happened; a clock
 *   moved by a test or a bad setting must not move it (entries are ordered by id, not by time).
 * - platform/auth/totp.ts: `currentTotp`'s default is the code a phone shows right now (tests,
 *   the CLI); the app verifies codes at ctx.clock's time.
 */
const root = path.resolve(import.meta.dirname, "../..");
const biome = path.join(root, "node_modules/.bin/biome");

type Diagnostic = { category: string; location: { path: string; start: { line: number } } };

function wallClockReads(cwd: string, target: string): string[] {
  const run = spawnSync(
    biome,
    ["lint", "--vcs-enabled=false", "--reporter=json", "--max-diagnostics=none", target],
    {
      cwd,
      encoding: "utf8",
    },
  );
  const report = JSON.parse(run.stdout) as { diagnostics: Diagnostic[] };
  return report.diagnostics
    .filter((d) => d.category === "plugin")
    .map((d) => `${d.location.path}:${d.location.start.line}`)
    .sort();
}

test("the lint refuses new Date() and Date.now() where the app's clock must be used, and only there", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "wall-clock-"));
  try {
    mkdirSync(path.join(dir, "lint"));
    copyFileSync(path.join(root, "biome.json"), path.join(dir, "biome.json"));
    copyFileSync(path.join(root, "lint/wall-clock.grit"), path.join(dir, "lint/wall-clock.grit"));
    const probe =
      "export const a = new Date();\nexport const b = Date.now();\nexport const c = new Date(0);\n";
    for (const file of [
      "src/features/x/service.ts",
      "src/features/x/routes.tsx",
      "src/platform/http/x.ts",
      "src/calendar/x.ts",
      "src/demo/x.ts",
      "src/platform/clock.ts",
      "src/platform/audit/service.ts",
      "src/features/x/service.test.ts",
      "src/db/embedded.ts",
    ]) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), probe);
    }
    assert.deepEqual(wallClockReads(dir, "src"), [
      "src/calendar/x.ts:1",
      "src/calendar/x.ts:2",
      "src/demo/x.ts:1",
      "src/demo/x.ts:2",
      "src/features/x/routes.tsx:1",
      "src/features/x/routes.tsx:2",
      "src/features/x/service.ts:1",
      "src/features/x/service.ts:2",
      "src/platform/http/x.ts:1",
      "src/platform/http/x.ts:2",
    ]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("no source file reads the wall clock outside the listed places", () => {
  assert.deepEqual(wallClockReads(root, "src"), []);
});
