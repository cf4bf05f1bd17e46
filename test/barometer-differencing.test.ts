import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import type { Agent } from "./helpers/agent.ts";
import { startTestApp, type TestApp } from "./helpers/app.ts";
import { type BarometerSurvey, barometerSurvey } from "./helpers/barometer.ts";
import { createPerson, signedIn } from "./helpers/people.ts";

/**
 * The minimum-n guard against differencing (the review's repro, computed by hand): in one wave,
 * 79 answers came in-page, 38 of them trusting; 60 of those from clients (29 trusting), so 19
 * from non-clients (9 trusting) — a group under 30 that must not be read as 38 − 29 of 79 − 60.
 * 300 more came by public link (150 trusting, 200 clients), so every other cell is large.
 */
let t: TestApp;
let manager: Agent;
let survey: BarometerSurvey;

async function respondents(
  waveId: number,
  group: { channel: string; client: boolean; trusting: number; n: number },
) {
  await t.ctx.database.pool.query(
    `with r as (
       insert into survey_responses (wave_id, channel, age_band, region, is_client, started_at, submitted_at)
       select $1, $2, '35-49', 'ile-de-france', $3, '2026-11-05'::date, '2026-11-05'::date
         from generate_series(1, $5::int)
       returning id),
     numbered as (select id, row_number() over (order by id) as rn from r),
     trust as (
       insert into survey_answers (response_id, question_id, wave_id, choice)
       select id, $6, $1, case when rn <= $4 then 'plutot' else 'plutot_pas' end from numbered)
     insert into survey_answers (response_id, question_id, wave_id, score)
     select id, $7, $1, case when rn <= $4 then 9 else 3 end from numbered`,
    [waveId, group.channel, group.client, group.trusting, group.n, survey.trustQuestion, survey.npsQuestion],
  );
}

before(async () => {
  t = await startTestApp();
  const person = await createPerson(t.ctx, "community_manager");
  manager = await signedIn(t.app, person);
  survey = await barometerSurvey(t.ctx, person.id);
  const wave = await t.ctx.database.pool.query(
    `insert into survey_waves (survey_id, version_id, label, opens_on, closes_on, created_by)
     values ($1, $2, 'Novembre 2026', '2026-11-01', '2026-11-28', $3) returning id`,
    [survey.surveyId, survey.versionId, person.id],
  );
  const id = Number(wave.rows[0].id);
  await respondents(id, { channel: "in_page", client: true, trusting: 29, n: 60 });
  await respondents(id, { channel: "in_page", client: false, trusting: 9, n: 19 });
  await respondents(id, { channel: "public_link", client: true, trusting: 100, n: 200 });
  await respondents(id, { channel: "public_link", client: false, trusting: 50, n: 100 });
});
after(() => t.close());

const row = async (query: string) => {
  const csv = await manager.get(`/admin/barometre.csv?figure=confiance&periode=tout${query}`);
  assert.equal(csv.statusCode, 200);
  return (
    csv.body
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n")[1] ?? ""
  );
};

test("a filtered group is shown only when the answers outside it are also enough", async () => {
  // In-page: 38 of 79 (48,1 %), 300 answers outside it.
  assert.match(await row("&source=in_page"), /^Novembre 2026,48\.1,.*,79,79,/);
  // In-page clients: 60 answers, but only 19 in-page non-clients beside them: hidden, no count.
  const clients = await row("&source=in_page&client=clients");
  assert.doesNotMatch(clients, /48\.3|\b60\b|\b29\b/);
  assert.match(clients, /^Novembre 2026,,,,,,,Moins de 30 réponses hors de ce groupe/);
  // The hidden group itself: under the minimum, no count either.
  const others = await row("&source=in_page&client=non-clients");
  assert.doesNotMatch(others, /\b19\b/);
  assert.match(others, /Moins de 30 réponses : non montré/);
  // Clients (260 of 379, 119 outside) stay shown; so does NPS by the same rule.
  assert.match(await row("&client=clients"), /,260,260,/);
  const page = await manager.get("/admin/barometre?periode=tout&source=in_page&client=clients");
  assert.doesNotMatch(page.body, /48,3/);
  assert.match(page.body, /Moins de 30 réponses hors de ce groupe/);
});
