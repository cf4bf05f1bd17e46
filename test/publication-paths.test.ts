import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { receive } from "../src/features/inbox/index.ts";
import { Agent } from "./helpers/agent.ts";
import { startTestApp, type TestApp } from "./helpers/app.ts";
import { postArticleForm } from "./helpers/articles.ts";
import { barometerSurvey, barometerWave } from "./helpers/barometer.ts";
import { someCategories } from "./helpers/community.ts";
import { createPerson, signedIn } from "./helpers/people.ts";
import { invitation, shownVersion, today } from "./helpers/reviews.ts";

/**
 * Every route that writes is listed here: either it publishes text, and this test sends
 * personal data through it and checks the public page, the feeds and the database carry only
 * the masked text, or it is named as not publishing, with why. A new route that is neither
 * makes this test fail, so no future path can publish around the masking.
 */
const NOT_PUBLISHING: Record<string, string> = {
  "POST /langue": "a language choice",
  "POST /cookies": "a cookie choice",
  "POST /admin/contacts/listes": "a contact list, staff only",
  "POST /admin/sondages":
    "a survey's questions, the bank's own words, shown only to those who answer (noindex)",
  "POST /admin/sondages/:id/version":
    "a survey version's wording, the bank's own, shown only to those who answer",
  "POST /admin/sondages/:id/nouvelle-version": "copies a version, staff only",
  "POST /admin/sondages/:id/questions":
    "a question's wording, the bank's own, shown only to those who answer",
  "POST /admin/sondages/:id/questions/:question":
    "a question's wording, the bank's own, shown only to those who answer",
  "POST /admin/sondages/:id/questions/:question/ordre": "the order of questions",
  "POST /admin/sondages/:id/vagues": "a wave's dates and label, staff only (the public report masks labels)",
  "POST /admin/sondages/vagues/:id/diffusion": "sends invitations, private e-mails",
  "POST /admin/sondages/vagues/:id/diffusion/site": "shows a wave's invitation to signed-in members",
  "POST /sondages/:key": "begins an answer, never shown",
  "POST /sondages/reponse/:key": "answers, read by staff as figures only; free text never published",
  "POST /sondages/invitation/:token": "begins an invited answer, never shown",
  "POST /sondages/ne-plus-recevoir": "an objection to survey invitations",
  "POST /sondages/invitation-site/:id": "begins a member's answer, never shown",
  "POST /sondages/invitation-site/:id/non-merci": "declines an invitation",
  "POST /admin/contacts/import": "contacts for the newsletter, staff only",
  "POST /admin/avis/invitations": "invitations to review, sent by e-mail, staff only",
  "POST /api/v1/reviews/invitations": "invitations to review from the bank's systems, sent by e-mail",
  "POST /compte/directives": "private directives after death",
  "POST /compte/directives/revoquer": "revokes them",
  "POST /admin/deces": "the DPO records a reported death",
  "POST /admin/deces/:id/executer": "executes the directives (erasure or closing)",
  "POST /newsletter/rester": "a prospect keeps their subscription",
  "POST /mesure": "a page view counted, never shown",
  "POST /api/v1/mail-events": "a bounce or complaint from the mail relay",
  "POST /compte/demandes": "a request to the DPO, private",
  "POST /compte/opposition": "an objection to marketing",
  "POST /mes-droits": "a request to the DPO, private, sends a link",
  "POST /mes-droits/espace": "confirms a request or objects to marketing",
  "POST /admin/demandes/:id/identite": "the DPO's private message to the person",
  "POST /admin/demandes/:id/prolonger": "the DPO's private message to the person",
  "POST /admin/demandes/:id/repondre": "the DPO's private answer to the person",
  "POST /admin/demandes/:id/restreindre": "restricts the processing, private",
  "POST /admin/demandes/:id/lever": "lifts it, with a private message to the person",
  "POST /admin/registre/:key": "the register of processing, staff only",
  "POST /admin/violations/nouvelle": "the breach register, staff only",
  "POST /admin/violations/:id": "the breach register, staff only",
  "POST /inscription": "checked below: a display name holding personal data is refused",
  "POST /inscription/renvoyer": "resends a link",
  "POST /connexion": "credentials, never shown",
  "POST /connexion/second-facteur": "a one-time code",
  "POST /deconnexion": "ends a session",
  "POST /mot-de-passe-oublie": "sends a link",
  "POST /mot-de-passe-oublie/nouveau": "a password",
  "POST /compte/nom": "checked below: a display name holding personal data is refused",
  "POST /compte/email": "private to the member",
  "POST /compte/mot-de-passe": "a password",
  "POST /compte/notifications": "e-mail preferences",
  "POST /compte/securite/second-facteur": "a one-time code",
  "POST /compte/sessions/:id/fermer": "ends a session",
  "POST /compte/sessions/fermer-tout": "ends sessions",
  "POST /compte/supprimer": "erases an account",
  "POST /compte/decisions/:id/recours": "an appeal, read by moderators only",
  "POST /compte/messages/nouveau": "a private message to the bank, read by the member and its advisors only",
  "POST /compte/messages/:id/repondre": "a reply in a private conversation with the bank",
  "POST /contact": "a message to the bank, kept unseen until its address is confirmed",
  "POST /contact/confirmer/:token": "confirms an address: the message goes to the bank's inbox only",
  "POST /contact/confirmer/:token/renvoyer": "sends a new confirmation link",
  "POST /messages/:id/signaler": "a report, read by moderators only",
  "POST /messages/:id/signet": "a private bookmark",
  "POST /messages/:id/utile": "a mark, no text",
  "POST /messages/:id/supprimer": "withdraws a post",
  "POST /t/:id/accepter": "marks an answer, no text",
  "POST /t/:id/suivi": "a subscription choice",
  "POST /notifications/lues": "marks notifications read",
  "POST /notifications/desabonnement": "one-click unsubscribe",
  "POST /moderation/retenus/:id/refuser": "reasons sent privately to the author",
  "POST /moderation/recours/:id": "reasons sent privately to the author",
  "POST /moderation/membres/:id/restreindre": "reasons sent privately to the author",
  "POST /moderation/mots": "a staff setting",
  "POST /moderation/mots/:id/supprimer": "a staff setting",
  "POST /admin/comptes/:id/role": "a staff setting",
  "POST /admin/comptes/:id/equipe": "a team name set by an administrator, shown on staff badges",
  "POST /admin/comptes/:id/desactiver": "a staff setting",
  "POST /admin/comptes/:id/reactiver": "a staff setting",
  "POST /api/v1/text/check": "only answers the caller with the masked text",
  "POST /api/v1/text/classify": "only answers the caller with the labels, stores nothing",
  "POST /newsletter": "a subscription request, private",
  "POST /compte/consentements": "a member's consent choices, private",
  "POST /newsletter/confirmer": "confirms a subscription",
  "POST /newsletter/desinscription": "one-click unsubscribe",
  "POST /newsletter/desinscription/reinscription": "sends a confirmation link, private",
  "POST /admin/lettres/nouvelle":
    "a newsletter draft, e-mailed to subscribers only once approved, never shown on the site",
  "POST /admin/lettres/:id/modifier": "a newsletter draft",
  "POST /admin/lettres/:id/test": "a test sent to the writer",
  "POST /admin/lettres/:id/soumettre": "a workflow step",
  "POST /admin/lettres/:id/renvoyer": "a workflow step",
  "POST /admin/lettres/:id/approuver": "sends to subscribers; archived word for word",
  "POST /admin/boite/reglages/equipes": "an inbox team's names, shown to staff only",
  "POST /admin/boite/reglages/equipes/:id": "an inbox team's names, shown to staff only",
  "POST /admin/boite/reglages/equipes/:id/membres": "a staff setting",
  "POST /admin/boite/reglages/equipes/:id/membres/:member": "a staff setting",
  "POST /admin/boite/reglages/equipes/:id/membres/:member/retirer": "a staff setting",
  "POST /admin/boite/reglages/equipes/:id/niveaux": "a staff setting",
  "POST /admin/boite/reglages/approbation": "a staff setting",
  "POST /admin/boite/reglages/horaires": "a staff setting",
  "POST /admin/boite/disponibilite": "an advisor's own availability",
  "POST /satisfaction/:token": "a survey answer kept for the barometer, never shown on the site",
  "POST /admin/barometre/reglages": "the barometer's weighting targets, staff only",
  "POST /admin/barometre/rapport-public/retirer": "withdraws the public trust report, archived",
  "POST /admin/boite/:id/repondre":
    "a staff answer: a public one passes publicReplyGuard first, which refuses personal data (test/inbox-conversation.test.ts); its source publishes it",
  "POST /admin/boite/:id/note": "an internal note, never shown outside the staff",
  "POST /admin/boite/:id/attribuer": "an assignment",
  "POST /admin/boite/:id/equipe": "a team change",
  "POST /admin/boite/:id/statut": "a status change",
  "POST /admin/boite/:id/reporter": "a snooze",
  "POST /admin/boite/:id/priorite": "a priority change",
  "POST /admin/boite/:id/etiquettes": "a tag, staff only",
  "POST /admin/boite/:id/etiquettes/retirer": "a tag removed",
  "POST /admin/boite/:id/classement": "an advisor's review of the classifier's labels",
  "POST /admin/boite/:id/ecrit": "who is writing a reply, staff only",
  "POST /admin/boite/reponses-types": "a canned reply, staff only until an advisor sends it",
  "POST /admin/boite/reponses-types/:id": "a canned reply changed",
  "POST /admin/boite/reponses-types/:id/supprimer": "a canned reply deleted",
  "POST /admin/reclamations/:id/accuse": "a dated acknowledgement e-mailed privately to the client",
  "POST /admin/reclamations/:id/reponse-d-attente": "a holding reply sent privately through answer()",
  "POST /admin/reclamations/:id/reponse-finale": "the final answer sent privately through answer()",
  "POST /admin/boite/approbations/:id/refuser": "a refusal's reason, a note staff read on the conversation",
  "POST /admin/boite/:id/en-prive":
    "publishes only the catalogue's fixed sentence; the advisor's text goes in a private message",
  "POST /moderation/avis/:id/refuser": "reasons sent privately to the review's author",
  "POST /compte/avis/:id/retirer": "withdraws a review",
  "POST /avis/gerer/:id/retirer": "withdraws a review",
  "POST /moderation/avis/reglages": "the reviews' settings, numbers only",
};

const PUBLISHING = [
  "POST /nouveau-sujet",
  "POST /t/:id/repondre",
  "POST /messages/:id/modifier",
  "POST /actualites/:id/commenter",
  "POST /actualites/nouvel-article",
  "POST /actualites/:id/modifier",
  "POST /moderation/messages/:id",
  "POST /moderation/retenus/:id/approuver",
  "POST /admin/boite/:id/derogation",
  "POST /admin/boite/approbations/:id/approuver",
  "POST /avis/ecrire",
  "POST /avis/invitation/:token",
  "POST /moderation/avis/:id/publier",
  "POST /compte/avis/:id",
  "POST /avis/gerer/:id",
  "POST /admin/barometre/rapport-public/publier",
];

const SECRETS = [
  "FR76 3000 6000 0112 3456 7890 189",
  "4111 1111 1111 1111",
  "06 12 34 56 78",
  "claire.martin@exemple.fr",
];
const LEAKY = `IBAN ${SECRETS[0]}, carte ${SECRETS[1]}, tél. ${SECRETS[2]}, ${SECRETS[3]}. Montant 250 € le 12/03.`;

let t: TestApp;
before(async () => {
  t = await startTestApp({ env: { HELD_FIRST_POSTS: "1" } });
  await someCategories(t.ctx);
});
after(() => t.close());

test("every writing route is classified as publishing or not", () => {
  const writing = t.app.routeTable
    .filter((route) => !["GET", "HEAD", "OPTIONS"].includes(route.method))
    .map((route) => `${route.method} ${route.url}`);
  const unclassified = writing.filter((route) => !PUBLISHING.includes(route) && !(route in NOT_PUBLISHING));
  assert.deepEqual(
    unclassified,
    [],
    "add each new writing route to PUBLISHING (and exercise it) or NOT_PUBLISHING",
  );
  for (const route of [...PUBLISHING, ...Object.keys(NOT_PUBLISHING)])
    assert.ok(writing.includes(route), `${route} is listed but no longer exists`);
});

test("personal data sent through every publishing route is published masked, everywhere", async () => {
  const exercised = new Set<string>();
  const moderator = await signedIn(t.app, await createPerson(t.ctx, "community_manager"));
  const member = await createPerson(t.ctx, "member");
  const agent = await signedIn(t.app, member);
  const topicIdOf = async (title: string) =>
    Number(
      (await t.ctx.database.pool.query("select id from community_topics where title = $1", [title])).rows[0]
        .id,
    );

  // A new member's first topic is held: approving it publishes what was stored, masked.
  await agent.get("/nouveau-sujet");
  const form = { category: "comptes-et-cartes", kind: "question", body: LEAKY, confirmMasking: "1" };
  await agent.post("/nouveau-sujet", { ...form, title: `Joignable au ${SECRETS[2]} en journée` });
  exercised.add("POST /nouveau-sujet");
  const held = (
    await t.ctx.database.pool.query("select id from moderation_held_posts where author_id = $1", [member.id])
  ).rows[0].id;
  await moderator.get("/moderation");
  assert.equal((await moderator.post(`/moderation/retenus/${held}/approuver`)).statusCode, 303);
  exercised.add("POST /moderation/retenus/:id/approuver");
  const topicId = await topicIdOf("Joignable au [téléphone masqué] en journée");
  const topicPath = `/t/joignable-au-telephone-masque-en-journee/${topicId}`;

  await agent.get(topicPath);
  assert.equal(
    (await agent.post(`/t/${topicId}/repondre`, { body: LEAKY, confirmMasking: "1" })).statusCode,
    303,
  );
  exercised.add("POST /t/:id/repondre");
  const replyId = Number(
    (
      await t.ctx.database.pool.query("select id from community_posts where topic_id = $1 and position = 2", [
        topicId,
      ])
    ).rows[0].id,
  );
  await agent.get(`/messages/${replyId}/modifier`);
  assert.equal(
    (
      await agent.post(`/messages/${replyId}/modifier`, {
        body: `Correction : ${LEAKY}`,
        confirmMasking: "1",
      })
    ).statusCode,
    303,
  );
  exercised.add("POST /messages/:id/modifier");

  const reporter = await signedIn(t.app, await createPerson(t.ctx, "member"));
  await reporter.get(`/messages/${replyId}/signaler`);
  await reporter.post(`/messages/${replyId}/signaler`, {
    reason: "personal_data",
    explanation: "Coordonnées publiées.",
  });
  await moderator.get(`/moderation/messages/${replyId}`);
  const edited = await moderator.post(`/moderation/messages/${replyId}`, {
    action: "edit",
    ground: "personal_data",
    explanation: "Coordonnées retirées du message.",
    body: `Version modérée : ${LEAKY}`,
    note: "coordonnées retirées par la modération",
  });
  assert.equal(edited.statusCode, 303);
  exercised.add("POST /moderation/messages/:id");

  // The inbox's public answer: a compliance officer lets a guarded text through with a reason,
  // another approves it, and it is published in the topic as a staff post.
  const { conversationId } = await receive(t.ctx, {
    source: "community",
    threadKey: `topic:${topicId}`,
    subject: "Joignable",
    body: "Une question en public.",
    from: { accountId: member.id, name: "Membre" },
    receivedAt: t.ctx.clock.now(),
  });
  await t.ctx.database.pool.query("update inbox_conversations set complaint = true where id = $1", [
    conversationId,
  ]);
  const overrider = await signedIn(t.app, await createPerson(t.ctx, "compliance_officer"));
  await overrider.get(`/admin/boite/${conversationId}/derogation`);
  const overridden = await overrider.post(`/admin/boite/${conversationId}/derogation`, {
    body: `Réponse publique : ${LEAKY}`,
    reason: "Le membre a lui-même publié ces coordonnées.",
  });
  assert.equal(overridden.statusCode, 303, overridden.body.slice(0, 300));
  exercised.add("POST /admin/boite/:id/derogation");
  const pendingId = (
    await t.ctx.database.pool.query(
      "select id from inbox_messages where conversation_id = $1 and delivery = 'pending_approval'",
      [conversationId],
    )
  ).rows[0].id;
  const approver = await signedIn(t.app, await createPerson(t.ctx, "compliance_officer"));
  await approver.get("/admin/boite/approbations");
  const approved = await approver.post(`/admin/boite/approbations/${pendingId}/approuver`, {
    body: `Réponse publique : ${LEAKY}`,
  });
  assert.equal(approved.statusCode, 303, approved.body.slice(0, 300));
  exercised.add("POST /admin/boite/approbations/:id/approuver");

  const managerPerson = await createPerson(t.ctx, "community_manager");
  const manager = await signedIn(t.app, managerPerson);
  const article = {
    title: `Nous joindre au ${SECRETS[2]}`,
    excerpt: `Écrivez-nous à ${SECRETS[3]} pour toute question sur vos frais.`,
    body: LEAKY,
    coverAlt: "",
  };
  const published = await postArticleForm(t, manager, "/actualites/nouvel-article", article);
  assert.equal(published.statusCode, 303, published.body.slice(0, 300));
  exercised.add("POST /actualites/nouvel-article");
  const articlePath = published.headers.location as string;
  const articleId = articlePath.split("/").at(-1)!;
  const changed = await postArticleForm(t, manager, `/actualites/${articleId}/modifier`, {
    ...article,
    body: `Mise à jour. ${LEAKY}`,
  });
  assert.equal(changed.statusCode, 303, changed.body.slice(0, 300));
  exercised.add("POST /actualites/:id/modifier");
  await agent.get(articlePath);
  assert.equal(
    (await agent.post(`/actualites/${articleId}/commenter`, { body: LEAKY, confirmMasking: "1" })).statusCode,
    303,
  );
  exercised.add("POST /actualites/:id/commenter");

  // Reviews: a member's and an invited client's, published by a moderator, then updated by each.
  const leakyReview = {
    rating: "2",
    title: `Rappelez-moi au ${SECRETS[2]}`,
    body: LEAKY,
    product: "carte",
    experienceDate: today(t.ctx),
    confirmMasking: "1",
  };
  await agent.get("/avis/ecrire");
  assert.equal((await agent.post("/avis/ecrire", leakyReview)).statusCode, 200);
  exercised.add("POST /avis/ecrire");
  const invited = new Agent(t.app);
  const token = await invitation(t.ctx);
  await invited.get(`/avis/invitation/${token}`);
  const thanks = await invited.post(`/avis/invitation/${token}`, leakyReview);
  assert.equal(thanks.statusCode, 200);
  exercised.add("POST /avis/invitation/:token");
  const keyPath = /href="(\/avis\/gerer\/[^"]+)"/.exec(thanks.body)![1]!;
  const reviewIds = (await t.ctx.database.pool.query("select id from reviews order by id")).rows.map((row) =>
    Number(row.id),
  );
  for (const id of reviewIds) {
    const page = await moderator.get(`/moderation/avis/${id}`);
    assert.equal(
      (await moderator.post(`/moderation/avis/${id}/publier`, shownVersion(page.body))).statusCode,
      303,
    );
  }
  exercised.add("POST /moderation/avis/:id/publier");
  const update = { ...leakyReview, title: `Mis à jour : ${SECRETS[3]}`, body: `Mise à jour. ${LEAKY}` };
  await agent.get(`/compte/avis/${reviewIds[0]}`);
  assert.equal((await agent.post(`/compte/avis/${reviewIds[0]}`, update)).statusCode, 303);
  exercised.add("POST /compte/avis/:id");
  await invited.get(keyPath);
  assert.equal((await invited.post(keyPath, update)).statusCode, 303);
  exercised.add("POST /avis/gerer/:id");
  // The public trust report names its waves as staff typed them.
  const survey = await barometerSurvey(t.ctx, managerPerson.id);
  for (const [month, label] of [
    ["2025-01", "Vague de janvier"],
    ["2025-02", `Vague rappel au ${SECRETS[2]}`],
  ] as const)
    await barometerWave(t.ctx, survey, {
      label,
      opensOn: `${month}-01`,
      closesOn: `${month}-28`,
      k: 200,
      n: 400,
      createdBy: managerPerson.id,
    });
  await manager.get("/admin/barometre/rapport-public");
  assert.equal((await manager.post("/admin/barometre/rapport-public/publier")).statusCode, 303);
  exercised.add("POST /admin/barometre/rapport-public/publier");

  assert.deepEqual([...exercised].sort(), [...PUBLISHING].sort(), "every publishing route was exercised");

  const visitor = new Agent(t.app);
  const pages = [
    topicPath,
    `/messages/${replyId}/historique`,
    articlePath,
    "/",
    "/actualites",
    "/flux.rss",
    "/flux.atom",
    "/actualites/flux.rss",
    "/actualites/flux.atom",
    "/barometre-de-confiance",
    "/barometre-de-confiance/versions/1",
    `/recherche?q=${encodeURIComponent("joignable")}`,
    "/avis",
    ...reviewIds.map((id) => `/avis/${id}`),
  ];
  for (const path of pages) {
    const response = await visitor.get(path);
    assert.equal(response.statusCode, 200, path);
    const body = response.body;
    for (const secret of SECRETS)
      assert.ok(
        !body.includes(secret),
        `${secret} on ${path}: ${body.slice(Math.max(0, body.indexOf(secret) - 300), body.indexOf(secret) + 50)}`,
      );
  }
  assert.match((await visitor.get(topicPath)).body, /\[IBAN masqué\][\s\S]*250 € le 12\/03/);
  const tables = await t.ctx.database.pool.query(`
    select body_markdown as text from community_posts
    union all select body_markdown from community_post_revisions
    union all select title from community_topics
    union all select body from moderation_held_posts
    union all select title || ' ' || excerpt || ' ' || body_markdown from newsroom_articles
    union all select title || ' ' || body from reviews
    union all select title || ' ' || body from reviews_versions
    union all select content::text from barometer_reports
    union all select body from archive_staff_publications`);
  for (const { text } of tables.rows)
    for (const secret of SECRETS) assert.ok(!String(text).includes(secret), `${secret} stored: ${text}`);
});

test("a display name holding personal data is refused at sign-up and on change", async () => {
  const visitor = new Agent(t.app);
  await visitor.get("/inscription");
  const signUp = await visitor.post("/inscription", {
    email: "nouvelle@exemple.fr",
    displayName: "Léa 06 12 34 56 78",
    password: "un mot de passe très solide",
    locale: "fr",
  });
  assert.equal(signUp.statusCode, 422);
  assert.match(signUp.body, /n&#39;y mettez ni numéro de téléphone|n'y mettez ni numéro de téléphone/);
  const member = await signedIn(t.app, await createPerson(t.ctx, "member"));
  await member.get("/compte");
  const renamed = await member.post("/compte/nom", { displayName: "Léa lea@exemple.fr" });
  assert.equal(renamed.statusCode, 422);
});
