import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { suppressionKey } from "../src/features/consent/index.ts";
import { erasePerson, exportPerson } from "../src/features/privacy/erasure/erasure.ts";
import { savePage } from "../src/features/surveys/answering.ts";
import { watchSubmissions, waveResults } from "../src/features/surveys/index.ts";
import { Agent } from "./helpers/agent.ts";
import { startTestApp, type TestApp } from "./helpers/app.ts";
import { createPerson, signedIn } from "./helpers/people.ts";

/**
 * Surveys through their pages: a community manager builds a survey (refused forms keep what was
 * typed), previews it, runs a wave with a public link; a visitor answers it page by page without
 * script, leaves and comes back, sends once; the version then cannot change and a new version is
 * made; anonymous mode keeps the day only and no account; the public link limits repeats without
 * a cookie; a closed wave says so and keeps the draft; compliance reads and cannot build.
 */
let t: TestApp;
let manager: Agent;
const heard: { responseId: number; texts: { text: string }[]; at: Date }[] = [];
watchSubmissions(async (_ctx, submitted) => {
  heard.push(submitted);
});

before(async () => {
  t = await startTestApp();
  manager = await signedIn(t.app, await createPerson(t.ctx, "community_manager"));
  t.ctx.clock.now = () => new Date("2026-11-10T14:37:00Z");
});
after(() => t.close());

const rows = async (query: string, params: unknown[] = []) =>
  (await t.ctx.database.pool.query(query, params)).rows;
const idFrom = (location: string | undefined) => Number(/\/admin\/sondages\/(\d+)/.exec(location ?? "")?.[1]);
const draftPath = (location: string | undefined) =>
  /\/sondages\/reponse\/[A-Za-z0-9_-]{43}/.exec(location ?? "")?.[0] ?? "";

async function builtSurvey(barometer = true): Promise<number> {
  await manager.get("/admin/sondages");
  const created = await manager.post("/admin/sondages", {
    titleFr: "Baromètre de confiance",
    titleEn: "Trust barometer",
    introFr: "Cinq minutes pour nous dire où nous en sommes.",
    introEn: "Five minutes to tell us where we stand.",
    mode: "anonymous",
    askProfile: "1",
    barometer: barometer ? "1" : "",
  });
  assert.equal(created.statusCode, 303);
  return idFrom(created.headers.location);
}

async function addQuestion(surveyId: number, form: Record<string, string>) {
  const added = await manager.post(`/admin/sondages/${surveyId}/questions`, {
    optional: "",
    choices: "",
    ...form,
  });
  assert.equal(added.statusCode, 303, added.body.slice(0, 300));
}

async function publicWave(surveyId: number, over: Record<string, string> = {}): Promise<string> {
  const made = await manager.post(`/admin/sondages/${surveyId}/vagues`, {
    label: "Novembre 2026",
    opensOn: "2026-11-01",
    closesOn: "2026-11-30",
    publicLink: "1",
    publicDailyLimit: "3",
    ...over,
  });
  assert.equal(made.statusCode, 303, made.body.slice(0, 300));
  const page = await manager.get(`/admin/sondages/${surveyId}`);
  const links = [...page.body.matchAll(/http:\/\/localhost:3000(\/sondages\/[A-Za-z0-9_-]{22})/g)].map(
    (m) => m[1]!,
  );
  return links[0]!;
}

test("a community manager builds a survey: the trust question to start, questions added, refused forms keep what was typed", async () => {
  const refused = await manager.post("/admin/sondages", {
    titleFr: "",
    titleEn: "Trust",
    mode: "",
    askProfile: "1",
  });
  assert.equal(refused.statusCode, 422);
  assert.match(refused.body, /Ce champ est obligatoire/);
  assert.match(refused.body, /Choisissez le mode/);
  assert.match(refused.body, /value="Trust"/);

  const surveyId = await builtSurvey();
  const page = await manager.get(`/admin/sondages/${surveyId}`);
  assert.match(page.body, /Faites-vous confiance à votre banque/);

  const badChoices = await manager.post(`/admin/sondages/${surveyId}/questions`, {
    kind: "multiple",
    wordingFr: "Par où nous contactez-vous ?",
    wordingEn: "How do you reach us?",
    choices: "En agence\nSur l'application | In the app",
  });
  assert.equal(badChoices.statusCode, 422);
  assert.match(badChoices.body, /séparés par une seule barre/);
  assert.match(badChoices.body, /Par où nous contactez-vous/, "the wording typed is kept");

  await addQuestion(surveyId, {
    kind: "nps",
    wordingFr: "Recommanderiez-vous votre banque à un proche ?",
    wordingEn: "Would you recommend your bank?",
  });
  await addQuestion(surveyId, {
    kind: "multiple",
    wordingFr: "Par où nous contactez-vous ?",
    wordingEn: "How do you reach us?",
    choices: "En agence | In a branch\nSur l'application | In the app",
    optional: "1",
  });
  await addQuestion(surveyId, {
    kind: "text",
    wordingFr: "Un mot de plus ?",
    wordingEn: "Anything else?",
    optional: "1",
  });

  const preview = await manager.get(`/admin/sondages/${surveyId}/versions/1/apercu`);
  assert.equal(preview.statusCode, 200);
  assert.match(preview.body, /Rien n'est envoyé/);
  assert.match(preview.body, /Recommanderiez-vous/);
  assert.match(preview.body, /Ce questionnaire est anonyme/);

  const actions = (await rows("select action from audit_log where action like 'surveys.%' order by id")).map(
    (r) => r.action,
  );
  assert.deepEqual(actions.slice(0, 4), [
    "surveys.survey_created",
    "surveys.question_added",
    "surveys.question_added",
    "surveys.question_added",
  ]);
});

test("a visitor answers by the public link page by page, leaves and comes back, sends once; anonymous keeps the day only", async () => {
  const surveyId = await builtSurvey();
  await addQuestion(surveyId, {
    kind: "nps",
    wordingFr: "Recommanderiez-vous votre banque ?",
    wordingEn: "Recommend?",
  });
  await addQuestion(surveyId, {
    kind: "satisfaction",
    wordingFr: "Êtes-vous satisfait ?",
    wordingEn: "Satisfied?",
  });
  await addQuestion(surveyId, {
    kind: "text",
    wordingFr: "Un commentaire ?",
    wordingEn: "A comment?",
    optional: "1",
  });
  const link = await publicWave(surveyId);

  const member = await signedIn(t.app, await createPerson(t.ctx, "member"));
  const landing = await member.get(link);
  assert.equal(landing.statusCode, 200);
  assert.equal(landing.headers["cache-control"], "no-store");
  assert.equal(landing.headers["referrer-policy"], "no-referrer");
  assert.match(landing.body, /Ce questionnaire est anonyme/);
  assert.match(landing.body, /sans déposer de cookie/);
  assert.match(landing.body, /4 questions, ouvert jusqu'au 30 novembre 2026 inclus/);
  const started = await member.post(link);
  assert.equal(started.statusCode, 303);
  const path = draftPath(started.headers.location);
  assert.ok(path);

  const first = await member.get(path);
  assert.match(first.body, /Page 1 sur 3/);
  assert.match(first.body, /<progress max="3" value="1"/);
  const trust = await rows(
    "select q.id, q.kind from survey_questions q join survey_versions v on v.id = q.version_id where v.survey_id = $1 order by position",
    [surveyId],
  );
  const [qTrust, qNps, qSatisfaction, qText] = trust.map((r) => `q${r.id}`) as [
    string,
    string,
    string,
    string,
  ];

  // A required question left blank: the page again, the problem named, what was answered kept.
  const blank = await member.post(path, { page: "0", go: "next", [qTrust]: "plutot" });
  assert.equal(blank.statusCode, 422);
  assert.match(blank.body, /Répondez à cette question pour continuer/);
  assert.match(blank.body, /value="plutot" checked/);

  // Saved for later: the draft keeps it, and the same address shows it again.
  const saved = await member.post(path, { page: "0", go: "save", [qTrust]: "plutot", [qNps]: "8" });
  assert.match(saved.body, /Réponses enregistrées/);
  const back = await new Agent(t.app).get(path);
  assert.match(back.body, /value="8" checked/, "another browser, same address: the draft is there");

  const next = await member.post(path, {
    page: "0",
    go: "next",
    [qTrust]: "plutot",
    [qNps]: "8",
    [qSatisfaction]: "4",
  });
  assert.equal(next.statusCode, 303);
  assert.equal(next.headers.location, `${path}?page=2`);
  const second = await member.get(`${path}?page=2`);
  assert.match(second.body, /Page 2 sur 3/);
  assert.match(second.body, /Un commentaire/);
  // A page further than reached is not shown: pages are answered in order.
  assert.match((await member.get(`${path}?page=3`)).body, /Page 2 sur 3/);
  await member.post(path, { page: "1", go: "next", [qText]: "Une conseillère très à l'écoute." });
  const profile = await member.get(`${path}?page=3`);
  assert.match(profile.body, /Pour finir, vous-même/);
  assert.match(profile.body, /facultatives/);

  const sent = await member.post(path, {
    page: "2",
    go: "submit",
    ageBand: "35-49",
    region: "bretagne",
    client: "client",
  });
  assert.equal(sent.statusCode, 200);
  assert.match(sent.body, /Merci pour vos réponses/);
  const [response] = await rows(
    "select r.* from survey_responses r join survey_waves w on w.id = r.wave_id where w.survey_id = $1",
    [surveyId],
  );
  assert.equal(response.account_id, null, "anonymous: no account, though signed in");
  assert.equal(
    response.submitted_at.toISOString(),
    "2026-11-09T23:00:00.000Z",
    "the day only (Paris midnight)",
  );
  assert.equal(response.started_at.toISOString(), "2026-11-09T23:00:00.000Z");
  assert.equal(response.draft, null);
  assert.equal(response.draft_key_hash, null);
  assert.deepEqual([response.age_band, response.region, response.is_client], ["35-49", "bretagne", true]);
  assert.equal(
    heard.at(-1)?.texts[0]?.text,
    "Une conseillère très à l'écoute.",
    "the watchers hear the free text",
  );

  // Sent once: the address leads nowhere now.
  const again = await member.post(path, { page: "2", go: "submit" });
  assert.equal(again.statusCode, 404);
  assert.match(again.body, /déjà été envoyées/);

  const [waveId] = (await rows("select id from survey_waves where survey_id = $1", [surveyId])).map((r) =>
    Number(r.id),
  );
  const results = (await waveResults(t.ctx, [waveId!])).get(waveId!)!;
  assert.equal(results.respondents, 1);
  assert.deepEqual(results.questions[0]!.counts, { plutot: 1 });
  assert.deepEqual(results.questions[1]!.npsBuckets, { promoter: 0, passive: 1, detractor: 0 });

  // Answered: the version cannot change; a new version can, and the wave keeps version 1.
  const page = await manager.get(`/admin/sondages/${surveyId}`);
  assert.match(page.body, /ne peut plus changer/);
  const refused = await manager.post(`/admin/sondages/${surveyId}/questions`, {
    kind: "text",
    wordingFr: "Autre",
    wordingEn: "Other",
  });
  assert.equal(refused.statusCode, 422);
  await manager.post(`/admin/sondages/${surveyId}/nouvelle-version`);
  await addQuestion(surveyId, { kind: "effort", wordingFr: "Était-ce facile ?", wordingEn: "Was it easy?" });
  const versions = await rows(
    "select v.number, count(q.id)::int as questions from survey_versions v left join survey_questions q on q.version_id = v.id where v.survey_id = $1 group by v.number order by v.number",
    [surveyId],
  );
  assert.deepEqual(versions, [
    { number: 1, questions: 4 },
    { number: 2, questions: 5 },
  ]);
});

test("identified mode links a signed-in member's answer to their account, with the time", async () => {
  const created = await manager.post("/admin/sondages", {
    titleFr: "Votre avis nominatif",
    titleEn: "Your named opinion",
    mode: "identified",
    askProfile: "",
  });
  const surveyId = idFrom(created.headers.location);
  await addQuestion(surveyId, { kind: "satisfaction", wordingFr: "Satisfait ?", wordingEn: "Satisfied?" });
  const link = await publicWave(surveyId, { label: "Test nominatif" });
  const person = await createPerson(t.ctx, "member");
  const member = await signedIn(t.app, person);
  assert.match((await member.get(link)).body, /Ce questionnaire est nominatif/);
  const path = draftPath((await member.post(link)).headers.location);
  const [q] = await rows(
    "select q.id from survey_questions q join survey_versions v on v.id = q.version_id where v.survey_id = $1",
    [surveyId],
  );
  const sent = await member.post(path, { page: "0", go: "submit", [`q${q.id}`]: "5" });
  assert.match(sent.body, /Merci/);
  const [response] = await rows(
    "select r.account_id, r.submitted_at from survey_responses r join survey_waves w on w.id = r.wave_id where w.survey_id = $1",
    [surveyId],
  );
  assert.equal(Number(response.account_id), person.id);
  assert.equal(response.submitted_at.toISOString(), "2026-11-10T14:37:00.000Z");

  // Their export holds their response and its answers; their erasure cuts both from them, the figures stay.
  const person_ = { accountId: person.id, email: person.email };
  const exported = await exportPerson(t.ctx.db, person_, suppressionKey(t.ctx.config));
  assert.equal(exported.survey_responses?.length, 1);
  assert.deepEqual(
    exported.survey_answers?.map((a) => (a as { score: number }).score),
    [5],
  );
  await t.ctx.db.transaction((tx) => erasePerson(tx as never, person_, suppressionKey(t.ctx.config)));
  const left = await rows(
    "select r.account_id as response, a.account_id as answer, a.score from survey_answers a join survey_responses r on r.id = a.response_id where a.question_id = $1",
    [q.id],
  );
  assert.deepEqual(left, [{ response: null, answer: null, score: 5 }]);
});

test("bad input: an answer out of range, an unknown address, a wave not open yet, an answer after closing (the draft kept), too many starts", async () => {
  const surveyId = await builtSurvey(false);
  await addQuestion(surveyId, { kind: "trust", wordingFr: "Confiance ?", wordingEn: "Trust?" });
  const link = await publicWave(surveyId, { label: "Limite", publicDailyLimit: "2" });
  const visitor = new Agent(t.app);
  const path = draftPath((await visitor.post(link)).headers.location);
  const [q] = await rows(
    "select q.id from survey_questions q join survey_versions v on v.id = q.version_id where v.survey_id = $1",
    [surveyId],
  );
  const outOfRange = await visitor.post(path, { page: "0", go: "next", [`q${q.id}`]: "beaucoup" });
  assert.equal(outOfRange.statusCode, 422);
  assert.match(outOfRange.body, /Choisissez une des réponses proposées/);

  assert.equal((await visitor.get("/sondages/reponse/pas-une-adresse")).statusCode, 404);
  assert.equal((await visitor.get("/sondages/inconnu")).statusCode, 404);

  // The limit: two starts a day from one address, the third refused, said in words.
  assert.equal((await visitor.post(link)).statusCode, 303);
  const third = await visitor.post(link);
  assert.equal(third.statusCode, 429);
  assert.match(third.body, /2 questionnaires ont déjà été commencés/);
  assert.equal(
    (await new Agent(t.app).post(link, {}, {}, { "x-forwarded-for": "203.0.113.9" })).statusCode >= 300,
    true,
  );

  // Closed: the page says when, the draft stays as it was.
  await visitor.post(path, { page: "0", go: "save", [`q${q.id}`]: "plutot" });
  t.ctx.clock.now = () => new Date("2026-12-01T09:00:00Z");
  try {
    const late = await visitor.post(path, { page: "0", go: "submit", [`q${q.id}`]: "plutot" });
    assert.equal(late.statusCode, 410);
    assert.match(late.body, /a fermé le 30 novembre 2026/);
    const [draft] = await rows("select draft, submitted_at from survey_responses where draft ? $1", [
      `q${q.id}`,
    ]);
    assert.equal(draft.submitted_at, null);
    assert.equal((await visitor.get(link)).statusCode, 410);
  } finally {
    t.ctx.clock.now = () => new Date("2026-11-10T14:37:00Z");
  }

  const scheduledLink = await publicWave(surveyId, {
    label: "Décembre",
    opensOn: "2026-12-01",
    closesOn: "2026-12-31",
  });
  const early = await visitor.get(scheduledLink);
  assert.equal(early.statusCode, 403);
  assert.match(early.body, /ouvrira le 1er décembre 2026/);

  const badWave = await manager.post(`/admin/sondages/${surveyId}/vagues`, {
    label: "",
    opensOn: "2026-02-30",
    closesOn: "2026-01-01",
    publicDailyLimit: "0",
  });
  assert.equal(badWave.statusCode, 422);
  assert.match(badWave.body, /Écrivez une date qui existe/);
  assert.match(badWave.body, /Écrivez un nombre de 1 à 100/);
});

test("compliance and the DPO read the surveys; they cannot build", async () => {
  const surveyId = await builtSurvey(false);
  // Staff sessions are checked against the real time: this test does not move the clock.
  const moved = t.ctx.clock.now;
  t.ctx.clock.now = () => new Date();
  for (const role of ["compliance_officer", "dpo"] as const) {
    const reader = await signedIn(t.app, await createPerson(t.ctx, role));
    const list = await reader.get("/admin/sondages");
    assert.equal(list.statusCode, 200, `${role}: ${list.headers.location}`);
    const page = await reader.get(`/admin/sondages/${surveyId}`);
    assert.equal(page.statusCode, 200);
    assert.doesNotMatch(page.body, /Lancer une vague<\/button>/);
    const refused = await reader.post(`/admin/sondages/${surveyId}/questions`, {
      kind: "text",
      wordingFr: "Non",
      wordingEn: "No",
    });
    assert.equal(refused.statusCode, 403);
  }
  const advisor = await signedIn(t.app, await createPerson(t.ctx, "advisor"));
  assert.equal((await advisor.get("/admin/sondages")).statusCode, 403);
  t.ctx.clock.now = moved;
});

test("the survey's page counts each wave's sent responses: 0, 3 and 2, drafts left out", async () => {
  const surveyId = await builtSurvey(false);
  const waves: number[] = [];
  for (const label of ["Vague vide", "Vague pleine", "Vague courte"]) {
    const [made] = await rows(
      `insert into survey_waves (survey_id, version_id, label, opens_on, closes_on, created_by)
       select $1, id, $2, '2026-11-01', '2026-11-30', created_by from survey_versions where survey_id = $1
       returning id`,
      [surveyId, label],
    );
    waves.push(Number(made.id));
  }
  const respond = (waveId: number, sent: boolean) =>
    rows(
      `insert into survey_responses (wave_id, channel, locale, started_at, submitted_at, draft_key_hash)
       values ($1, 'public_link', 'fr', now(), $2, $3)`,
      [waveId, sent ? new Date() : null, sent ? null : `brouillon-${Math.random()}`],
    );
  for (let i = 0; i < 3; i++) await respond(waves[1]!, true);
  for (let i = 0; i < 2; i++) await respond(waves[2]!, true);
  await respond(waves[0]!, false);
  const page = (await manager.get(`/admin/sondages/${surveyId}`)).body;
  const counted = (label: string) =>
    page.match(new RegExp(`${label} [\\s\\S]*?</th>[\\s\\S]*?</td>[\\s\\S]*?</td>\\s*<td>(\\d+)</td>`))?.[1];
  assert.equal(counted("Vague vide"), "0");
  assert.equal(counted("Vague pleine"), "3");
  assert.equal(counted("Vague courte"), "2");
});

test("« save » keeps only values a question takes: a choice not offered or a text too long is refused, said, and shown back", async () => {
  const surveyId = await builtSurvey(false);
  await addQuestion(surveyId, { kind: "trust", wordingFr: "Confiance ?", wordingEn: "Trust?" });
  await addQuestion(surveyId, { kind: "text", wordingFr: "Un mot ?", wordingEn: "A word?", optional: "1" });
  const link = await publicWave(surveyId, { label: "Enregistrer" });
  const visitor = new Agent(t.app);
  const path = draftPath((await visitor.post(link)).headers.location);
  const questions = await rows(
    `select q.id, q.kind from survey_questions q join survey_versions v on v.id = q.version_id
      where v.survey_id = $1 order by q.position`,
    [surveyId],
  );
  const trust = `q${questions.find((q) => q.kind === "trust").id}`;
  const text = `q${questions.find((q) => q.kind === "text").id}`;
  const long = "a".repeat(20_000);
  const refused = await visitor.post(path, { page: "0", go: "save", [trust]: "beaucoup", [text]: long });
  assert.equal(refused.statusCode, 422);
  assert.match(refused.body, /Choisissez une des réponses proposées/);
  assert.ok(refused.body.includes(long), "the text typed is shown back, not lost");
  const [kept] = await rows(
    "select draft from survey_responses where draft_key_hash is not null order by id desc limit 1",
  );
  assert.deepEqual(kept.draft, {}, "nothing a question does not take is kept");
  // A question left unanswered may wait: « save » keeps the rest without a word.
  const saved = await visitor.post(path, { page: "0", go: "save", [text]: "Bien." });
  assert.equal(saved.statusCode, 200);
  const [now] = await rows(
    "select draft from survey_responses where draft_key_hash is not null order by id desc limit 1",
  );
  assert.deepEqual(now.draft, { [text]: "Bien." });
});

test("a send at the very closing: the wave is checked again inside the sending transaction, by the app's clock", async () => {
  const surveyId = await builtSurvey(false);
  await addQuestion(surveyId, { kind: "trust", wordingFr: "Confiance ?", wordingEn: "Trust?" });
  const link = await publicWave(surveyId, { label: "Fermeture" });
  const key = draftPath((await new Agent(t.app).post(link)).headers.location)
    .split("/")
    .at(-1)!;
  const [q] = await rows(
    "select q.id from survey_questions q join survey_versions v on v.id = q.version_id where v.survey_id = $1",
    [surveyId],
  );
  // The page is read while the wave is open; midnight passes before the sending's transaction.
  let asked = 0;
  const moved = t.ctx.clock.now;
  t.ctx.clock.now = () =>
    asked++ === 0 ? new Date("2026-11-30T22:59:59Z") : new Date("2026-11-30T23:00:01Z");
  try {
    await savePage(t.ctx, key, 0, { answers: { [`q${q.id}`]: "plutot" } }, "next");
    asked = 0;
    const late = await savePage(t.ctx, key, 1, { answers: {} }, "submit");
    assert.equal("gone" in late && late.gone, "closed");
  } finally {
    t.ctx.clock.now = moved;
  }
  const [response] = await rows(
    "select submitted_at from survey_responses where draft_key_hash is not null and draft ? $1",
    [`q${q.id}`],
  );
  assert.equal(response.submitted_at, null, "not sent: the draft stays");
});
