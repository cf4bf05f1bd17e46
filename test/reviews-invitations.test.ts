import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { isoDay, parisDay } from "../src/calendar/index.ts";
import { answer, receive, registerSource } from "../src/features/inbox/index.ts";
import { secretHash } from "../src/features/reviews/index.ts";
import { recentBatches } from "../src/features/reviews/invitation-batches.ts";
import type { Actor } from "../src/platform/auth/actor.ts";
import { Agent, lastMailTo, pathOf } from "./helpers/agent.ts";
import { startTestApp, type TestApp } from "./helpers/app.ts";
import { uploadCsv } from "./helpers/contacts.ts";
import { staffActor, teamWith } from "./helpers/inbox.ts";
import { createPerson, signedIn } from "./helpers/people.ts";
import { invitation, reviewForm } from "./helpers/reviews.ts";

/**
 * Invitations to review, from the three places a real interaction is known: a CSV of clients
 * uploaded by the community team (each bad line reported), the bank's systems through the API
 * with their key, and an inbox conversation resolved. The whole batch is invited: a satisfaction
 * filter refuses the batch, and the register says so. Each e-mail leaves through the outbox,
 * once, with a single-use link whose token only the e-mail holds.
 */
registerSource({ name: "test_invite", publicReplies: false, deliver: async () => ({}) });

const API_KEY = "k".repeat(40);
let t: TestApp;
let manager: Agent;
let advisor: Actor;

before(async () => {
  t = await startTestApp({ env: { REVIEWS_API_KEY: API_KEY, BANK_EMAIL_DOMAINS: "banque-test.fr" } });
  manager = await signedIn(t.app, await createPerson(t.ctx, "community_manager"));
  advisor = await staffActor(t.ctx, "advisor", "Claire Martin");
  await teamWith(t.ctx, "particuliers", [{ id: advisor.id }]);
});
after(() => t.close());

const rows = async (query: string, params: unknown[] = []) =>
  (await t.ctx.database.pool.query(query, params)).rows;
// The bank's days are Paris days (after 23:00 UTC in winter it is already tomorrow there).
const today = () => isoDay(parisDay(t.ctx.clock.now()));
const daysAgo = (days: number) => isoDay(parisDay(new Date(t.ctx.clock.now().getTime() - days * 86_400_000)));
const upload = (agent: Agent, csv: string, label = "Rendez-vous de novembre") =>
  uploadCsv(t.app, agent, { page: "/admin/avis/invitations", action: "/admin/avis/invitations", csv, label });

test("a CSV batch invites every good line by e-mail with a single-use link; each bad line is reported with its reason", async () => {
  const csv = [
    "email;prenom;nom;date_experience;reference;produit",
    `julie.moreau@exemple.fr;Julie;Moreau;${daysAgo(3)};RDV-1182;compte`,
    `pas-une-adresse;Paul;Durand;${daysAgo(3)};RDV-1183;compte`,
    `futur@exemple.fr;Léa;Roux;2999-01-01;RDV-1184;compte`,
    `ancien@exemple.fr;Marc;Petit;${daysAgo(400)};RDV-1185;compte`,
    `inconnu@exemple.fr;Anne;Leroy;${daysAgo(3)};RDV-1186;cryptomonnaie`,
    `marc.durand@exemple.fr;Marc;Durand;${today()};RDV-1187;`,
  ].join("\n");
  const report = await upload(manager, csv);
  assert.equal(report.statusCode, 200);
  assert.match(report.body, /2 clients invités · 4 lignes refusées/);
  for (const [line, reason] of [
    [3, "adresse e-mail invalide"],
    [4, "date de l&#x27;expérience dans le futur|date de l'expérience dans le futur"],
    [5, "expérience de plus de 12 mois"],
    [6, "produit inconnu"],
  ] as const)
    assert.match(report.body, new RegExp(`<th scope="row">${line}</th>\\s*<td>(${reason})`), `line ${line}`);

  const mail = await lastMailTo(t.ctx.db, "julie.moreau@exemple.fr");
  assert.match(mail.subject, /Votre avis sur/);
  assert.match(mail.text, /Bonjour Julie,/);
  assert.match(mail.text, /Nous ne donnons rien en échange d'un avis/);
  const path = pathOf(mail.link);
  assert.match(path, /^\/avis\/invitation\/[A-Za-z0-9_-]{43}$/);
  const [invitation] = await rows(
    "select i.token_hash, i.first_name, i.last_name, i.external_reference, i.product, i.sent_at is not null as sent, b.origin, b.label, b.invited from reviews_invitations i join reviews_invitation_batches b on b.id = i.batch_id where i.email = 'julie.moreau@exemple.fr'",
  );
  assert.deepEqual(
    { ...invitation, token_hash: undefined },
    {
      token_hash: undefined,
      first_name: "Julie",
      last_name: "Moreau",
      external_reference: "RDV-1182",
      product: "compte",
      sent: true,
      origin: "csv",
      label: "Rendez-vous de novembre",
      invited: 2,
    },
  );
  assert.notDeepEqual(
    invitation.token_hash,
    Buffer.from(path.split("/").at(-1)!),
    "only the token's hash is kept",
  );
  const outbox = await rows(
    "select count(*)::int n from mail_outbox where recipient = 'julie.moreau@exemple.fr' and category = 'reviews.invitation'",
  );
  assert.equal(outbox[0].n, 1, "one e-mail, queued once");

  // The link leads to the review form (REVIEWS-CORE's page): it is the invitation's.
  const visitor = new Agent(t.app);
  assert.equal((await visitor.get(path)).statusCode, 200);
});

test("a batch carrying a satisfaction column is refused whole, nothing is sent, and the register names the filter", async () => {
  const before = (await rows("select count(*)::int n from reviews_invitations"))[0].n;
  const refused = await upload(
    manager,
    `email;prenom;date_experience;note_satisfaction\ncontent@exemple.fr;Jean;${daysAgo(2)};5\n`,
    "Clients contents",
  );
  assert.equal(refused.statusCode, 422);
  assert.match(refused.body, /Lot refusé : il contient « note_satisfaction »/);
  assert.match(refused.body, /value="Clients contents"/, "the batch's name typed is kept");
  assert.equal((await rows("select count(*)::int n from reviews_invitations"))[0].n, before);
  assert.equal(
    (await rows("select count(*)::int n from mail_outbox where recipient = 'content@exemple.fr'"))[0].n,
    0,
  );
  const [batch] = await rows(
    "select origin, invited, refused_filter from reviews_invitation_batches where label = 'Clients contents'",
  );
  assert.deepEqual({ ...batch }, { origin: "csv", invited: 0, refused_filter: "note_satisfaction" });
  const register = await manager.get("/admin/avis/invitations");
  assert.match(register.body, /« note_satisfaction » refusé : lot non envoyé/);
  assert.match(register.body, /aucun : tout le lot invité/);

  // Compliance reads the register but cannot invite; a member reaches neither.
  const compliance = await signedIn(t.app, await createPerson(t.ctx, "compliance_officer"));
  const read = await compliance.get("/admin/avis/invitations");
  assert.equal(read.statusCode, 200);
  assert.doesNotMatch(read.body, /Inviter tout le lot/);
  assert.equal(
    (await upload(compliance, `email;date_experience\nx@exemple.fr;${daysAgo(1)}\n`, "x")).statusCode,
    403,
  );
  const member = await signedIn(t.app, await createPerson(t.ctx, "member"));
  assert.equal((await member.get("/admin/avis/invitations")).statusCode, 403);
});

const api = (body: unknown, key: string | null = API_KEY) =>
  t.app.inject({
    method: "POST",
    url: "/api/v1/reviews/invitations",
    headers: { "content-type": "application/json", ...(key ? { authorization: `Bearer ${key}` } : {}) },
    payload: JSON.stringify(body),
  });

test("the API invites the bank's list with its key and its references; a satisfaction filter anywhere refuses the batch", async () => {
  const list = [
    {
      email: "api.client@exemple.fr",
      firstName: "Sofia",
      lastName: "Benali",
      externalReference: "SOUSCRIPTION-77",
      experienceDate: daysAgo(1),
      product: "epargne",
    },
    { email: "api.bad@exemple", experienceDate: daysAgo(1) },
    { email: "api.futur@exemple.fr", experienceDate: "2999-12-31" },
  ];
  assert.equal((await api({ invitations: list }, null)).statusCode, 401);
  assert.equal((await api({ invitations: list }, "x".repeat(40))).statusCode, 401);

  const filtered = await api({ label: "Souscriptions", minRating: 4, invitations: list });
  assert.equal(filtered.statusCode, 422);
  assert.equal(filtered.headers["content-type"], "application/problem+json; charset=utf-8");
  assert.match(filtered.json().detail, /« minRating »/);
  const perItem = await api({ label: "Souscriptions NPS", invitations: [{ ...list[0], npsScore: 9 }] });
  assert.equal(perItem.statusCode, 422);
  const refusals = await rows(
    "select origin, refused_filter from reviews_invitation_batches where label like 'Souscriptions%' order by id",
  );
  assert.deepEqual(
    refusals.map((r) => [r.origin, r.refused_filter]),
    [
      ["api", "minRating"],
      ["api", "npsScore"],
    ],
  );
  assert.equal(
    (await rows("select count(*)::int n from reviews_invitations where email = 'api.client@exemple.fr'"))[0]
      .n,
    0,
  );

  const sent = await api({ label: "Souscriptions de la semaine", invitations: list });
  assert.equal(sent.statusCode, 201);
  const body = sent.json();
  assert.equal(body.invited, 1);
  assert.deepEqual(
    body.refused.map((r: { item: number; code: string }) => [r.item, r.code]),
    [
      [2, "reviews.invitations.row.email"],
      [3, "reviews.invitations.row.dateFuture"],
    ],
  );
  const [invitation] = await rows(
    "select external_reference, product, batch_id from reviews_invitations where email = 'api.client@exemple.fr'",
  );
  assert.equal(invitation.external_reference, "SOUSCRIPTION-77");
  assert.equal(Number(invitation.batch_id), body.batchId);
  assert.match((await lastMailTo(t.ctx.db, "api.client@exemple.fr")).text, /Bonjour Sofia,/);
});

test("without REVIEWS_API_KEY the route is off", async () => {
  const off = await startTestApp({ sameDatabaseAs: t });
  try {
    const response = await off.app.inject({
      method: "POST",
      url: "/api/v1/reviews/invitations",
      headers: { "content-type": "application/json", authorization: `Bearer ${API_KEY}` },
      payload: JSON.stringify({ invitations: [{ email: "a@exemple.fr", experienceDate: daysAgo(1) }] }),
    });
    assert.equal(response.statusCode, 404);
  } finally {
    await off.close();
  }
});

test("a resolved conversation invites its person once, whatever they thought; a review's own conversation invites nobody", async () => {
  const { conversationId } = await receive(t.ctx, {
    source: "test_invite",
    threadKey: "invite-1",
    subject: "Plafond de carte",
    body: "Bonjour, comment relever le plafond de ma carte ?",
    from: { email: "nadia.client@exemple.fr", name: "Nadia Haddad" },
    receivedAt: t.ctx.clock.now(),
    teamSlug: "particuliers",
  });
  await answer(t.ctx, advisor, conversationId, {
    body: "Bonjour, depuis l'application : Cartes, puis Plafonds.",
    public: false,
    statusAfter: "resolved",
  });
  const invitations = await rows(
    "select i.first_name, i.last_name, i.external_reference, i.experience_date::text, b.origin from reviews_invitations i join reviews_invitation_batches b on b.id = i.batch_id where i.conversation_id = $1",
    [conversationId],
  );
  assert.deepEqual(
    invitations.map((r) => ({ ...r })),
    [
      {
        first_name: "Nadia",
        last_name: "Haddad",
        external_reference: `inbox:${conversationId}`,
        experience_date: today(),
        origin: "inbox",
      },
    ],
  );
  const mail = await lastMailTo(t.ctx.db, "nadia.client@exemple.fr");
  assert.ok(mail.text.includes("Bonjour Nadia,") || /Votre avis/.test(mail.subject));
  const invitationMails = await rows(
    "select count(*)::int n from mail_outbox where recipient = 'nadia.client@exemple.fr' and category = 'reviews.invitation'",
  );
  assert.equal(invitationMails[0].n, 1);

  // Reopened and resolved again: still one invitation for the conversation.
  await receive(t.ctx, {
    source: "test_invite",
    threadKey: "invite-1",
    subject: "Plafond de carte",
    body: "Merci, et pour les retraits ?",
    from: { email: "nadia.client@exemple.fr", name: "Nadia Haddad" },
    receivedAt: t.ctx.clock.now(),
  });
  await answer(t.ctx, advisor, conversationId, {
    body: "Même écran.",
    public: false,
    statusAfter: "resolved",
  });
  assert.equal(
    (
      await rows("select count(*)::int n from reviews_invitations where conversation_id = $1", [
        conversationId,
      ])
    )[0].n,
    1,
  );
});

test("the bank's own people are never invited: a staff account's address and the bank's domains are reported, not written to", async () => {
  const staff = await createPerson(t.ctx, "advisor", "conseillere.maison@exemple.fr");
  const csv = [
    "email;prenom;nom;date_experience",
    `${staff.email};Claire;Martin;${daysAgo(2)}`,
    `karim@banque-test.fr;Karim;B;${daysAgo(2)}`,
    `karim@agence.banque-test.fr;Karim;B;${daysAgo(2)}`,
    `vraie.cliente@exemple.fr;Inès;Girard;${daysAgo(2)}`,
  ].join("\n");
  const report = await upload(manager, csv, "Lot avec le personnel");
  assert.equal(report.statusCode, 200);
  assert.match(report.body, /1 client invité · 3 lignes refusées/);
  for (const line of [2, 3, 4])
    assert.match(
      report.body,
      new RegExp(`<th scope="row">${line}</th>\\s*<td>adresse de la banque`),
      `line ${line}`,
    );
  assert.equal(
    (
      await rows("select count(*)::int n from reviews_invitations where email = any($1)", [
        [staff.email, "karim@banque-test.fr", "karim@agence.banque-test.fr"],
      ])
    )[0].n,
    0,
  );
  assert.equal(
    (
      await rows("select count(*)::int n from reviews_invitations where email = 'vraie.cliente@exemple.fr'")
    )[0].n,
    1,
  );
});

test("whoever sent a batch never publishes nor refuses a review that came from it: told why, audited; a colleague decides", async () => {
  const sender = await createPerson(t.ctx, "community_manager");
  const senderAgent = await signedIn(t.app, sender);
  const report = await upload(
    senderAgent,
    `email;prenom;nom;date_experience\nami.du.cm@exemple.fr;Paul;Ami;${daysAgo(1)}\n`,
  );
  assert.equal(report.statusCode, 200);
  const path = pathOf((await lastMailTo(t.ctx.db, "ami.du.cm@exemple.fr")).link);
  const visitor = new Agent(t.app);
  await visitor.get(path);
  const written = await visitor.post(
    path,
    reviewForm(t.ctx, { rating: "5", title: "Une banque formidable" }),
  );
  assert.equal(written.statusCode, 200, written.body.slice(0, 300));
  const [review] = await rows("select id, version from reviews order by id desc limit 1");
  const page = await senderAgent.get(`/moderation/avis/${review.id}`);
  assert.match(
    page.body,
    /Vous avez envoyé l&#x27;invitation dont vient cet avis|Vous avez envoyé l'invitation dont vient cet avis/,
  );
  assert.doesNotMatch(page.body, /\/publier"/, "no form to publish");
  const seen = { version: String(review.version) };
  const publish = await senderAgent.post(`/moderation/avis/${review.id}/publier`, seen);
  assert.equal(publish.statusCode, 403);
  assert.match(publish.body, /un autre membre de l&#x27;équipe|un autre membre de l'équipe/);
  const refuse = await senderAgent.post(`/moderation/avis/${review.id}/refuser`, {
    ...seen,
    reason: "off_topic",
    explanation: "Je refuse cet avis pour voir.",
  });
  assert.equal(refuse.statusCode, 403);
  assert.equal((await rows("select status from reviews where id = $1", [review.id]))[0].status, "submitted");
  const audits = await rows(
    "select actor_id from audit_log where action = 'reviews.own_batch_decision_refused' and subject_id = $1",
    [review.id],
  );
  assert.deepEqual(
    audits.map((a) => Number(a.actor_id)),
    [sender.id, sender.id],
  );
  assert.equal((await manager.post(`/moderation/avis/${review.id}/publier`, seen)).statusCode, 303);
  assert.equal((await rows("select status from reviews where id = $1", [review.id]))[0].status, "published");
});

test("the register counts each batch's used invitations, its own only", async () => {
  const used = await invitation(t.ctx);
  await invitation(t.ctx);
  await t.ctx.database.pool.query("update reviews_invitations set used_at = now() where token_hash = $1", [
    secretHash(used),
  ]);
  const [newest, before] = await recentBatches(t.ctx, 2);
  assert.deepEqual([newest?.used, before?.used], [0, 1]);
});
