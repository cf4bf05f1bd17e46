import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { strFromU8, unzipSync } from "fflate";
import { reviewProspects } from "../src/features/newsletter/retention.ts";
import { personalDataZip } from "../src/features/privacy/erasure/export-archive.ts";
import { remindDueRequests } from "../src/features/privacy/requests/requests.ts";
import { memberHandle } from "../src/text/mentions.ts";
import { Agent, lastMailTo } from "./helpers/agent.ts";
import { startTestApp, type TestApp } from "./helpers/app.ts";
import { someCategories } from "./helpers/community.ts";
import { createPerson, PASSWORD, signedIn } from "./helpers/people.ts";

/**
 * Data-subject requests end to end: asked by a member or by anyone through an e-mailed link,
 * acknowledged with their due date, handled by the DPO from the console within the legal clock
 * (identity check, extension only within the first month, answer with the export, erasure),
 * reminders before the due day, and everything in the audit log.
 */
let t: TestApp;
let dpo: Agent;
let dpoPerson: Awaited<ReturnType<typeof createPerson>>;
before(async () => {
  t = await startTestApp({ env: { DPO_CONTACT: "dpo@banque.example" } });
  await someCategories(t.ctx);
  dpoPerson = await createPerson(t.ctx, "dpo");
  dpo = await signedIn(t.app, dpoPerson);
});
after(() => t.close());

const DAY = 86_400_000;
async function requestRow(email: string) {
  const { rows } = await t.ctx.database.pool.query(
    "select * from privacy_requests where email = $1 order by id desc limit 1",
    [email],
  );
  return rows[0];
}
async function audited(action: string, id: number) {
  const { rows } = await t.ctx.database.pool.query(
    "select details from audit_log where action = $1 and subject_id = $2",
    [action, String(id)],
  );
  return rows;
}

test("anyone can ask by e-mail: mistakes are explained and kept; the clock starts when the link is followed", async () => {
  const visitor = new Agent(t.app);
  const page = await visitor.get("/mes-droits");
  assert.equal(page.statusCode, 200);
  const wrong = await visitor.post(
    "/mes-droits",
    { email: "pas-une-adresse", kind: "rectification", details: "" },
    { csrf: null },
  );
  assert.equal(wrong.statusCode, 422);
  assert.match(wrong.body, /Dites quelle donnée corriger/);
  assert.match(wrong.body, /value="pas-une-adresse"/, "what was typed is kept");

  const sent = await visitor.post(
    "/mes-droits",
    { email: "prospect@exemple.fr", kind: "access", details: "Tout ce que vous avez sur moi." },
    { csrf: null },
  );
  assert.equal(sent.statusCode, 200);
  assert.equal((await requestRow("prospect@exemple.fr")).received_at, null, "not received before the link");
  const link = new URL((await lastMailTo(t.ctx.db, "prospect@exemple.fr")).link!);
  const space = await visitor.get(`${link.pathname}${link.search}`);
  assert.match(space.body, /Je confirme ma demande/, "a button: mail scanners confirm nothing");
  assert.equal(space.headers["cache-control"], "no-store");
  const confirmed = await visitor.post(`${link.pathname}${link.search}&action=confirm`, {}, { csrf: null });
  assert.match(confirmed.body, /Votre demande est reçue/);
  const row = await requestRow("prospect@exemple.fr");
  assert.equal(row.status, "open");
  assert.ok(row.received_at);
  const ack = await lastMailTo(t.ctx.db, "prospect@exemple.fr");
  assert.match(ack.subject, /est reçue/);
  assert.match(ack.text, /au plus tard le/);
  assert.match(ack.text, /dpo@banque\.example/);
  assert.equal((await new Agent(t.app).get(`${link.pathname}?jeton=faux`)).statusCode, 404);
});

test("the DPO answers within the clock: identity check, extension only in the first month, then the export attached", async () => {
  const member = await createPerson(t.ctx, "member", "claire.acces@exemple.fr", "Claire Accès");
  const api = await signedIn(t.app, member);
  await api.get("/compte/donnees");
  const bad = await api.post("/compte/demandes", { kind: "", details: "x" });
  assert.equal(bad.statusCode, 422);
  assert.match(bad.body, /Choisissez le droit/);
  assert.equal((await api.post("/compte/demandes", { kind: "portability", details: "" })).statusCode, 303);
  const request = await requestRow(member.email);
  assert.equal(request.status, "open", "a member's account proves who they are: received at once");
  assert.match(
    (await api.get("/compte/donnees")).body,
    new RegExp(`Demande n° ${request.id} \\(Portabilité\\)`),
  );

  // Only the DPO handles requests.
  const manager = await signedIn(t.app, await createPerson(t.ctx, "community_manager"));
  assert.equal((await manager.get("/admin/demandes")).statusCode, 403);
  assert.equal((await api.get(`/admin/demandes/${request.id}`)).statusCode, 403);

  const list = await dpo.get("/admin/demandes");
  assert.match(list.body, new RegExp(`#${request.id}`));
  const path = `/admin/demandes/${request.id}`;
  await dpo.get(path);
  assert.equal((await dpo.post(`${path}/identite`, { message: "" })).statusCode, 422);
  assert.equal(
    (await dpo.post(`${path}/identite`, { message: "Une copie de votre pièce d'identité." })).statusCode,
    303,
  );
  assert.match((await lastMailTo(t.ctx.db, member.email)).text, /copie de votre pièce/);
  assert.equal((await requestRow(member.email)).status, "identity_check");

  // Past the first month, the extension is refused, by the console and by the rule.
  const realNow = t.ctx.clock.now;
  t.ctx.clock.now = () => new Date(Date.now() + 32 * DAY);
  try {
    // A month later the DPO's working-day session has long ended: they sign in again.
    const lateDpo = await signedIn(t.app, dpoPerson, t.ctx.clock.now());
    await lateDpo.get(path);
    const late = await lateDpo.post(`${path}/prolonger`, { reasons: "Trop tard." });
    assert.equal(late.statusCode, 422);
    assert.match(late.body, /premier mois/);
    assert.match(late.body, /en retard/, "the late request says so in words");
  } finally {
    t.ctx.clock.now = realNow;
  }
  assert.equal((await dpo.post(`${path}/prolonger`, { reasons: "" })).statusCode, 422);
  assert.equal(
    (await dpo.post(`${path}/prolonger`, { reasons: "Volume exceptionnel de demandes ce mois-ci." }))
      .statusCode,
    303,
  );
  const extended = await requestRow(member.email);
  assert.ok(extended.extended_at);
  const notice = await lastMailTo(t.ctx.db, member.email);
  assert.match(notice.subject, /délai prolongé/);
  assert.match(notice.text, /Volume exceptionnel/, "the reasons are told to the person");
  assert.match((await dpo.get(path)).body, /déjà été prolongé/);

  assert.equal((await dpo.post(`${path}/repondre`, { answer: "", outcome: "answered" })).statusCode, 422);
  const answered = await dpo.post(`${path}/repondre`, {
    answer: "Vous trouverez vos données en pièce jointe.",
    outcome: "answered",
    attach: "1",
  });
  assert.equal(answered.statusCode, 303);
  assert.equal((await requestRow(member.email)).status, "answered");
  assert.match((await lastMailTo(t.ctx.db, member.email)).subject, /Réponse à votre demande/);
  const [answerAudit] = await audited("privacy.request_answered", request.id);
  assert.deepEqual(answerAudit.details.attachments, ["donnees.zip"]);
  assert.equal(answerAudit.details.late, false);
  for (const action of [
    "privacy.request_viewed",
    "privacy.request_identity_asked",
    "privacy.request_extended",
  ])
    assert.ok((await audited(action, request.id)).length > 0, action);
  assert.equal(
    (await dpo.post(`${path}/repondre`, { answer: "Encore", outcome: "answered" })).statusCode,
    422,
  );

  const zip = unzipSync(await personalDataZip(t.ctx, { accountId: member.id, email: member.email }, "fr"));
  const document = JSON.parse(strFromU8(zip["donnees.json"]!));
  assert.equal(document.data.accounts[0].display_name, "Claire Accès");
  assert.equal(document.data.accounts[0].password_hash, undefined, "no secret in the export");
  assert.ok(document.information.recipients, "with the article 15 information");
  assert.match(strFromU8(zip["privacy_requests.csv"]!), /portability/, "and a CSV per table");
});

test("an erasure request: the DPO erases the account, posts read 'Ancien membre', the person is told what is kept", async () => {
  const person = await createPerson(t.ctx, "member", "depart@exemple.fr", "Denis Départ");
  const api = await signedIn(t.app, person);
  await api.get("/nouveau-sujet");
  const topic = (
    await api.post("/nouveau-sujet", {
      category: "comptes-et-cartes",
      kind: "question",
      title: "Clôturer un compte joint",
      body: "Faut-il les deux signatures ?",
    })
  ).headers.location as string;
  await api.get("/compte/donnees");
  await api.post("/compte/demandes", { kind: "erasure", details: "Je quitte la banque." });
  const request = await requestRow(person.email);
  const path = `/admin/demandes/${request.id}`;
  await dpo.get(path);
  await dpo.post(`${path}/repondre`, {
    answer: "Vos données sont effacées.",
    outcome: "answered",
    erase: "1",
  });
  const { rows } = await t.ctx.database.pool.query("select 1 from accounts where email = $1", [person.email]);
  assert.equal(rows.length, 0, "the account is gone");
  const page = await new Agent(t.app).get(topic);
  assert.match(page.body, /Ancien membre/);
  assert.doesNotMatch(page.body, /Denis Départ/);
  const answer = await lastMailTo(t.ctx.db, person.email);
  assert.match(answer.text, /Vos données sont effacées/);
  assert.match(answer.text, /vos demandes sur vos données et nos réponses/, "what is kept, and why");
  assert.ok((await audited("privacy.request_erasure_executed", request.id)).length === 1);
});

test("the DPO is reminded once, a week before the due day", async () => {
  const person = await createPerson(t.ctx, "member", "rappel@exemple.fr");
  const api = await signedIn(t.app, person);
  await api.get("/compte/donnees");
  await api.post("/compte/demandes", { kind: "restriction", details: "" });
  const realNow = t.ctx.clock.now;
  try {
    t.ctx.clock.now = () => new Date(Date.now() + 10 * DAY);
    assert.equal(await remindDueRequests(t.ctx), 0, "not yet");
    t.ctx.clock.now = () => new Date(Date.now() + 25 * DAY);
    assert.ok((await remindDueRequests(t.ctx)) >= 1);
    assert.equal(await remindDueRequests(t.ctx), 0, "once");
  } finally {
    t.ctx.clock.now = realNow;
  }
  assert.match((await lastMailTo(t.ctx.db, "dpo@banque.example")).subject, /réponse due le/);
});

test("directives after death: their own consent, revocable; the DPO executes them when a death is reported", async () => {
  const person = await createPerson(t.ctx, "member", "heritage@exemple.fr", "Hélène Héritage");
  const api = await signedIn(t.app, person);
  await api.get("/compte/donnees");
  const unticked = await api.post("/compte/directives", {
    choice: "transmit",
    trusteeName: "",
    trusteeEmail: "heritage@exemple.fr",
  });
  assert.equal(unticked.statusCode, 422);
  assert.match(unticked.body, /accord exprès/);
  // The summary leads to this consent's own box, not to the newsletter's on the same page.
  assert.match(unticked.body, /href="#field-directivesConsent"/);
  assert.match(unticked.body, /id="field-directivesConsent"/);
  assert.match(unticked.body, /Donnez le nom de la personne/);
  assert.match(unticked.body, /autre personne que vous-même/);
  const noAddress = await api.post("/compte/directives", {
    choice: "transmit",
    trusteeName: "Hugo Héritage",
    trusteeEmail: "",
    directivesConsent: "1",
  });
  assert.equal(noAddress.statusCode, 422);
  assert.match(noAddress.body, /Donnez l(&#39;|')adresse e-mail de la personne/, "whose address is missing");
  assert.doesNotMatch(noAddress.body, /Indiquez votre adresse e-mail/);
  assert.equal(
    (await api.post("/compte/directives", { choice: "erase", directivesConsent: "1" })).statusCode,
    303,
  );
  assert.equal((await api.post("/compte/directives/revoquer")).statusCode, 303);
  await api.get("/compte/donnees");
  const saved = await api.post("/compte/directives", {
    choice: "transmit",
    trusteeName: "Hugo Héritage",
    trusteeEmail: "hugo.heritage@exemple.fr",
    directivesConsent: "1",
  });
  assert.equal(saved.statusCode, 303);
  const { rows: ledger } = await t.ctx.database.pool.query(
    "select decision from privacy_consent_events where account_id = $1 and purpose = 'death_directives' order by id",
    [person.id],
  );
  assert.deepEqual(
    ledger.map((r) => r.decision),
    ["granted", "withdrawn", "granted"],
  );

  assert.equal((await api.post("/admin/deces", { email: person.email, evidence: "x" })).statusCode, 403);
  await dpo.get("/admin/deces");
  const unknown = await dpo.post("/admin/deces", { email: "personne@exemple.fr", evidence: "" });
  assert.equal(unknown.statusCode, 422);
  assert.match(unknown.body, /Aucun compte de membre/);
  await dpo.post("/admin/deces", { email: person.email, evidence: "Acte de décès reçu du notaire." });
  const { rows } = await t.ctx.database.pool.query("select id from privacy_death_reports where email = $1", [
    person.email,
  ]);
  assert.equal((await dpo.post(`/admin/deces/${rows[0].id}/executer`)).statusCode, 303);
  const sent = await lastMailTo(t.ctx.db, "hugo.heritage@exemple.fr");
  assert.match(sent.text, /Hélène Héritage vous a désigné/);
  const { rows: account } = await t.ctx.database.pool.query(
    "select deactivated_at from accounts where id = $1",
    [person.id],
  );
  assert.ok(account[0].deactivated_at, "the account is closed");
  assert.equal((await api.get("/compte")).statusCode, 303, "and its sessions ended");
  assert.match((await dpo.get("/admin/deces")).body, /directives exécutées \(transmettre/);
});

test("erasure with withdrawal: the person's words go; a topic others answered stays for them under a neutral title", async () => {
  const person = await createPerson(t.ctx, "member", "retrait@exemple.fr", "Romain Retrait");
  const other = await signedIn(t.app, await createPerson(t.ctx, "member"));
  const api = await signedIn(t.app, person);
  const open = async (title: string, body: string) => {
    await api.get("/nouveau-sujet");
    const created = await api.post("/nouveau-sujet", {
      category: "comptes-et-cartes",
      kind: "question",
      title,
      body,
    });
    assert.equal(created.statusCode, 303, created.body.slice(0, 3000));
    return created.headers.location as string;
  };
  const answered = await open("Mon conseiller à Quimper est formidable", "Prénom Gwenaël, agence du port.");
  const alone = await open("Question sur mon découvert de Noël", "Découvert de 300 € en décembre.");
  const id = answered.split("/").at(-1)!;
  await other.get(answered);
  await other.post(`/t/${id}/repondre`, { body: "Bonne nouvelle, merci du retour." });
  await api.get("/compte/supprimer");
  const erased = await api.post("/compte/supprimer", { password: PASSWORD, confirm: "yes", withdraw: "yes" });
  assert.equal(erased.statusCode, 200);
  const visitor = new Agent(t.app);
  assert.equal((await visitor.get(alone)).statusCode, 404, "a topic only they wrote in is gone");
  // Its old address, which carried the old title, leads to the new one.
  const moved = await visitor.get(answered);
  assert.equal(moved.statusCode, 301);
  assert.doesNotMatch(moved.headers.location as string, /quimper/);
  const page = (await visitor.get(moved.headers.location as string)).body;
  assert.match(page, /Sujet retiré à la demande de son auteur/);
  assert.match(page, /Bonne nouvelle, merci du retour/, "the others' replies stay");
  assert.doesNotMatch(page, /Gwenaël|Quimper|Romain Retrait/);
  assert.doesNotMatch(
    (await visitor.get("/recherche?q=Gwena%C3%ABl")).body,
    /Quimper/,
    "and search forgets them",
  );
  const { rows } = await t.ctx.database.pool.query(
    "select count(*)::int as n from community_posts where body_markdown like '%Gwenaël%' or body_markdown like '%découvert%'",
  );
  assert.equal(rows[0].n, 0, "the words are gone from the database");
});

test("erasure takes the person's name out of others' posts: mentions, quotes over their words, and earlier versions", async () => {
  const person = await createPerson(t.ctx, "member", "nommee@exemple.fr", "Solène Quéméner");
  const handle = `@${memberHandle("Solène Quéméner", person.id)}`;
  const api = await signedIn(t.app, person);
  await api.get("/nouveau-sujet");
  const opened = await api.post("/nouveau-sujet", {
    category: "comptes-et-cartes",
    kind: "question",
    title: "Virement instantané refusé le dimanche",
    body: "Mon virement instantané est refusé chaque dimanche soir.",
  });
  assert.equal(opened.statusCode, 303, opened.body.slice(0, 3000));
  const topicPath = opened.headers.location as string;
  const topicId = topicPath.split("/").at(-1)!;
  const { rows: theirs } = await t.ctx.database.pool.query(
    "select id from community_posts where author_id = $1",
    [person.id],
  );

  const other = await signedIn(t.app, await createPerson(t.ctx, "member"));
  await other.get(topicPath);
  const reply = await other.post(`/t/${topicId}/repondre`, {
    body: `> Solène Quéméner a écrit :\n> Mon virement instantané est refusé\n\nMême souci, ${handle}.`,
    replyTo: String(theirs[0].id),
  });
  assert.match(String(reply.headers.location), /#message-/);
  const { rows: replies } = await t.ctx.database.pool.query(
    "select id from community_posts where topic_id = $1 and author_id <> $2",
    [topicId, person.id],
  );
  const replyId = Number(replies[0].id);
  await other.get(`/messages/${replyId}/modifier`);
  const edited = await other.post(`/messages/${replyId}/modifier`, {
    body: "Même souci de mon côté, le dimanche soir.",
  });
  assert.equal(edited.statusCode, 303, "the mention now lives in the earlier version only");
  await other.get("/nouveau-sujet");
  const elsewhere = await other.post("/nouveau-sujet", {
    category: "comptes-et-cartes",
    kind: "question",
    title: "Plafond des virements instantanés",
    body: `Voir ce qu'en dit ${handle} dans l'autre sujet.`,
  });
  assert.equal(elsewhere.statusCode, 303);
  const visitor = new Agent(t.app);
  assert.match((await visitor.get(`/messages/${replyId}/historique`)).body, /solene-quemener/, "before");

  await api.get("/compte/supprimer");
  assert.equal((await api.post("/compte/supprimer", { password: PASSWORD, confirm: "yes" })).statusCode, 200);

  const named = /Solène Quéméner|solene-quemener/i;
  const page = (await visitor.get(topicPath)).body;
  assert.match(page, /Même souci de mon côté/);
  assert.doesNotMatch(page, named);
  const history = (await visitor.get(`/messages/${replyId}/historique`)).body;
  assert.match(history, /un ancien membre a écrit :/, "the quote's attribution, in the earlier version");
  assert.match(history, /Même souci, un ancien membre\./, "the mention, in the earlier version");
  assert.doesNotMatch(history, named);
  const other2 = (await visitor.get(elsewhere.headers.location as string)).body;
  assert.match(other2, /Voir ce qu&#39;en dit un ancien membre|Voir ce qu'en dit un ancien membre/);
  assert.doesNotMatch(other2, named);
  assert.doesNotMatch(
    (await visitor.get("/recherche?q=Qu%C3%A9m%C3%A9ner")).body,
    /Virement instantané refusé/,
  );
  const { rows } = await t.ctx.database.pool.query(
    `select (select count(*)::int from community_posts where body_markdown ~* $1 or body_html ~* $1)
          + (select count(*)::int from community_post_revisions where body_markdown ~* $1 or body_html ~* $1) as n`,
    ["Solène Quéméner|solene-quemener"],
  );
  assert.equal(rows[0].n, 0, "nowhere in the posts or their versions");
});

test("restriction of processing: the contact is kept but not used; lifting it tells the person first", async () => {
  const person = await createPerson(t.ctx, "member", "limite@exemple.fr");
  await t.ctx.database.pool.query(
    `insert into newsletter_subscribers (email, locale, status, created_at, last_action_at)
     values ('limite@exemple.fr', 'fr', 'active', now() - interval '37 months', now() - interval '37 months')`,
  );
  const api = await signedIn(t.app, person);
  await api.get("/compte/donnees");
  await api.post("/compte/demandes", { kind: "rectification", details: "Mon nom est mal orthographié." });
  const request = await requestRow(person.email);
  const path = `/admin/demandes/${request.id}`;
  assert.match((await dpo.get(path)).body, /Limiter le traitement maintenant/);
  assert.equal((await dpo.post(`${path}/restreindre`)).statusCode, 303);
  assert.equal((await audited("privacy.request_restricted", request.id)).length, 1);
  await reviewProspects(t.ctx);
  const { rows } = await t.ctx.database.pool.query(
    "select restricted_at from newsletter_subscribers where email = 'limite@exemple.fr'",
  );
  assert.ok(rows[0]?.restricted_at, "kept as it is: retention does not erase a restricted contact");

  await dpo.get(path);
  const silent = await dpo.post(`${path}/lever`, { lift: "" });
  assert.equal(silent.statusCode, 422);
  assert.match(silent.body, /prévient la personne/);
  assert.equal(
    (await dpo.post(`${path}/lever`, { lift: "Votre nom est corrigé ; la limitation n'a plus lieu d'être." }))
      .statusCode,
    303,
  );
  const told = await lastMailTo(t.ctx.db, person.email);
  assert.match(told.subject, /fin de la limitation/);
  assert.match(told.text, /Votre nom est corrigé/);
  const after = await t.ctx.database.pool.query(
    "select restricted_at from newsletter_subscribers where email = 'limite@exemple.fr'",
  );
  assert.equal(after.rows[0].restricted_at, null);
});
