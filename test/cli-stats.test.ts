import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { test } from "node:test";

/**
 * `confiance stats` as a statistician types it: no database, one answer per line. Apart from
 * cli.test.ts, whose commands each start a process against a database, so both files stay short.
 */
function confiance(args: string[], stdin = ""): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["bin/confiance.js", ...args]);
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.stdin.end(stdin);
    child.on("exit", (code) => resolve({ code, output }));
  });
}

test("stats answers JSON Lines one by one with the barometer's functions, and exits 1 after answering the good lines", async () => {
  const lines = [
    '{"op":"proportion","k":1127,"n":3414}',
    '{"op":"compare","a":{"k":1468,"n":3414},"b":{"k":1127,"n":3414}}',
    "not json",
    '{"op":"nps","promoters":420,"passives":310,"detractors":270}',
    '{"op":"proportion","k":12,"n":10}',
  ];
  const run = await confiance(["stats"], `${lines.join("\n")}\n`);
  assert.equal(run.code, 1);
  const answers = run.output
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line));
  assert.deepEqual(answers[0], { estimate: 0.3301, ci95: [0.3145, 0.3461] });
  assert.deepEqual(answers[1], { difference: -0.0999, z: 8.5017, p: 0, significant: true });
  assert.match(answers[2].error, /JSON/);
  assert.deepEqual(answers[3], { nps: 15, ci95: [9.9362, 20.0638] });
  assert.match(answers[4].error, /k \(12\) cannot exceed n \(10\)/);
  const good = await confiance(["stats"], '{"op":"proportion","k":0,"n":20}\n');
  assert.equal(good.code, 0);
  assert.deepEqual(JSON.parse(good.output), { estimate: 0, ci95: [0, 0.1611] });
});
