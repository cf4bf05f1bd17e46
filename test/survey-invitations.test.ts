import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { addSuppression, suppressionKey } from "../src/features/newsletter/suppression.ts";
import { savePage } from "../src/features/surveys/answering.ts";
import { sendDueReminders } from "../src/features/surveys/invitations-reminders.ts";
import { applyInvitationRetention } from "../src/features/surveys/invitations-retention.ts";
import { Agent, lastMailTo, pathOf } from "./helpers/agent.ts";
import { startTestApp, type TestApp } from "./helpers/app.ts";
import { createPerson, signedIn } from "./helpers/people.ts";

/**
 * A wave's invitations, end to end with the database and the SMTP sink: chosen by lists, tags and
 * members, never to someone who objected, once per person and wave; a single-use signed link whose
 * answer is kept in a draft the link reopens; a tampered, reused or late link says so and records
 * nothing; one reminder, once; the invitation on the site, once per wave, dismissable.
 */
let t: TestApp;
let manager: Agent;
let managerId: number;
const NOW = new Date("2026-11-10T14:37:00Z");

before(async () => {
  t = await startTestApp();
  const person = await createPerson(t.ctx, "community_manager");
  managerId = person.id;
  // Signed in on the real clock (a staff session's 12 hours count from it), then the app's clock moves.
  manager = await signedIn(t.app, person);
  t.ctx.clock.now = () => NOW;
});
after(() => t.close());

const rows = async (query: string, params: unknown[] = []) =>
  (await t.ctx.database.pool.query(query, params)).rows;

/** A one-question wave (the trust question), anonymous unless said, open 1–30 November 2026. */
async function wave(mode: "anonymous" | "identified" = "anonymous", days = ["2026-11-01", "2026-11-30"]) {
  const [survey] = await rows("insert into surveys (created_by) values ($1) returning id", [managerId]);
  const [version] = await rows(
    `insert into survey_versions (survey_id, number, title_fr, title_en, mode, ask_profile, created_by)
     values ($1, 1, 'Baromètre de confiance', 'Trust barometer', $2, false, $3) returning id`,
    [survey.id, mode, managerId],
  );
  const [question] = await rows(
    `insert into survey_questions (version_id, position, kind, wording_fr, wording_en)
     values ($1, 1, 'trust', 'Faites-vous confiance à votre banque ?', 'Do you trust your bank?') returning id`,
    [version.id],
  );
  const [made] = await rows(
    `insert into survey_waves (survey_id, version_id, label, opens_on, closes_on, created_by)
     values ($1, $2, 'Novembre 2026', $3, $4, $5) returning id`,
    [survey.id, version.id, days[0], days[1], managerId],
  );
  return { id: Number(made.id), questionId: Number(question.id), surveyId: Number(survey.id) };
}

async function contact(email: string, tags: string[], list?: string, status = "active") {
  const [row] = await rows(
    `insert into newsletter_subscribers (email, locale, status, tags, confirmed_at)
     values ($1, 'fr', $2, $3, now()) returning id`,
    [email, status, tags],
  );
  if (list) {
    const [named] = await rows(
      `insert into newsletter_lists (name) values ($1)
       on conflict (name) do update set name = excluded.name returning id`,
      [list],
    );
    await rows("insert into newsletter_list_members (list_id, subscriber_id) values ($1, $2)", [
      named.id,
      row.id,
    ]);
    return { id: Number(row.id), listId: Number(named.id) };
  }
  return { id: Number(row.id), listId: 0 };
}

const diffusion = (waveId: number) => `/admin/sondages/vagues/${waveId}/diffusion`;
const tokenOf = (path: string) => path.split("/").at(-1)!;

async function send(waveId: number, form: Record<string, string>) {
  await manager.get(diffusion(waveId));
  return manager.post(diffusion(waveId), { contacts: "1", tags: "", reminderDays: "7", ...form });
}

/** Answers the one question in the draft the invitation page leads to; returns the draft's path. */
async function answerThrough(agent: Agent, path: string, questionId: number, choice = "plutot") {
  await agent.get(path);
  const begun = await agent.post(path);
  assert.equal(begun.statusCode, 303, begun.body.slice(0, 300));
  const draft = String(begun.headers.location);
  assert.match(draft, /^\/sondages\/reponse\/[A-Za-z0-9_-]{43}$/);
  const outcome = await savePage(
    t.ctx,
    tokenOf(draft),
    0,
    { answers: { [`q${questionId}`]: choice } },
    "submit",
  );
  assert.deepEqual(outcome, { ok: true, submitted: true });
  return draft;
}

test("invitations go to the contacts of a list with every tag and to verified members, once per person and wave, never to those who objected", async () => {
  const { id: waveId, surveyId } = await wave();
  const surveyPage = await manager.get(`/admin/sondages/${surveyId}`);
  assert.match(surveyPage.body, new RegExp(`<a href="${diffusion(waveId)}">Inviter à « Novembre 2026 »</a>`));
  const { listId } = await contact("alice.liste@exemple.fr", ["client", "paris"], "Agence Paris");
  await contact("bruno.liste@exemple.fr", ["client"], "Agence Paris"); // lacks a tag
  await contact("carla.hors-liste@exemple.fr", ["client", "paris"]); // in no list
  await contact("denis.oppose@exemple.fr", ["client", "paris"], "Agence Paris");
  await addSuppression(t.ctx.db, suppressionKey(t.ctx.config), "Denis.Oppose@exemple.fr", "objected");
  await contact("elsa.restreinte@exemple.fr", ["client", "paris"], "Agence Paris");
  await rows(
    "update newsletter_subscribers set restricted_at = now() where email = 'elsa.restreinte@exemple.fr'",
  );
  await contact("fanny.en-attente@exemple.fr", ["client", "paris"], "Agence Paris", "pending");

  const sent = await send(waveId, { list: String(listId), tags: "Client, paris" });
  assert.equal(sent.statusCode, 303, sent.body.slice(0, 500));
  const page = await manager.get(diffusion(waveId));
  assert.match(page.body, /Invitations envoyées/);

  const mail = await lastMailTo(t.ctx.db, "alice.liste@exemple.fr");
  assert.equal(mail.subject, "Votre avis compte : Baromètre de confiance");
  assert.match(mail.text, /Vos réponses sont anonymes/);
  assert.match(mail.text, /jusqu'au 30 novembre 2026/);
  const path = pathOf(mail.link);
  assert.match(path, /^\/sondages\/invitation\/[A-Za-z0-9_-]{43}\.[A-Za-z0-9_-]{22}$/);
  const invited = await rows("select email::text, token_hash from survey_invitations where wave_id = $1", [
    waveId,
  ]);
  assert.deepEqual(
    invited.map((r) => r.email),
    ["alice.liste@exemple.fr"],
  );
  assert.notEqual(invited[0].token_hash, tokenOf(path), "only the link's hash is kept");
  for (const address of [
    "bruno.liste",
    "carla.hors-liste",
    "denis.oppose",
    "elsa.restreinte",
    "fanny.en-attente",
  ])
    await assert.rejects(lastMailTo(t.ctx.db, `${address}@exemple.fr`), /No mail/, address);
  const [sending] = await rows("select invited, objected from survey_distributions where wave_id = $1", [
    waveId,
  ]);
  assert.deepEqual(sending, { invited: 1, objected: 1 });

  // Members now, and the same list again: Alice is not invited twice.
  const member = await createPerson(t.ctx, "member", "gilles.membre@exemple.fr");
  await createPerson(t.ctx, "advisor", "henri.conseiller@exemple.fr");
  assert.equal(
    (await send(waveId, { list: String(listId), tags: "client,paris", members: "1" })).statusCode,
    303,
  );
  const all = await rows(
    "select email::text, account_id from survey_invitations where wave_id = $1 order by id",
    [waveId],
  );
  assert.ok(all.some((r) => r.email === "gilles.membre@exemple.fr" && Number(r.account_id) === member.id));
  assert.equal(all.filter((r) => r.email === "alice.liste@exemple.fr").length, 1);
  assert.ok(!all.some((r) => r.email === "henri.conseiller@exemple.fr"), "staff are not members");
  const [audit] = await rows(
    "select actor_id, details from audit_log where action = 'surveys.invitations_sent' order by id desc limit 1",
  );
  assert.equal(Number(audit.actor_id), managerId);
  assert.equal(audit.details.members, true);
});

test("the link: its page says the mode; the answer is kept in one draft the link reopens; once sent the link says so and takes nothing more", async () => {
  const { id: waveId, questionId } = await wave();
  const { listId } = await contact("ines.lien@exemple.fr", [], "Lien");
  await send(waveId, { list: String(listId) });
  const path = pathOf((await lastMailTo(t.ctx.db, "ines.lien@exemple.fr")).link);

  const visitor = new Agent(t.app);
  const page = await visitor.get(path);
  assert.equal(page.statusCode, 200);
  assert.equal(page.headers["cache-control"], "no-store");
  assert.equal(page.headers["referrer-policy"], "no-referrer");
  assert.match(page.body, /<strong>Anonyme\.<\/strong> Ce questionnaire est anonyme/);
  assert.match(page.body, /Répondre à l&#39;enquête|Répondre à l'enquête/);

  const first = await visitor.post(path);
  const again = await visitor.post(path);
  assert.equal(
    first.headers.location,
    again.headers.location,
    "the link takes the person back to the same draft",
  );
  const drafts = await rows(
    "select count(*)::int n from survey_responses where wave_id = $1 and submitted_at is null",
    [waveId],
  );
  assert.equal(drafts[0].n, 1);

  await savePage(
    t.ctx,
    tokenOf(String(first.headers.location)),
    0,
    { answers: { [`q${questionId}`]: "plutot" } },
    "submit",
  );
  const [response] = await rows(
    "select account_id, submitted_at, channel from survey_responses where wave_id = $1",
    [waveId],
  );
  assert.equal(response.channel, "invitation");
  assert.equal(response.account_id, null);
  const [invitation] = await rows(
    "select answered_at, draft_response_id, draft_key from survey_invitations where wave_id = $1 and email = $2",
    [waveId, "ines.lien@exemple.fr"],
  );
  assert.deepEqual(
    { draft: invitation.draft_response_id, key: invitation.draft_key },
    { draft: null, key: null },
    "nothing ties the invitation to the answer once sent",
  );
  assert.equal(invitation.answered_at.toISOString(), "2026-11-09T23:00:00.000Z", "the day only, Paris");

  const reused = await visitor.get(path);
  assert.equal(reused.statusCode, 410);
  assert.match(reused.body, /Vous avez déjà répondu/);
  const reposted = await new Agent(t.app).post(path);
  assert.equal(reposted.statusCode, 410);
  const count = await rows("select count(*)::int n from survey_responses where wave_id = $1", [waveId]);
  assert.equal(count[0].n, 1, "a reused link begins nothing");
});

test("a tampered, cut or made-up link says it was altered; a link whose invitation was erased is unknown", async () => {
  const { id: waveId } = await wave();
  await contact("jules.modifie@exemple.fr", [], "Modifié");
  await send(waveId, {});
  const path = pathOf((await lastMailTo(t.ctx.db, "jules.modifie@exemple.fr")).link);
  const token = tokenOf(path);
  const flipped = `${token.slice(0, 5)}${token[5] === "a" ? "b" : "a"}${token.slice(6)}`;
  for (const bad of [flipped, token.slice(0, -3), `${token.split(".")[0]}`, "inconnu"]) {
    const visitor = new Agent(t.app);
    const response = await visitor.get(`/sondages/invitation/${bad}`);
    assert.equal(response.statusCode, 400, bad);
    assert.match(response.body, /Lien modifié ou incomplet/);
    const posted = await visitor.post(`/sondages/invitation/${bad}`);
    assert.equal(posted.statusCode, 400);
  }
  await rows("delete from survey_invitations where email = 'jules.modifie@exemple.fr'");
  const erased = await new Agent(t.app).get(path);
  assert.equal(erased.statusCode, 404);
  assert.match(erased.body, /Invitation introuvable/);
});

test("after the wave closes, the link says so and begins nothing; before it opens, it says when", async () => {
  const { id: waveId } = await wave("anonymous", ["2026-11-01", "2026-11-12"]);
  await contact("karim.tard@exemple.fr", [], "Tard");
  await send(waveId, { reminderDays: "" });
  const path = pathOf((await lastMailTo(t.ctx.db, "karim.tard@exemple.fr")).link);
  t.ctx.clock.now = () => new Date("2026-11-12T22:59:00Z"); // 23:59 in Paris on the last day: still open
  try {
    assert.equal((await new Agent(t.app).get(path)).statusCode, 200);
    t.ctx.clock.now = () => new Date("2026-11-12T23:00:00Z");
    const late = new Agent(t.app);
    const closed = await late.get(path);
    assert.equal(closed.statusCode, 410);
    assert.match(closed.body, /Enquête close/);
    assert.match(closed.body, /jusqu'au 12 novembre 2026/);
    assert.equal((await late.post(path)).statusCode, 410);
    const begun = await rows("select count(*)::int n from survey_responses where wave_id = $1", [waveId]);
    assert.equal(begun[0].n, 0);
    // Nobody can be invited to a closed wave.
    const refused = await send(waveId, {});
    assert.equal(refused.statusCode, 422);
    assert.match(refused.body, /Cette vague est close/);
  } finally {
    t.ctx.clock.now = () => NOW;
  }

  const { id: later } = await wave("anonymous", ["2026-12-01", "2026-12-31"]);
  await contact("lea.tot@exemple.fr", [], "Tôt");
  await send(later, {});
  const early = await new Agent(t.app).get(pathOf((await lastMailTo(t.ctx.db, "lea.tot@exemple.fr")).link));
  assert.equal(early.statusCode, 409);
  assert.match(early.body, /ouvre le 1er décembre 2026/);
});

test("the form refuses no audience, a reminder out of range or after the closing, and keeps what was typed", async () => {
  const { id: waveId } = await wave("anonymous", ["2026-11-01", "2026-11-15"]);
  const nobody = await send(waveId, { contacts: "", members: "", tags: "vip" });
  assert.equal(nobody.statusCode, 422);
  assert.match(nobody.body, /Choisissez à qui écrire/);
  assert.match(nobody.body, /value="vip"/);
  const zero = await send(waveId, { reminderDays: "0" });
  assert.match(zero.body, /de 1 à 60/);
  const tooLate = await send(waveId, { reminderDays: "10" });
  assert.equal(tooLate.statusCode, 422);
  assert.match(tooLate.body, /après la clôture/);
  const none = await rows("select count(*)::int n from survey_distributions where wave_id = $1", [waveId]);
  assert.equal(none[0].n, 0, "nothing was sent");
  assert.equal((await manager.post(diffusion(999999), { contacts: "1", reminderDays: "" })).statusCode, 404);
});

test("one reminder, once, to those who have not answered and have not objected since; its link reaches the same invitation", async () => {
  const { id: waveId, questionId } = await wave();
  await contact("marc.repond@exemple.fr", [], "Rappel");
  await contact("nora.oublie@exemple.fr", [], "Rappel");
  await contact("oscar.oppose-ensuite@exemple.fr", [], "Rappel");
  const [{ id: listId }] = await rows("select id from newsletter_lists where name = 'Rappel'");
  await send(waveId, { list: String(listId), reminderDays: "3" });
  await answerThrough(
    new Agent(t.app),
    pathOf((await lastMailTo(t.ctx.db, "marc.repond@exemple.fr")).link),
    questionId,
  );
  const first = pathOf((await lastMailTo(t.ctx.db, "nora.oublie@exemple.fr")).link);
  await addSuppression(
    t.ctx.db,
    suppressionKey(t.ctx.config),
    "oscar.oppose-ensuite@exemple.fr",
    "unsubscribed",
  );

  assert.equal(await sendDueReminders(t.ctx), 0, "not due yet");
  t.ctx.clock.now = () => new Date(NOW.getTime() + 3 * 86_400_000 + 60_000);
  try {
    assert.equal(await sendDueReminders(t.ctx), 1);
    assert.equal(await sendDueReminders(t.ctx), 0, "a reminder goes once");
    const reminder = await lastMailTo(t.ctx.db, "nora.oublie@exemple.fr");
    assert.equal(reminder.subject, "Rappel : Baromètre de confiance");
    const second = pathOf(reminder.link);
    assert.notEqual(second, first);
    assert.equal(
      (await lastMailTo(t.ctx.db, "marc.repond@exemple.fr")).subject,
      "Votre avis compte : Baromètre de confiance",
    );
    assert.equal(
      (await lastMailTo(t.ctx.db, "oscar.oppose-ensuite@exemple.fr")).subject,
      "Votre avis compte : Baromètre de confiance",
      "no reminder to someone who objected since",
    );
    const nora = new Agent(t.app);
    await nora.get(first);
    const viaFirst = await nora.post(first);
    const viaSecond = await nora.post(second);
    assert.equal(viaFirst.headers.location, viaSecond.headers.location, "both links open the same draft");
    await savePage(
      t.ctx,
      tokenOf(String(viaSecond.headers.location)),
      0,
      { answers: { [`q${questionId}`]: "pas_du_tout" } },
      "submit",
    );
    assert.equal((await nora.get(first)).statusCode, 410);
    assert.equal((await nora.get(second)).statusCode, 410);
    const page = await manager.get(diffusion(waveId));
    assert.match(page.body, /envoyé le 13 novembre 2026 \(1 personne\)/);
  } finally {
    t.ctx.clock.now = () => NOW;
  }
});

test("identified mode: the answer is the member's; the invitation keeps the time", async () => {
  const { id: waveId, questionId } = await wave("identified");
  const member = await createPerson(t.ctx, "member", "paul.nominatif@exemple.fr");
  await send(waveId, { contacts: "", members: "1" });
  const mail = await lastMailTo(t.ctx.db, "paul.nominatif@exemple.fr");
  assert.match(mail.text, /n'est pas anonyme/);
  await answerThrough(new Agent(t.app), pathOf(mail.link), questionId);
  const [response] = await rows("select account_id from survey_responses where wave_id = $1", [waveId]);
  assert.equal(Number(response.account_id), member.id);
  const [invitation] = await rows(
    "select answered_at from survey_invitations where wave_id = $1 and account_id = $2",
    [waveId, member.id],
  );
  assert.equal(invitation.answered_at.toISOString(), NOW.toISOString());
});

test("the invitation on the site: shown to signed-in members once per wave until they answer or decline, never to visitors", async () => {
  const { id: waveId, questionId } = await wave();
  const quentin = await createPerson(t.ctx, "member", "quentin.site@exemple.fr");
  const rose = await createPerson(t.ctx, "member", "rose.site@exemple.fr");
  const q = await signedIn(t.app, quentin, NOW);
  const r = await signedIn(t.app, rose, NOW);
  assert.doesNotMatch((await q.get("/")).body, /survey-invitation/, "not shown before a manager starts it");

  await manager.get(diffusion(waveId));
  assert.equal((await manager.post(`${diffusion(waveId)}/site`, { show: "1" })).statusCode, 303);
  assert.match(
    (await manager.get(diffusion(waveId))).body,
    /L&#39;invitation est montrée|L'invitation est montrée/,
  );

  const home = await q.get("/");
  assert.match(home.body, /<aside class="survey-invitation" aria-labelledby="survey-invitation-title">/);
  assert.match(home.body, /Votre avis compte : Baromètre de confiance/);
  assert.doesNotMatch((await new Agent(t.app).get("/")).body, /survey-invitation/, "visitors see nothing");

  // Quentin declines: never again for this wave.
  const declined = await q.post(`/sondages/invitation-site/${waveId}/non-merci`, { next: "/" });
  assert.equal(declined.statusCode, 303);
  assert.doesNotMatch((await q.get("/")).body, /survey-invitation/);

  // Rose follows, leaves, and is offered to resume; once she has answered, it is gone.
  const followed = await r.post(`/sondages/invitation-site/${waveId}`);
  assert.equal(followed.statusCode, 303);
  const draft = String(followed.headers.location);
  assert.match(draft, /^\/sondages\/reponse\//);
  assert.match((await r.get("/")).body, /Reprendre mes réponses/);
  assert.equal((await r.post(`/sondages/invitation-site/${waveId}`)).headers.location, draft);
  await savePage(t.ctx, tokenOf(draft), 0, { answers: { [`q${questionId}`]: "tout_a_fait" } }, "submit");
  assert.doesNotMatch((await r.get("/")).body, /survey-invitation/);
  const [response] = await rows("select channel, account_id from survey_responses where wave_id = $1", [
    waveId,
  ]);
  assert.deepEqual(response, { channel: "in_page", account_id: null }, "anonymous: no account kept");
  const gone = await r.post(`/sondages/invitation-site/${waveId}`);
  assert.equal(gone.headers.location, "/", "answered: nothing more to begin");

  // Stopped by the manager: nobody sees it.
  const sam = await signedIn(t.app, await createPerson(t.ctx, "member"), NOW);
  assert.match((await sam.get("/")).body, /survey-invitation/);
  await manager.get(diffusion(waveId));
  await manager.post(`${diffusion(waveId)}/site`, { show: "0" });
  assert.doesNotMatch((await sam.get("/")).body, /survey-invitation/);
});

test("every invitation carries a one-click way out, written in the consent ledger: no invitation after it", async () => {
  const { id: waveId } = await wave();
  const { listId } = await contact("tom.plus-jamais@exemple.fr", [], "Sortie");
  await send(waveId, { list: String(listId) });
  const mail = await lastMailTo(t.ctx.db, "tom.plus-jamais@exemple.fr");
  assert.match(mail.text, /Ne plus recevoir d'invitation à nos enquêtes/);
  const url = /List-Unsubscribe: <([^>]+)>/.exec(mail.listHeaders ?? "")?.[1];
  assert.ok(url, "a List-Unsubscribe header");
  assert.match(mail.listHeaders ?? "", /List-Unsubscribe-Post: List-Unsubscribe=One-Click/);

  const visitor = new Agent(t.app);
  const asked = await visitor.get(pathOf(url));
  assert.equal(asked.statusCode, 200);
  assert.match(asked.body, /tom.plus-jamais@exemple.fr/);
  // As a mail client does it (RFC 8058): one POST, no cookie, no form token.
  const done = await t.app.inject({
    method: "POST",
    url: pathOf(url),
    payload: "List-Unsubscribe=One-Click",
    headers: { "content-type": "application/x-www-form-urlencoded" },
  });
  assert.equal(done.statusCode, 200);
  assert.match(done.body, /ne recevra plus d&#39;invitation|ne recevra plus d'invitation/);
  const [ledger] = await rows(
    "select decision, channel from privacy_consent_events where purpose = 'surveys' and email = 'tom.plus-jamais@exemple.fr'",
  );
  assert.deepEqual(ledger, { decision: "withdrawn", channel: "one_click" });

  const { id: next } = await wave();
  await send(next, { list: String(listId) });
  const invited = await rows("select count(*)::int n from survey_invitations where wave_id = $1", [next]);
  assert.equal(invited[0].n, 0);
  const [sending] = await rows("select objected from survey_distributions where wave_id = $1", [next]);
  assert.equal(sending.objected, 1);
  const forged = await new Agent(t.app).get("/sondages/ne-plus-recevoir?jeton=v1.abc.def.ghi");
  assert.equal(forged.statusCode, 400);
});

test("invitations are deleted 30 days after their wave closes; the sending's counts stay", async () => {
  const { id: waveId, questionId } = await wave("anonymous", ["2026-11-01", "2026-11-12"]);
  const { listId } = await contact("ugo.garde@exemple.fr", [], "Garde");
  await contact("vera.garde@exemple.fr", [], "Garde");
  await send(waveId, { list: String(listId), reminderDays: "" });
  const path = pathOf((await lastMailTo(t.ctx.db, "ugo.garde@exemple.fr")).link);
  await answerThrough(new Agent(t.app), path, questionId);
  t.ctx.clock.now = () => new Date("2026-12-12T12:00:00Z");
  try {
    const kept = async () =>
      (await rows("select count(*)::int n from survey_invitations where wave_id = $1", [waveId]))[0].n;
    await applyInvitationRetention(t.ctx);
    assert.equal(await kept(), 2, "30 days after closing: still kept");
    t.ctx.clock.now = () => new Date("2026-12-13T12:00:00Z");
    assert.ok((await applyInvitationRetention(t.ctx)) >= 2);
    const left = await rows("select count(*)::int n from survey_invitations where wave_id = $1", [waveId]);
    assert.equal(left[0].n, 0);
    const [sending] = await rows("select invited, answered from survey_distributions where wave_id = $1", [
      waveId,
    ]);
    assert.deepEqual(sending, { invited: 2, answered: 1 });
    const gone = await new Agent(t.app).get(path);
    assert.equal(gone.statusCode, 404);
  } finally {
    t.ctx.clock.now = () => NOW;
  }
});

test("the invitation on the site answers only a wave shown there: an invitation-only wave is not begun by its id", async () => {
  const { id: waveId } = await wave();
  const tom = await signedIn(t.app, await createPerson(t.ctx, "member"), NOW);
  const refused = await tom.post(`/sondages/invitation-site/${waveId}`);
  assert.equal(refused.headers.location, "/", "not shown on the site: nothing begins");
  assert.equal((await rows("select 1 from survey_responses where wave_id = $1", [waveId])).length, 0);
  assert.equal(
    (await rows("select 1 from survey_in_page_invitations where wave_id = $1", [waveId])).length,
    0,
  );
});

/** A staff session begins on the real clock (its 12 hours count from it), as the manager's did. */
async function staffSignedIn(person: Awaited<ReturnType<typeof createPerson>>) {
  t.ctx.clock.now = () => new Date();
  try {
    return await signedIn(t.app, person);
  } finally {
    t.ctx.clock.now = () => NOW;
  }
}

test("the bank's staff answer none of its surveys: not on the site, not by the public link, not by an invitation, and are never invited", async () => {
  const { id: waveId } = await wave();
  await rows("update survey_waves set public_key = $2 where id = $1", [waveId, `staff-${waveId}-public-key`]);
  await manager.get(diffusion(waveId));
  await manager.post(`${diffusion(waveId)}/site`, { show: "1" });
  for (const role of [
    "advisor",
    "community_manager",
    "compliance_officer",
    "dpo",
    "administrator",
  ] as const) {
    const person = await createPerson(t.ctx, role, `${role}.sondage@banque.fr`);
    const staff = await staffSignedIn(person);
    const inPage = await staff.post(`/sondages/invitation-site/${waveId}`);
    assert.equal(inPage.headers.location, "/", `${role}: the site's invitation begins nothing`);
    assert.equal((await staff.get(`/sondages/staff-${waveId}-public-key`)).statusCode, 403, role);
    assert.equal((await staff.post(`/sondages/staff-${waveId}-public-key`)).statusCode, 403, role);
  }
  // A contact whose address is a staff account's, and a member promoted since: no invitation.
  await contact("advisor.sondage@banque.fr", ["staff-test"]);
  await contact("client.sondage@exemple.fr", ["staff-test"]);
  const sent = await send(waveId, { tags: "staff-test" });
  assert.equal(sent.statusCode, 303, sent.body.slice(0, 300));
  const invited = await rows("select email from survey_invitations where wave_id = $1 order by email", [
    waveId,
  ]);
  assert.deepEqual(invited, [{ email: "client.sondage@exemple.fr" }]);
  // An invitation to someone who joined the staff since: its link begins nothing, signed in or not.
  const member = await createPerson(t.ctx, "member", "promu.sondage@exemple.fr");
  await contact("promu.sondage@exemple.fr", ["staff-promoted"]);
  await rows("update newsletter_subscribers set account_id = $1 where email = $2", [member.id, member.email]);
  await send(waveId, { tags: "staff-promoted" });
  await rows("update accounts set role = 'advisor' where id = $1", [member.id]);
  const link = pathOf((await lastMailTo(t.ctx.db, "promu.sondage@exemple.fr")).link);
  const begun = await new Agent(t.app).post(link);
  assert.equal(begun.statusCode, 403, begun.body.slice(0, 300));
  const client = pathOf((await lastMailTo(t.ctx.db, "client.sondage@exemple.fr")).link);
  const staff = await staffSignedIn(await createPerson(t.ctx, "advisor"));
  assert.equal((await staff.get(client)).statusCode, 403, "signed in as staff: the page says so");
  assert.equal((await staff.post(client)).statusCode, 403);
  assert.equal((await rows("select 1 from survey_responses where wave_id = $1", [waveId])).length, 0);
});
