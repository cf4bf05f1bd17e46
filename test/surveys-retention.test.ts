import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { applySurveyRetention } from "../src/features/surveys/retention.ts";
import { startTestApp, type TestApp } from "./helpers/app.ts";
import { staffActor } from "./helpers/inbox.ts";
import { barometerSurvey, submitted, waveOf } from "./helpers/surveys.ts";

/**
 * Surveys' retention, as its nightly schedule runs it (the clock moved instead of waited for):
 * a wave's responses go the register's number of months after its last day, drafts nobody sent
 * 30 days after it; the register's entry says so and the DPO's figure is the one applied.
 */
let t: TestApp;
before(async () => {
  t = await startTestApp();
});
after(() => t.close());

const count = async (query: string, params: unknown[] = []) =>
  Number((await t.ctx.database.pool.query(query, params)).rows[0].n);

test("responses go 36 months after their wave's last day, unsent drafts 30 days after; the register's figure applies", async () => {
  const manager = await staffActor(t.ctx, "community_manager");
  const survey = await barometerSurvey(t.ctx, manager.id);
  const old = await waveOf(t.ctx, survey, manager.id, {
    label: "Oct. 2023",
    opensOn: "2023-10-01",
    closesOn: "2023-10-31",
  });
  const recent = await waveOf(t.ctx, survey, manager.id, {
    label: "Oct. 2026",
    opensOn: "2026-10-01",
    closesOn: "2026-10-31",
  });
  for (const wave of [old, recent])
    await submitted(t.ctx, wave, [{ answers: { [survey.questions.trust]: "plutot" } }]);
  await t.ctx.database.pool.query(
    `insert into survey_responses (wave_id, channel, draft_key_hash, draft, started_at)
     values ($1, 'public_link', 'brouillon-octobre', '{}', '2026-10-20')`,
    [recent],
  );
  const entry = await count(
    "select retention_months as n from privacy_processing_register where key = 'surveys'",
  );
  assert.equal(entry, 36, "the register of processing has the surveys' entry");

  t.ctx.clock.now = () => new Date("2026-11-15T10:00:00Z");
  assert.deepEqual(await applySurveyRetention(t.ctx), { responses: 1, drafts: 0 });
  assert.equal(await count("select count(*) n from survey_responses where wave_id = $1", [old]), 0);
  assert.equal(await count("select count(*) n from survey_answers where wave_id = $1", [old]), 0);

  t.ctx.clock.now = () => new Date("2026-12-01T10:00:00Z");
  assert.deepEqual(await applySurveyRetention(t.ctx), { responses: 0, drafts: 1 });
  assert.equal(await count("select count(*) n from survey_responses where wave_id = $1", [recent]), 1);

  // The DPO shortens it to one month: applied at the next run.
  await t.ctx.database.pool.query(
    "update privacy_processing_register set retention_months = 1 where key = 'surveys'",
  );
  assert.deepEqual(await applySurveyRetention(t.ctx), { responses: 1, drafts: 0 });
});
