import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { barometerWaves, respondentRows, waveResults } from "../src/features/surveys/index.ts";
import { startTestApp, type TestApp } from "./helpers/app.ts";
import { staffActor } from "./helpers/inbox.ts";
import { barometerSurvey, submitted, type TestSurvey, waveOf } from "./helpers/surveys.ts";

/**
 * The results other features read: per wave and question the counts by choice, the NPS buckets,
 * the means, and the respondent rows raking weighs; filtered by client status and channel; drafts
 * never count.
 */
let t: TestApp;
let survey: TestSurvey;
let october: number;
let november: number;

before(async () => {
  t = await startTestApp();
  const manager = await staffActor(t.ctx, "community_manager");
  survey = await barometerSurvey(t.ctx, manager.id);
  october = await waveOf(t.ctx, survey, manager.id, {
    label: "Octobre 2026",
    opensOn: "2026-10-01",
    closesOn: "2026-10-31",
  });
  november = await waveOf(t.ctx, survey, manager.id, {
    label: "Novembre 2026",
    opensOn: "2026-11-01",
    closesOn: "2026-11-30",
  });
  const q = survey.questions;
  await submitted(t.ctx, october, [
    { isClient: true, ageBand: "25-34", region: "bretagne", answers: { [q.trust]: "plutot", [q.nps]: 9 } },
    { isClient: false, answers: { [q.trust]: "pas_du_tout", [q.nps]: 3 } },
  ]);
  await submitted(t.ctx, november, [
    {
      isClient: true,
      ageBand: "50-64",
      region: "ile-de-france",
      answers: {
        [q.trust]: "tout_a_fait",
        [q.nps]: 10,
        [q.satisfaction]: 5,
        [q.channels]: ["agence", "appli"],
        [q.comment]: "Conseillère à l'écoute",
      },
    },
    {
      isClient: true,
      channel: "invitation",
      answers: { [q.trust]: "plutot", [q.nps]: 7, [q.satisfaction]: 3, [q.channels]: ["appli"] },
    },
    { isClient: false, answers: { [q.trust]: "plutot_pas", [q.nps]: 6 } },
  ]);
  // A draft: never counted.
  await t.ctx.database.pool.query(
    `insert into survey_responses (wave_id, channel, draft_key_hash, draft, started_at)
     values ($1, 'public_link', 'brouillon', '{}', now())`,
    [november],
  );
});
after(() => t.close());

test("the barometer's waves, oldest first", async () => {
  const waves = await barometerWaves(t.ctx);
  assert.deepEqual(
    waves.map((w) => [w.label, w.opensOn, w.closesOn]),
    [
      ["Octobre 2026", "2026-10-01", "2026-10-31"],
      ["Novembre 2026", "2026-11-01", "2026-11-30"],
    ],
  );
});

test("per wave and question: counts by choice and score, NPS buckets, means; drafts never count", async () => {
  const results = await waveResults(t.ctx, [october, november]);
  const nov = results.get(november)!;
  assert.equal(nov.respondents, 3);
  const byKind = (kind: string) => nov.questions.find((q) => q.question.kind === kind)!;
  assert.deepEqual(byKind("trust").counts, { tout_a_fait: 1, plutot: 1, plutot_pas: 1 });
  assert.equal(byKind("trust").answered, 3);
  assert.deepEqual(byKind("nps").npsBuckets, { promoter: 1, passive: 1, detractor: 1 });
  assert.deepEqual(byKind("nps").counts, { "10": 1, "7": 1, "6": 1 });
  const satisfaction = byKind("satisfaction").mean!;
  assert.deepEqual([satisfaction.mean, satisfaction.n], [4, 2]);
  assert.ok(Math.abs(satisfaction.sd - Math.SQRT2) < 1e-12);
  assert.deepEqual(byKind("multiple").counts, { agence: 1, appli: 2 });
  assert.equal(byKind("multiple").answered, 2);
  assert.deepEqual(byKind("text").counts, {}, "free text is never counted by value");
  assert.equal(byKind("text").answered, 1);
  assert.equal(results.get(october)!.respondents, 2);
  assert.deepEqual(
    nov.questions.map((q) => q.question.position),
    [1, 2, 3, 4, 5],
  );
});

test("filtered by client status and channel", async () => {
  const clients = (await waveResults(t.ctx, [november], { client: true })).get(november)!;
  assert.equal(clients.respondents, 2);
  assert.deepEqual(clients.questions[0]!.counts, { tout_a_fait: 1, plutot: 1 });
  const invited = (await waveResults(t.ctx, [november], { channels: ["invitation"] })).get(november)!;
  assert.equal(invited.respondents, 1);
  const none = (await waveResults(t.ctx, [november], { channels: [] })).get(november)!;
  assert.equal(none.respondents, 0);
});

test("respondent rows: the profile cells given and the answer, never free text", async () => {
  const rows = await respondentRows(t.ctx, november, survey.questions.trust);
  assert.deepEqual(rows, [
    {
      cells: { age_band: "50-64", region: "ile-de-france", client: "client" },
      channel: "public_link",
      answer: { choice: "tout_a_fait" },
    },
    { cells: { client: "client" }, channel: "invitation", answer: { choice: "plutot" } },
    { cells: { client: "non_client" }, channel: "public_link", answer: { choice: "plutot_pas" } },
  ]);
  assert.deepEqual(await respondentRows(t.ctx, november, survey.questions.comment), []);
});
