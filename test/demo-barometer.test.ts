import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { seedBarometer } from "../src/demo/barometer.ts";
import { dashboardOf } from "../src/features/barometer/dashboard.ts";
import { NO_FILTERS } from "../src/features/barometer/filters.ts";
import { startTestApp, type TestApp } from "./helpers/app.ts";
import { staffMember } from "./helpers/inbox.ts";
import { signedIn } from "./helpers/people.ts";

/**
 * The demo's barometer: two years of monthly waves through the survey editor, a visible dip and
 * recovery, one change between waves significant and one not, weighted to the bank's margins;
 * written once.
 */
let t: TestApp;
let manager: Awaited<ReturnType<typeof staffMember>>;

before(async () => {
  t = await startTestApp();
  manager = await staffMember(t.ctx, "community_manager");
});
after(() => t.close());

test("two years of waves: a significant drop, a recovery of changes not significant, weighted", async () => {
  const answers = await seedBarometer(t.ctx, manager.actor, t.ctx.clock.now());
  assert.ok(answers > 24 * 380, `${answers} answers`);
  assert.equal(await seedBarometer(t.ctx, manager.actor, t.ctx.clock.now()), 0, "written once");
  const dashboard = await dashboardOf(t.ctx, { ...NO_FILTERS, period: "24" }, "fr");
  assert.equal(dashboard.trust.points.length, 24);
  assert.ok(dashboard.settings.targets, "weighted to the bank's margins");
  const verdicts = dashboard.trust.steps.map((step) => step?.verdict ?? null);
  assert.equal(verdicts[8], "significant_drop", JSON.stringify(verdicts));
  assert.equal(verdicts.at(-1), "not_significant");
  const values = dashboard.trust.points.map((point) => point.value!);
  assert.ok(Math.min(...values) < 36 && values.at(-1)! > 42, values.join(" "));
  for (const point of dashboard.trust.points) assert.ok(point.effectiveN < point.n);

  const page = await (await signedIn(t.app, manager.person)).get("/admin/barometre");
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /baisse significative/);
  assert.match(page.body, /id="derniere-evolution"[^>]*>[^<]*<strong[^>]*>variation non significative/);
});
