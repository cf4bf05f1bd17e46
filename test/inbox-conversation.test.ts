import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { type Outgoing, receive, registerSource } from "../src/features/inbox/index.ts";
import { labelReviewCounts } from "../src/features/inbox/labels.ts";
import type { Agent } from "./helpers/agent.ts";
import { startTestApp, type TestApp } from "./helpers/app.ts";
import { teamWith } from "./helpers/inbox.ts";
import { createPerson, signedIn } from "./helpers/people.ts";

/**
 * The conversation page and what an advisor does on it: scope (404 outside it), each action,
 * two advisors at once, the public-reply guard in the composer, canned replies, notes with
 * @mentions, the collision warning and the review of the classifier's labels.
 */
const delivered: Outgoing[] = [];
for (const [name, publicReplies] of [
  ["test_conv_public", true],
  ["test_conv_private", false],
] as const)
  registerSource({
    name,
    publicReplies,
    deliver: async (_ctx, out) => {
      delivered.push(out);
      return {};
    },
  });

let t: TestApp;
let claire: Agent;
let hugo: Agent;
let nina: Agent;
let manager: Agent;
let member: Agent;
let ids: { claire: number; hugo: number; nina: number; member: number };

before(async () => {
  t = await startTestApp();
  const people = {
    claire: await createPerson(t.ctx, "advisor", undefined, "Claire Martin"),
    hugo: await createPerson(t.ctx, "advisor", undefined, "Hugo Bernard"),
    nina: await createPerson(t.ctx, "advisor", undefined, "Nina Petit"),
    manager: await createPerson(t.ctx, "community_manager", undefined, "Inès Garcia"),
    member: await createPerson(t.ctx, "member", undefined, "Julie Moreau"),
  };
  ids = { claire: people.claire.id, hugo: people.hugo.id, nina: people.nina.id, member: people.member.id };
  // Nobody is free in particuliers, so conversations arrive unassigned in the team.
  await teamWith(t.ctx, "particuliers", [
    { id: ids.claire, capacity: 0 },
    { id: ids.hugo, capacity: 0 },
  ]);
  await teamWith(t.ctx, "credit-immobilier", [{ id: ids.nina }]);
  claire = await signedIn(t.app, people.claire);
  hugo = await signedIn(t.app, people.hugo);
  nina = await signedIn(t.app, people.nina);
  manager = await signedIn(t.app, people.manager);
  member = await signedIn(t.app, people.member);
});
after(() => t.close());

const row = async (query: string, params: unknown[] = []) =>
  (await t.ctx.database.pool.query(query, params)).rows[0];
let n = 0;
async function conversation(over: Partial<Parameters<typeof receive>[1]> = {}): Promise<number> {
  const received = await receive(t.ctx, {
    source: "test_conv_public",
    threadKey: `conversation-${++n}`,
    subject: `Question ${n} sur le sans contact`,
    body: "Bonjour, comment activer le paiement sans contact sur ma carte ?",
    from: { accountId: ids.member, name: "Julie Moreau" },
    receivedAt: t.ctx.clock.now(),
    teamSlug: "particuliers",
    ...over,
  });
  return received.conversationId;
}
const versionIn = (html: string) => /name="version" value="(\d+)"/.exec(html)?.[1] ?? "";

test("a conversation is worked only in scope: others get 404, members and visitors are refused", async () => {
  const id = await conversation({
    attachments: [
      { filename: "releve.pdf", mediaType: "application/pdf", content: Buffer.from("%PDF-1.4 test") },
    ],
    emailHeaders: { authentication: { spf: "pass", dkim: "fail", by: "mx.banque.fr" } },
  });
  const page = await claire.get(`/admin/boite/${id}`);
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /Question \d+ sur le sans contact/);
  assert.match(page.body, /Message de Julie Moreau/);
  assert.match(page.body, /Membre depuis le/, "a member's name and membership are shown");
  assert.match(page.body, /SPF : pass · DKIM : fail/);
  const file = /href="(\/admin\/boite\/pieces-jointes\/\d+)"/.exec(page.body)![1]!;
  const download = await claire.get(file);
  assert.equal(download.statusCode, 200);
  assert.match(String(download.headers["content-disposition"]), /releve\.pdf/);

  assert.equal((await nina.get(`/admin/boite/${id}`)).statusCode, 404);
  assert.equal((await nina.get(file)).statusCode, 404);
  await nina.get("/admin");
  assert.equal((await nina.post(`/admin/boite/${id}/attribuer`, { assignee: "me" })).statusCode, 404);
  assert.equal((await nina.post(`/admin/boite/${id}/note`, { body: "Hors périmètre" })).statusCode, 404);
  assert.equal((await member.get(`/admin/boite/${id}`)).statusCode, 403);
  assert.equal(
    (await row("select assignee_id from inbox_conversations where id = $1", [id])).assignee_id,
    null,
  );
});

test("assigning, moving, statuses, snoozing, priority and tags: each one recorded and audited", async () => {
  const id = await conversation();
  const post = async (path: string, form: Record<string, string>) => {
    const page = await claire.get(`/admin/boite/${id}`);
    const response = await claire.post(`/admin/boite/${id}/${path}`, {
      ...form,
      version: versionIn(page.body),
    });
    assert.equal(response.statusCode, 303, `${path}: ${response.body.slice(0, 300)}`);
    return row("select * from inbox_conversations where id = $1", [id]);
  };
  assert.equal(Number((await post("attribuer", { assignee: "me" })).assignee_id), ids.claire);
  assert.equal(Number((await post("attribuer", { assignee: String(ids.hugo) })).assignee_id), ids.hugo);
  assert.equal((await post("attribuer", { assignee: "" })).assignee_id, null);
  assert.equal((await post("statut", { status: "waiting_on_client" })).status, "waiting_on_client");
  const reopened = await post("statut", { status: "open" });
  assert.equal(reopened.status, "open");
  assert.equal(reopened.paused_at, null);
  const snoozed = await post("reporter", { until: "2099-06-01T09:30" });
  assert.equal(snoozed.status, "snoozed");
  assert.equal(snoozed.snoozed_until.toISOString(), "2099-06-01T07:30:00.000Z", "Paris time");
  assert.equal((await post("priorite", { priority: "urgent" })).priority, "urgent");
  assert.deepEqual((await post("etiquettes", { tag: "  #Frais Bancaires " })).tags, ["frais-bancaires"]);
  assert.deepEqual((await post("etiquettes", { tag: "frais bancaires" })).tags, ["frais-bancaires"], "once");
  assert.deepEqual((await post("etiquettes/retirer", { tag: "frais-bancaires" })).tags, []);
  const resolved = await post("statut", { status: "resolved" });
  assert.equal(resolved.status, "resolved");
  assert.ok(resolved.resolved_at);
  const again = await post("statut", { status: "reopen" });
  assert.deepEqual([again.status, again.resolved_at, again.reopened_count], ["open", null, 1]);

  const page = await claire.get(`/admin/boite/${id}`);
  const past = await claire.post(`/admin/boite/${id}/reporter`, {
    until: "2001-01-01T10:00",
    version: versionIn(page.body),
  });
  assert.equal(past.statusCode, 422);
  assert.match(past.body, /Indiquez une date et une heure à venir/);

  // Moving it to a team Claire is not in takes it out of her scope: back to the inbox.
  const team = await row("select id from inbox_teams where slug = 'credit-immobilier'");
  const moved = await claire.post(`/admin/boite/${id}/equipe`, {
    team: String(team.id),
    version: versionIn((await claire.get(`/admin/boite/${id}`)).body),
  });
  assert.equal(moved.headers.location, "/admin/boite");
  assert.equal((await nina.get(`/admin/boite/${id}`)).statusCode, 200);

  const audited = await t.ctx.database.pool.query(
    "select action from audit_log where subject_type = 'inbox_conversation' and subject_id = $1 order by id",
    [String(id)],
  );
  assert.deepEqual([...new Set(audited.rows.map((r) => r.action))].sort(), [
    "inbox.assign",
    "inbox.priority",
    "inbox.reopen",
    "inbox.snooze",
    "inbox.status",
    "inbox.tag",
    "inbox.team",
    "inbox.untag",
  ]);
});

test("two advisors assigning at once: one result, the other gets a translated 409 and sees it", async () => {
  const id = await conversation();
  const version = versionIn((await claire.get(`/admin/boite/${id}`)).body);
  assert.equal(versionIn((await hugo.get(`/admin/boite/${id}`)).body), version);
  const [a, b] = await Promise.all([
    claire.post(`/admin/boite/${id}/attribuer`, { assignee: "me", version }),
    hugo.post(`/admin/boite/${id}/attribuer`, { assignee: "me", version }),
  ]);
  assert.deepEqual([a.statusCode, b.statusCode].sort(), [303, 409]);
  const loser = a.statusCode === 409 ? a : b;
  assert.match(loser.body, /Un collègue vient de modifier cette conversation/);
  const winner = a.statusCode === 303 ? ids.claire : ids.hugo;
  assert.equal(
    Number((await row("select assignee_id from inbox_conversations where id = $1", [id])).assignee_id),
    winner,
  );
  assert.match(
    loser.body,
    new RegExp(`<option value="${winner}" selected`),
    "the second sees the first one's result",
  );
});

test("a guarded public reply is refused with its reasons in words, the text kept, and continuing in private offered", async () => {
  const id = await conversation();
  await claire.get(`/admin/boite/${id}`);
  const body =
    "Bonjour Julie, j'ai vérifié votre dossier : votre compte est bien débité de 45,90 € le 3 mars.";
  const refused = await claire.post(`/admin/boite/${id}/repondre`, {
    body,
    visibility: "public",
    intent: "send",
  });
  assert.equal(refused.statusCode, 422);
  assert.match(refused.body, /Cette réponse ne peut pas être publiée telle quelle/);
  assert.match(refused.body, /secret bancaire/);
  assert.match(refused.body, /Continuer en privé/);
  assert.ok(refused.body.includes("45,90 € le 3 mars."), "the typed text is kept");
  assert.equal(delivered.filter((d) => d.conversationId === id).length, 0);

  const privately = await claire.post(`/admin/boite/${id}/repondre`, {
    body,
    visibility: "public",
    intent: "private",
  });
  assert.equal(privately.statusCode, 200);
  assert.match(privately.body, /value="private" checked/);
  assert.ok(privately.body.includes("45,90 € le 3 mars."));
  const sent = await claire.post(`/admin/boite/${id}/repondre`, {
    body,
    visibility: "private",
    intent: "send",
  });
  assert.equal(sent.statusCode, 303);
  const out = delivered.filter((d) => d.conversationId === id);
  assert.equal(out.length, 1);
  assert.equal(out[0]!.public, false);
  assert.equal(
    (await row("select status from inbox_conversations where id = $1", [id])).status,
    "waiting_on_client",
  );

  const privateSource = await conversation({ source: "test_conv_private" });
  const page = await claire.get(`/admin/boite/${privateSource}`);
  assert.match(page.body, /Cette source ne permet que les réponses privées/);
  assert.doesNotMatch(page.body, /value="public"/);
});

test("canned replies: managed by configurers with one shortcut per language, inserted with their variables filled", async () => {
  await manager.get("/admin/boite/reponses-types");
  const created = await manager.post("/admin/boite/reponses-types", {
    "new-shortcut": "Sans-Contact",
    "new-locale": "fr",
    "new-title": "Activer le sans contact",
    "new-body": "Bonjour {prenom},\nDans l'application : Cartes, puis Sans contact.\n{conseiller}",
  });
  assert.equal(created.statusCode, 303);
  const twice = await manager.post("/admin/boite/reponses-types", {
    "new-shortcut": "sans-contact",
    "new-locale": "fr",
    "new-title": "Doublon",
    "new-body": "Texte",
  });
  assert.equal(twice.statusCode, 422);
  assert.match(twice.body, /Ce raccourci existe déjà dans cette langue/);
  const english = await manager.post("/admin/boite/reponses-types", {
    "new-shortcut": "sans-contact",
    "new-locale": "en",
    "new-title": "Contactless",
    "new-body": "Hello {prenom}, in the app: Cards, then Contactless. {conseiller}",
  });
  assert.equal(english.statusCode, 303, "the same shortcut in the other language");
  assert.equal(
    (await claire.get("/admin/boite/reponses-types")).statusCode,
    403,
    "advisors use them, not manage them",
  );

  const canned = await row(
    "select id from inbox_canned_replies where shortcut = 'sans-contact' and locale = 'fr'",
  );
  const id = await conversation();
  await claire.get(`/admin/boite/${id}`);
  const inserted = await claire.post(`/admin/boite/${id}/repondre`, {
    body: "",
    visibility: "private",
    canned: String(canned.id),
    intent: "insert",
  });
  assert.equal(inserted.statusCode, 200);
  assert.match(
    inserted.body,
    /Bonjour Julie,\nDans l(&#39;|')application : Cartes, puis Sans contact.\nClaire Martin<\/textarea>/,
  );
  const text = "Bonjour Julie,\nDans l'application : Cartes, puis Sans contact.\nClaire Martin";
  const sent = await claire.post(`/admin/boite/${id}/repondre`, {
    body: text,
    visibility: "private",
    intent: "send",
    statusAfter: "resolved",
  });
  assert.equal(sent.statusCode, 303);
  assert.equal(delivered.at(-1)!.body, text);
  assert.equal((await row("select status from inbox_conversations where id = $1", [id])).status, "resolved");

  const changed = await manager.post(`/admin/boite/reponses-types/${canned.id}`, {
    [`r${canned.id}-shortcut`]: "sans-contact",
    [`r${canned.id}-locale`]: "fr",
    [`r${canned.id}-title`]: "Sans contact",
    [`r${canned.id}-body`]: "Bonjour {prenom}.",
  });
  assert.equal(changed.statusCode, 303);
  assert.equal((await manager.post(`/admin/boite/reponses-types/${canned.id}/supprimer`)).statusCode, 303);
  assert.equal((await row("select count(*)::int n from inbox_canned_replies")).n, 1);
});

test("a private note mentions a colleague, who is told without the client's words; the client never gets it", async () => {
  const id = await conversation({ body: "Mon numéro de carte finit par 4242, aidez-moi." });
  await claire.get(`/admin/boite/${id}`);
  const noted = await claire.post(`/admin/boite/${id}/note`, { body: "@Hugo peux-tu vérifier la carte ?" });
  assert.equal(noted.statusCode, 303);
  const note = await row("select * from inbox_messages where conversation_id = $1 and direction = 'note'", [
    id,
  ]);
  assert.deepEqual(note.mentions.map(Number), [ids.hugo]);
  const mail = await row(
    "select * from mail_outbox where category = 'inbox.mention' order by id desc limit 1",
  );
  assert.match(mail.subject, new RegExp(`conversation n° ${id}`));
  assert.doesNotMatch(`${mail.text}${mail.html}`, /4242|vérifier la carte/);
  const page = await hugo.get(`/admin/boite/${id}`);
  assert.match(page.body, /Note interne de Claire Martin/);
  assert.match(page.body, /Interne : jamais montrée au client/);
  assert.match(page.body, /Mentionne : Hugo Bernard/);
  const empty = await claire.post(`/admin/boite/${id}/note`, { body: "   " });
  assert.equal(empty.statusCode, 422);

  await claire.post(`/admin/boite/${id}/repondre`, {
    body: "Nous regardons.",
    visibility: "private",
    intent: "send",
  });
  const out = delivered.filter((d) => d.conversationId === id);
  assert.equal(out.length, 1);
  assert.doesNotMatch(out[0]!.body, /peux-tu/);
  assert.equal((await member.get(`/admin/boite/${id}`)).statusCode, 403);
});

test("a colleague writing a reply is shown to the others on the conversation", async () => {
  const id = await conversation();
  await claire.get(`/admin/boite/${id}`);
  assert.equal((await claire.post(`/admin/boite/${id}/ecrit`)).statusCode, 204);
  assert.match(
    (await hugo.get(`/admin/boite/${id}`)).body,
    /Claire Martin est en train d(&#39;|')écrire une réponse/,
  );
  assert.doesNotMatch((await claire.get(`/admin/boite/${id}`)).body, /est en train d/);
  await nina.get("/admin");
  assert.equal((await nina.post(`/admin/boite/${id}/ecrit`)).statusCode, 404);
});

test("confirming or correcting the labels is kept beside the prediction and counted", async () => {
  const before = await labelReviewCounts(t.ctx);
  const id = await conversation({
    body: "C'est inadmissible : ces frais prélevés sans explication, je veux un remboursement.",
  });
  const predicted = await row("select complaint, payment_service from inbox_conversations where id = $1", [
    id,
  ]);
  assert.equal(predicted.complaint, true);
  const page = await claire.get(`/admin/boite/${id}`);
  const reviewed = await claire.post(`/admin/boite/${id}/classement`, {
    complaint: "1",
    paymentService: predicted.payment_service ? "" : "1",
    version: versionIn(page.body),
  });
  assert.equal(reviewed.statusCode, 303);
  const after = await row(
    "select complaint, complaint_confirmed, payment_service from inbox_conversations where id = $1",
    [id],
  );
  assert.deepEqual(
    { ...after },
    { complaint: true, complaint_confirmed: true, payment_service: !predicted.payment_service },
  );
  const counts = await labelReviewCounts(t.ctx);
  assert.equal(counts.reviewed, before.reviewed + 1);
  assert.equal(counts.paymentServiceCorrected, before.paymentServiceCorrected + 1);
  assert.equal(counts.complaintCorrected, before.complaintCorrected);
  assert.match((await claire.get(`/admin/boite/${id}`)).body, /Confirmé par un conseiller le/);
});
