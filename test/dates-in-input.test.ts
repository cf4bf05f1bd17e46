import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { after, before, test } from "node:test";
import { parisLocalTime } from "../src/calendar/index.ts";
import { dayFromInput } from "../src/platform/http/forms.ts";
import { startTestApp, type TestApp } from "./helpers/app.ts";
import { createPerson, signedIn } from "./helpers/people.ts";

/**
 * Issue 11, L6: `/admin/archives?du=2026-13-45` was a 500 ("Invalid time value"): the route
 * checked the shape of the date, then built an Invalid Date. Days typed by people are read by
 * one function, `dayFromInput`, which checks that the day exists; a day that does not is said
 * so on the page.
 */

let t: TestApp;
before(async () => {
  t = await startTestApp();
});
after(() => t.close());

const IMPOSSIBLE = ["2026-13-45", "2026-02-30", "2026-00-10", "2025-02-29", "2026-1-1"];

test("dayFromInput accepts days that exist and nothing else", () => {
  assert.equal(dayFromInput("2026-03-12")?.toISOString(), "2026-03-12T00:00:00.000Z");
  assert.equal(dayFromInput(" 2024-02-29 ")?.toISOString(), "2024-02-29T00:00:00.000Z");
  assert.equal(dayFromInput("0026-01-01")?.toISOString(), "0026-01-01T00:00:00.000Z");
  for (const raw of [...IMPOSSIBLE, "", "12/03/2026", "2026-03-12T10:00"])
    assert.equal(dayFromInput(raw), undefined, raw);
  assert.equal(parisLocalTime("2026-13-45T10:00"), undefined);
  assert.equal(parisLocalTime("2026-02-30T10:00"), undefined);
  assert.equal(parisLocalTime("2026-03-12T24:30"), undefined);
  assert.equal(parisLocalTime("2026-03-12T09:30")?.toISOString(), "2026-03-12T08:30:00.000Z");
});

test("a day that does not exist in the archive search is said so, on the page and for exports, never a 500", async () => {
  const officer = await signedIn(t.app, await createPerson(t.ctx, "compliance_officer"));
  for (const day of IMPOSSIBLE) {
    for (const query of [`du=${day}`, `au=${day}`, `du=${day}&format=csv`, `au=${day}&format=json`]) {
      const response = await officer.get(`/admin/archives?${query}`);
      assert.equal(response.statusCode, 400, query);
      assert.match(response.body, /Cette date n&#x27;existe pas|Cette date n'existe pas/, query);
      assert.match(response.body, /aria-invalid="true"/, query);
    }
  }
  const english = await officer.get("/admin/archives?du=2026-13-45", { "accept-language": "en" });
  assert.ok(english.statusCode === 400);
  const fine = await officer.get("/admin/archives?du=2026-01-01&au=2026-12-31");
  assert.equal(fine.statusCode, 200);
});

test("no other code builds a date from typed text: every day goes through dayFromInput", () => {
  const files = readdirSync("src", { recursive: true, withFileTypes: true }).filter(
    (e) => /\.tsx?$/.test(e.name) && !e.name.endsWith(".test.ts"),
  );
  const offenders: string[] = [];
  for (const entry of files) {
    const file = path.join(entry.parentPath, entry.name);
    // The reader itself, and the pure calendar it may rest on.
    if (
      file === path.join("src", "platform", "http", "forms.ts") ||
      file.startsWith(path.join("src", "calendar"))
    )
      continue;
    for (const [i, line] of readFileSync(file, "utf8").split("\n").entries()) {
      // A day pattern, or a Date built from a typed string ("…T00:00:00Z").
      if (
        /\\d\{4\}-\\d\{2\}-\\d\{2\}\$/.test(line) ||
        /new Date\(`\$\{(form|raw|value|input|request)/.test(line)
      )
        offenders.push(`${file}:${i + 1}: ${line.trim()}`);
    }
  }
  assert.deepEqual(offenders, []);
});
