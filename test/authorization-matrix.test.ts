import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { eq } from "drizzle-orm";
import type { LightMyRequestResponse } from "fastify";
import { accounts } from "../src/features/accounts/schema.ts";
import type { Access } from "../src/platform/auth/access.ts";
import { ROLES, type Role } from "../src/platform/auth/roles.ts";
import { Agent } from "./helpers/agent.ts";
import { startTestApp, type TestApp } from "./helpers/app.ts";
import { someCategories } from "./helpers/community.ts";
import { createPerson, PASSWORD, signedIn } from "./helpers/people.ts";

type Who = Role | "anonymous";
/** Moderation pages: moderators get `found`, other signed-in people 403, visitors the sign-in page. */
const moderatorsOr = (who: Who, found: number) =>
  who === "anonymous" ? 303 : ["community_manager", "administrator"].includes(who) ? found : 403;
const EVERYONE: Who[] = ["anonymous", ...ROLES];
/** Inbox pages: those who work the inbox get `found` (outside their scope a conversation is not found), others 403. */
const INBOX_WORKERS: Who[] = ["advisor", "community_manager", "compliance_officer", "administrator"];
const inboxWorkersOr = (who: Who, found: number) =>
  who === "anonymous" ? 303 : INBOX_WORKERS.includes(who) ? found : 403;

/** Expected status for each kind of visitor; a function keeps the table short. */
type Expectation = (who: Who) => number;
const all =
  (status: number): Expectation =>
  () =>
    status;
const signedInOnly: Expectation = (who) => (who === "anonymous" ? 303 : 200);
const visitorsOnly: Expectation = (who) => (who === "anonymous" ? 200 : 303);
const staffWith =
  (allowed: Role[], denied = 403): Expectation =>
  (who) =>
    who === "anonymous" ? 303 : allowed.includes(who as Role) ? 200 : denied;

/** The inbox's staff (advisors, community managers, compliance, administrators) get `found`, others 403. */
const inboxWorkers =
  (found: number): Expectation =>
  (who) =>
    who === "anonymous"
      ? 303
      : ["advisor", "community_manager", "compliance_officer", "administrator"].includes(who)
        ? found
        : 403;

/** The reviews' queue: moderators and compliance read it. */
const reviewReaders = staffWith(["community_manager", "compliance_officer", "administrator"]);

/** Surveys: community managers build; compliance and the DPO read (surveys/policy.ts). */
const SURVEY_READERS: Role[] = ["community_manager", "compliance_officer", "dpo", "administrator"];
const surveyReadersOr = (who: Who, found: number) =>
  who === "anonymous" ? 303 : SURVEY_READERS.includes(who as Role) ? found : 403;

const GET_ROUTES: [string, Expectation][] = [
  ["/", all(200)],
  ["/accessibilite", all(200)],
  ["/mentions-legales", all(200)],
  ["/confidentialite", all(200)],
  ["/healthz", all(200)],
  ["/readyz", all(200)],
  ["/metrics", all(200)],
  ["/api/docs/json", all(200)],
  ["/inscription", visitorsOnly],
  ["/connexion", visitorsOnly],
  ["/mot-de-passe-oublie", all(200)],
  ["/compte", signedInOnly],
  ["/compte/sessions", signedInOnly],
  ["/compte/securite", signedInOnly],
  ["/compte/supprimer", signedInOnly],
  ["/api/v1/me", (who) => (who === "anonymous" ? 401 : 200)],
  ["/admin", staffWith(["advisor", "community_manager", "compliance_officer", "dpo", "administrator"])],
  ["/admin/comptes", staffWith(["administrator"])],
  ["/admin/journal", staffWith(["administrator", "compliance_officer"])],
  ["/admin/boite-mail", staffWith(["administrator"])],
  ["/admin/archives", staffWith(["compliance_officer", "dpo"])],
  ["/moderation", staffWith(["community_manager", "administrator"])],
  ["/admin/boite", staffWith(["advisor", "community_manager", "compliance_officer", "administrator"])],
  [
    "/admin/boite?vue=en-retard&q=carte&langue=fr",
    staffWith(["advisor", "community_manager", "compliance_officer", "administrator"]),
  ],
  [
    "/admin/boite/direct",
    (who) =>
      who === "anonymous"
        ? 303
        : ["advisor", "community_manager", "compliance_officer", "administrator"].includes(who)
          ? 406
          : 403,
  ],
  ["/moderation/mots", staffWith(["community_manager", "administrator"])],
  ["/moderation/retenus/999999", (who) => moderatorsOr(who, 404)],
  ["/moderation/messages/999999", (who) => moderatorsOr(who, 404)],
  ["/moderation/recours/999999", (who) => moderatorsOr(who, 404)],
  ["/moderation/membres/999999/restreindre", (who) => moderatorsOr(who, 404)],
  ["/compte/moderation", signedInOnly],
  ["/compte/decisions/999999", (who) => (who === "anonymous" ? 303 : 404)],
  ["/transparence", all(200)],
  ["/newsletter", all(200)],
  ["/newsletter/confirmer", all(400)],
  ["/newsletter/desinscription?jeton=faux", all(400)],
  ["/admin/consentements", staffWith(["dpo"])],
  ["/admin/demandes", staffWith(["dpo"])],
  ["/admin/demandes?etat=closes", staffWith(["dpo"])],
  ["/admin/demandes/999999", (who) => (who === "dpo" ? 404 : who === "anonymous" ? 303 : 403)],
  ["/admin/registre", staffWith(["dpo"])],
  ["/admin/deces", staffWith(["dpo"])],
  ["/admin/registre.csv", staffWith(["dpo"])],
  ["/admin/registre.json", staffWith(["dpo"])],
  ["/admin/registre/audience", staffWith(["dpo"])],
  ["/admin/violations", staffWith(["dpo"])],
  ["/admin/violations/nouvelle", staffWith(["dpo"])],
  ["/admin/violations/999999", (who) => (who === "dpo" ? 404 : who === "anonymous" ? 303 : 403)],
  ["/compte/donnees.zip", signedInOnly],
  ["/mes-droits", all(200)],
  ["/mes-droits/espace?jeton=faux", all(404)],
  ["/cookies", all(200)],
  ["/l?j=faux", all(404)],
  ["/compte/donnees", signedInOnly],
  ["/compte/donnees.json", signedInOnly],
  ["/admin/lettres", staffWith(["community_manager", "administrator"])],
  ["/avis/fonctionnement", all(200)],
  ["/admin/avis/invitations", staffWith(["community_manager", "compliance_officer", "administrator"])],
  ["/admin/avis/conformite", staffWith(["community_manager", "compliance_officer", "administrator"])],
  [
    "/admin/avis/conformite?annee=2025",
    staffWith(["community_manager", "compliance_officer", "administrator"]),
  ],
  ["/admin/avis/conformite.csv", staffWith(["community_manager", "compliance_officer", "administrator"])],
  ["/admin/contacts", staffWith(["community_manager", "administrator"])],
  ["/admin/audience", staffWith(["community_manager", "administrator"])],
  ["/admin/audience?jours=7", staffWith(["community_manager", "administrator"])],
  ["/admin/contacts?q=%23epargne", staffWith(["community_manager", "administrator"])],
  ["/admin/lettres/nouvelle", staffWith(["community_manager", "administrator"])],
  ["/admin/lettres/999999", (who) => moderatorsOr(who, 404)],
  ["/messages/999999/signaler", all(404)],
  ["/admin/archives?format=json", staffWith(["compliance_officer", "dpo"])],
  ["/admin/boite-mail/999999", (who) => (who === "administrator" ? 404 : who === "anonymous" ? 303 : 403)],
  [
    "/admin/boite-mail/999999/html",
    (who) => (who === "administrator" ? 404 : who === "anonymous" ? 303 : 403),
  ],
  ["/?liste=resolus", all(200)],
  ["/c/comptes-et-cartes", all(200)],
  ["/c/inconnue", all(404)],
  ["/recherche?q=carte", all(200)],
  ["/flux.rss", all(200)],
  ["/c/comptes-et-cartes/flux.atom", all(200)],
  ["/sitemap.xml", all(200)],
  ["/nouveau-sujet", signedInOnly],
  ["/notifications", signedInOnly],
  ["/notifications/999999", (who) => (who === "anonymous" ? 303 : 404)],
  ["/compte/notifications", signedInOnly],
  ["/compte/signets", signedInOnly],
  ["/membres/suggestions?q=me", signedInOnly],
  ["/aide/reputation", all(200)],
  ["/actualites", all(200)],
  ["/actualites/flux.rss", all(200)],
  ["/actualites/sans-titre/999999", all(404)],
  ["/actualites/nouvel-article", staffWith(["community_manager", "administrator"])],
  [
    "/actualites/999999/modifier",
    (who) => (who === "anonymous" ? 303 : ["community_manager", "administrator"].includes(who) ? 404 : 403),
  ],
  ["/medias/0000", all(404)],
  ["/notifications/desabonnement?jeton=faux", all(400)],
  ["/admin/boite/reponses-types", staffWith(["community_manager", "administrator"])],
  ["/admin/boite/999999", (who) => inboxWorkersOr(who, 404)],
  ["/une-page-qui-n-existe-pas", all(404)],
  ["/contact", all(200)],
  ["/contact/confirmer/inconnu", all(404)],
  ["/compte/messages", signedInOnly],
  ["/compte/messages/nouveau", signedInOnly],
  ["/compte/messages/999999", (who) => (who === "anonymous" ? 303 : 404)],
  ["/compte/messages/pieces-jointes/999999", (who) => (who === "anonymous" ? 303 : 404)],
  [
    "/admin/boite/pieces-jointes/999999",
    (who) =>
      who === "anonymous"
        ? 303
        : ["advisor", "community_manager", "compliance_officer", "administrator"].includes(who)
          ? 404
          : 403,
  ],
  ["/admin/boite/reglages", staffWith(["community_manager", "administrator"])],
  ["/admin/boite/reglages/horaires", staffWith(["community_manager", "administrator"])],
  ["/admin/boite/reglages/equipes/999999", (who) => moderatorsOr(who, 404)],
  [
    "/admin/boite/disponibilite",
    staffWith(["advisor", "community_manager", "compliance_officer", "administrator"]),
  ],
  ["/admin/boite/rapports", staffWith(["community_manager", "compliance_officer", "administrator"])],
  ["/admin/boite/rapports?jours=7", staffWith(["community_manager", "compliance_officer", "administrator"])],
  [
    "/admin/boite/rapports.csv?tableau=equipes",
    staffWith(["community_manager", "compliance_officer", "administrator"]),
  ],
  [
    "/admin/boite/rapports.csv?tableau=inconnu",
    (who) =>
      who === "anonymous"
        ? 303
        : ["community_manager", "compliance_officer", "administrator"].includes(who)
          ? 404
          : 403,
  ],
  ["/admin/barometre", staffWith(["community_manager", "compliance_officer", "dpo", "administrator"])],
  [
    "/admin/barometre?periode=12&client=clients&source=invitation",
    staffWith(["community_manager", "compliance_officer", "dpo", "administrator"]),
  ],
  [
    "/admin/barometre.csv?figure=confiance",
    staffWith(["community_manager", "compliance_officer", "dpo", "administrator"]),
  ],
  [
    "/admin/barometre.csv?figure=inconnue",
    (who) =>
      who === "anonymous"
        ? 303
        : ["community_manager", "compliance_officer", "dpo", "administrator"].includes(who)
          ? 404
          : 403,
  ],
  ["/admin/barometre/reglages", staffWith(["community_manager", "administrator"])],
  ["/admin/barometre/rapport-public", staffWith(["community_manager", "administrator"])],
  ["/admin/barometre/ma-satisfaction", staffWith(["advisor"])],
  ["/barometre-de-confiance", all(404)],
  ["/barometre-de-confiance/versions/1", all(404)],
  ["/satisfaction/inconnu", all(404)],
  ["/sondages/invitation/inconnu", all(400)],
  [
    "/admin/sondages/vagues/999999/diffusion",
    (who) =>
      who === "anonymous"
        ? 303
        : ["community_manager", "compliance_officer", "dpo", "administrator"].includes(who)
          ? 404
          : 403,
  ],
  ["/admin/reclamations", staffWith(["compliance_officer", "administrator"])],
  ["/admin/reclamations?annee=2026&statut=late", staffWith(["compliance_officer", "administrator"])],
  ["/admin/reclamations.csv", staffWith(["compliance_officer", "administrator"])],
  ["/admin/reclamations/999999", inboxWorkers(404)],
  ["/admin/reclamations/999999/reponse-d-attente", inboxWorkers(404)],
  ["/admin/reclamations/999999/reponse-finale", inboxWorkers(404)],
  ["/compte/messages/999999/accuse-de-reception", (who) => (who === "anonymous" ? 303 : 404)],
  ["/admin/boite/approbations", staffWith(["community_manager", "compliance_officer", "administrator"])],
  [
    "/admin/boite/999999/derogation",
    (who) => (who === "anonymous" ? 303 : who === "compliance_officer" ? 404 : 403),
  ],
  [
    "/admin/boite/999999/en-prive",
    (who) =>
      who === "anonymous"
        ? 303
        : ["advisor", "community_manager", "compliance_officer", "administrator"].includes(who)
          ? 404
          : 403,
  ],
  ["/avis", all(200)],
  ["/avis?produit=carte&note=1&page=2", all(200)],
  ["/avis/badge.svg", all(200)],
  ["/avis/999999", all(404)],
  ["/avis/ecrire", (who) => (who === "anonymous" ? 303 : who === "member" ? 200 : 403)],
  ["/avis/invitation/inconnu", (who) => (who === "anonymous" || who === "member" ? 404 : 403)],
  ["/avis/gerer/inconnu", all(404)],
  ["/compte/avis", signedInOnly],
  ["/compte/avis/999999", (who) => (who === "anonymous" ? 303 : 404)],
  ["/moderation/avis", reviewReaders],
  ["/moderation/avis/reglages", staffWith(["community_manager", "administrator"])],
  ["/moderation/avis/999999", (who) => (reviewReaders(who) === 200 ? 404 : reviewReaders(who))],
  ["/admin/sondages", staffWith(SURVEY_READERS)],
  ["/admin/sondages/999999", (who) => surveyReadersOr(who, 404)],
  ["/admin/sondages/999999/questions/999999", (who) => moderatorsOr(who, 404)],
  ["/admin/sondages/999999/versions/1/apercu", (who) => surveyReadersOr(who, 404)],
  // Staff never answer the bank's own surveys, whatever the link: told so before the link is read.
  ["/sondages/inconnu", (who) => (who === "anonymous" || who === "member" ? 404 : 403)],
  ["/sondages/reponse/inconnu", (who) => (who === "anonymous" || who === "member" ? 404 : 403)],
];

let t: TestApp;
const agents = new Map<Who, Agent>();
let target: { id: number };

/**
 * The personas beyond one per role, as the ladder names them: a staff member who signed in with
 * a password and never enrolled a second factor, one whose second factor is still owed in this
 * session, and a member whose e-mail address is not (or no longer) verified.
 */
type Persona =
  | Who
  | "staff without a second factor"
  | "staff whose second factor is pending"
  | "unverified member";
const personas = new Map<Persona, Agent>();

before(async () => {
  t = await startTestApp();
  agents.set("anonymous", new Agent(t.app));
  for (const role of ROLES) agents.set(role, await signedIn(t.app, await createPerson(t.ctx, role)));
  target = await createPerson(t.ctx, "member");
  await someCategories(t.ctx);
  for (const [who, agent] of agents) personas.set(who, agent);

  const unenrolled = await createPerson(t.ctx, "administrator");
  await t.ctx.db
    .update(accounts)
    .set({ totpSecret: null, totpEnabledAt: null })
    .where(eq(accounts.id, unenrolled.id));
  personas.set("staff without a second factor", await signedIn(t.app, { ...unenrolled, totpSecret: null }));

  const owing = await createPerson(t.ctx, "community_manager");
  const pending = new Agent(t.app);
  await pending.get("/connexion");
  const step = await pending.post("/connexion", { email: owing.email, password: PASSWORD });
  assert.match(String(step.headers.location), /^\/connexion\/second-facteur/);
  personas.set("staff whose second factor is pending", pending);

  // Sign-in asks for a verified address: the address stops being verified within the session.
  const unverified = await createPerson(t.ctx, "member");
  personas.set("unverified member", await signedIn(t.app, unverified));
  await t.ctx.db.update(accounts).set({ emailVerifiedAt: null }).where(eq(accounts.id, unverified.id));
});
after(() => t.close());

for (const [url, expected] of GET_ROUTES) {
  test(`GET ${url}`, async () => {
    for (const who of EVERYONE) {
      const response = await agents.get(who)!.get(url);
      assert.equal(response.statusCode, expected(who), `${who} on GET ${url}`);
    }
  });
}

test("POST staff actions are refused to everyone but administrators", async () => {
  for (const who of EVERYONE) {
    const agent = agents.get(who)!;
    await agent.get("/");
    const response = await agent.post(`/admin/comptes/${target.id}/role`, { role: "member" });
    const expected = who === "administrator" ? 303 : who === "anonymous" ? 401 : 403;
    assert.equal(response.statusCode, expected, `${who} changing a role`);
    const deactivate = await agent.post(`/admin/comptes/${target.id}/reactiver`);
    assert.equal(deactivate.statusCode, expected, `${who} reactivating an account`);
  }
});

test("POST privacy actions: the DPO's console and registers are the DPO's alone", async () => {
  for (const who of EVERYONE) {
    const agent = agents.get(who)!;
    await agent.get("/");
    const expected = who === "anonymous" ? 401 : who === "dpo" ? 404 : 403;
    for (const url of [
      "/admin/demandes/999999/identite",
      "/admin/demandes/999999/prolonger",
      "/admin/demandes/999999/repondre",
      "/admin/demandes/999999/restreindre",
      "/admin/demandes/999999/lever",
      "/admin/violations/999999",
      "/admin/registre/inconnu",
      "/admin/deces/999999/executer",
    ])
      assert.equal((await agent.post(url, {})).statusCode, expected, `${who} on POST ${url}`);
    const member = who === "anonymous" ? 401 : 303;
    assert.equal(
      (await agent.post("/compte/demandes", { kind: "access" })).statusCode,
      member,
      `${who} asking`,
    );
  }
});

test("POST survey building: community managers and administrators only", async () => {
  for (const who of EVERYONE) {
    const agent = agents.get(who)!;
    await agent.get("/");
    const builder = ["community_manager", "administrator"].includes(who);
    const expected = who === "anonymous" ? 401 : builder ? 404 : 403;
    const question = { kind: "text", wordingFr: "Un mot ?", wordingEn: "A word?" };
    for (const [url, form] of [
      ["/admin/sondages/999999/questions", question],
      ["/admin/sondages/999999/questions/999999", question],
      ["/admin/sondages/999999/questions/999999/ordre", { move: "up" }],
      ["/admin/sondages/999999/nouvelle-version", {}],
    ] as const)
      assert.equal((await agent.post(url, form)).statusCode, expected, `${who} on POST ${url}`);
    const survey = await agent.post("/admin/sondages", { titleFr: "", titleEn: "", mode: "" });
    assert.equal(
      survey.statusCode,
      who === "anonymous" ? 401 : builder ? 422 : 403,
      `${who} creating a survey`,
    );
  }
});

test("POST moderation actions: moderators only; an author can appeal only their own decisions", async () => {
  for (const who of EVERYONE) {
    const agent = agents.get(who)!;
    await agent.get("/");
    const moderator = ["community_manager", "administrator"].includes(who);
    const expected = who === "anonymous" ? 401 : moderator ? 404 : 403;
    for (const url of [
      "/moderation/retenus/999999/approuver",
      "/moderation/retenus/999999/refuser",
      "/moderation/messages/999999",
      "/moderation/recours/999999",
      "/moderation/mots/999999/supprimer",
    ])
      assert.equal((await agent.post(url, {})).statusCode, expected, `${who} on POST ${url}`);
    const words = await agent.post("/moderation/mots", { pattern: "", action: "hold" });
    assert.equal(words.statusCode, who === "anonymous" ? 401 : moderator ? 422 : 403, `${who} adding a word`);
    const restrict = await agent.post(`/moderation/membres/${target.id}/restreindre`, {});
    assert.equal(
      restrict.statusCode,
      who === "anonymous" ? 401 : moderator ? 422 : 403,
      `${who} restricting`,
    );
    const appeal = await agent.post("/compte/decisions/999999/recours", { statement: "Je conteste." });
    assert.equal(
      appeal.statusCode,
      who === "anonymous" ? 401 : 404,
      `${who} appealing someone else's decision`,
    );
  }
});

test("POST review invitations: the community team invites; compliance reads the register only; the API needs its key", async () => {
  for (const who of EVERYONE) {
    const agent = agents.get(who)!;
    await agent.get("/");
    const upload = await agent.post("/admin/avis/invitations", { label: "Lot" });
    const expected =
      who === "anonymous" ? 401 : ["community_manager", "administrator"].includes(who) ? 422 : 403;
    assert.equal(upload.statusCode, expected, `${who} inviting a batch`);
  }
  const api = await t.app.inject({
    method: "POST",
    url: "/api/v1/reviews/invitations",
    headers: { "content-type": "application/json", authorization: "Bearer nothing" },
    payload: JSON.stringify({ invitations: [{ email: "a@exemple.fr", experienceDate: "2026-01-01" }] }),
  });
  assert.equal(api.statusCode, 404, "without REVIEWS_API_KEY the API is off, whoever asks");
});

test("POST a member's private messages: signed-in people only, and only in their own conversations", async () => {
  for (const who of EVERYONE) {
    const agent = agents.get(who)!;
    await agent.get("/");
    const reply = await agent.post("/compte/messages/999999/repondre", { body: "Une réponse" });
    assert.equal(reply.statusCode, who === "anonymous" ? 401 : 404, `${who} replying to another's`);
    const empty = await agent.post("/compte/messages/nouveau", { subject: "", body: "" });
    assert.equal(empty.statusCode, who === "anonymous" ? 401 : 422, `${who} writing nothing`);
  }
});

test("POST inbox settings: those who configure the inbox only; availability: everyone who works it, for themselves", async () => {
  for (const who of EVERYONE) {
    const agent = agents.get(who)!;
    await agent.get("/");
    const configures = ["community_manager", "administrator"].includes(who);
    const expected = who === "anonymous" ? 401 : configures ? 404 : 403;
    for (const url of [
      "/admin/boite/reglages/equipes/999999",
      "/admin/boite/reglages/equipes/999999/membres",
      "/admin/boite/reglages/equipes/999999/membres/999999",
      "/admin/boite/reglages/equipes/999999/membres/999999/retirer",
      "/admin/boite/reglages/equipes/999999/niveaux",
    ])
      assert.equal(
        (await agent.post(url, { nameFr: "Équipe", nameEn: "Team", accountId: "999999", capacity: "5" }))
          .statusCode,
        expected,
        `${who} on POST ${url}`,
      );
    const refused = who === "anonymous" ? 401 : configures ? 422 : 403;
    assert.equal(
      (await agent.post("/admin/boite/reglages/equipes", { slug: "" })).statusCode,
      refused,
      `${who} creating a team`,
    );
    assert.equal(
      (await agent.post("/admin/boite/reglages/horaires", {})).statusCode,
      refused,
      `${who} closing the bank`,
    );
    const works = ["advisor", "community_manager", "compliance_officer", "administrator"].includes(who);
    assert.equal(
      (await agent.post("/admin/boite/disponibilite", { available: "1" })).statusCode,
      who === "anonymous" ? 401 : works ? 303 : 403,
      `${who} marking themselves available`,
    );
  }
});

test("POST inbox actions: those who work the inbox, on conversations in their scope; canned replies for configurers", async () => {
  for (const who of EVERYONE) {
    const agent = agents.get(who)!;
    await agent.get("/");
    const expected = who === "anonymous" ? 401 : INBOX_WORKERS.includes(who) ? 404 : 403;
    for (const path of [
      "attribuer",
      "equipe",
      "statut",
      "reporter",
      "priorite",
      "etiquettes",
      "etiquettes/retirer",
      "classement",
      "note",
      "ecrit",
      "repondre",
    ]) {
      const url = `/admin/boite/999999/${path}`;
      assert.equal((await agent.post(url, {})).statusCode, expected, `${who} on POST ${url}`);
    }
    const configurer = ["community_manager", "administrator"].includes(who);
    const canned = who === "anonymous" ? 401 : configurer ? 404 : 403;
    for (const url of ["/admin/boite/reponses-types/999999", "/admin/boite/reponses-types/999999/supprimer"])
      assert.equal((await agent.post(url, {})).statusCode, canned, `${who} on POST ${url}`);
    const created = await agent.post("/admin/boite/reponses-types", {});
    assert.equal(created.statusCode, who === "anonymous" ? 401 : configurer ? 422 : 403, `${who} creating`);
  }
});

test("POST barometer: settings for those who configure it, the public report for those who publish it", async () => {
  for (const who of EVERYONE) {
    const agent = agents.get(who)!;
    await agent.get("/");
    const configures = ["community_manager", "administrator"].includes(who);
    const settings = await agent.post("/admin/barometre/reglages", { minimumN: "" });
    assert.equal(
      settings.statusCode,
      who === "anonymous" ? 401 : configures ? 422 : 403,
      `${who} on settings`,
    );
    const withdraw = await agent.post("/admin/barometre/rapport-public/retirer");
    assert.equal(
      withdraw.statusCode,
      who === "anonymous" ? 401 : configures ? 303 : 403,
      `${who} withdrawing`,
    );
    const publish = await agent.post("/admin/barometre/rapport-public/publier");
    assert.equal(publish.statusCode, who === "anonymous" ? 401 : configures ? 303 : 403, `${who} publishing`);
  }
});

test("POST a wave's distribution: those who build surveys send and show invitations; signed-in people follow or decline the site's", async () => {
  for (const who of EVERYONE) {
    const agent = agents.get(who)!;
    await agent.get("/");
    const builder = ["community_manager", "administrator"].includes(who);
    const expected = who === "anonymous" ? 401 : builder ? 404 : 403;
    for (const url of [
      "/admin/sondages/vagues/999999/diffusion",
      "/admin/sondages/vagues/999999/diffusion/site",
    ])
      assert.equal(
        (await agent.post(url, { contacts: "1", show: "1" })).statusCode,
        expected,
        `${who} on POST ${url}`,
      );
    const followed = await agent.post("/sondages/invitation-site/999999");
    assert.equal(followed.statusCode, who === "anonymous" ? 401 : 303, `${who} following`);
    const declined = await agent.post("/sondages/invitation-site/999999/non-merci");
    assert.equal(declined.statusCode, who === "anonymous" ? 401 : 404, `${who} declining`);
    const link = await agent.post("/sondages/invitation/inconnu");
    assert.equal(link.statusCode, 400, `${who} with a made-up link`);
  }
});

test("POST complaint actions: the inbox's staff, on a conversation they work (404 otherwise)", async () => {
  for (const who of EVERYONE) {
    const agent = agents.get(who)!;
    await agent.get("/");
    const expected = who === "anonymous" ? 401 : inboxWorkers(404)(who);
    for (const url of [
      "/admin/reclamations/999999/accuse",
      "/admin/reclamations/999999/reponse-d-attente",
      "/admin/reclamations/999999/reponse-finale",
    ])
      assert.equal((await agent.post(url, {})).statusCode, expected, `${who} on POST ${url}`);
  }
});

test("POST reviews: clients write, staff never do; moderators decide, compliance only reads; authors act on their own", async () => {
  for (const who of EVERYONE) {
    const agent = agents.get(who)!;
    await agent.get("/");
    const moderator = ["community_manager", "administrator"].includes(who);
    for (const url of ["/moderation/avis/999999/publier", "/moderation/avis/999999/refuser"])
      assert.equal(
        (await agent.post(url, {})).statusCode,
        who === "anonymous" ? 401 : moderator ? 404 : 403,
        `${who} on POST ${url}`,
      );
    const settings = await agent.post("/moderation/avis/reglages", { holdDelayDays: "30" });
    assert.equal(
      settings.statusCode,
      who === "anonymous" ? 401 : moderator ? 422 : 403,
      `${who} changing the review settings`,
    );
    const written = await agent.post("/avis/ecrire", { rating: "9" });
    assert.equal(
      written.statusCode,
      who === "anonymous" ? 401 : who === "member" ? 422 : 403,
      `${who} writing a review`,
    );
    const corrected = await agent.post("/compte/avis/999999", { rating: "4" });
    assert.equal(
      corrected.statusCode,
      who === "anonymous" ? 401 : who === "member" ? 404 : 403,
      `${who} correcting another's review`,
    );
    const withdrawn = await agent.post("/compte/avis/999999/retirer");
    assert.equal(
      withdrawn.statusCode,
      who === "anonymous" ? 401 : 404,
      `${who} withdrawing another's review`,
    );
  }
});

test("posting in the community: members and staff yes, visitors no; announcements for staff only", async () => {
  for (const who of EVERYONE) {
    const agent = agents.get(who)!;
    await agent.get("/");
    const open = await agent.post("/nouveau-sujet", {
      category: "comptes-et-cartes",
      kind: "discussion",
      title: `Sujet ouvert par ${who}`,
      body: "Texte",
    });
    assert.equal(open.statusCode, who === "anonymous" ? 401 : 303, `${who} opening a topic`);
    const announcement = await agent.post("/nouveau-sujet", {
      category: "annonces",
      kind: "discussion",
      title: `Annonce par ${who}`,
      body: "Texte",
    });
    assert.equal(
      announcement.statusCode,
      who === "anonymous" ? 401 : who === "member" ? 422 : 303,
      `${who} opening an announcement`,
    );
  }
});

test("replying in the community: every role yes (at the next position), visitors and the unverified no; an unknown topic is 404", async () => {
  const author = await signedIn(t.app, await createPerson(t.ctx, "advisor"));
  await author.get("/nouveau-sujet");
  const topicPath = (
    await author.post("/nouveau-sujet", {
      category: "comptes-et-cartes",
      kind: "question",
      title: "Sujet où chacun répond",
      body: "Texte",
    })
  ).headers.location as string;
  const topicId = topicPath.split("/").at(-1)!;
  let position = 1;
  for (const [persona, agent] of personas) {
    await agent.get(topicPath);
    const body = `Réponse de la part de « ${persona} », écrite pour la matrice des droits.`;
    const response = await agent.post(`/t/${topicId}/repondre`, { body });
    const refused: Partial<Record<Persona, number>> = {
      anonymous: 401,
      "staff whose second factor is pending": 401,
      "unverified member": 403,
      "staff without a second factor": 403,
    };
    const expected = refused[persona];
    if (expected) {
      assert.equal(response.statusCode, expected, `${persona} replying`);
      continue;
    }
    position++;
    assert.equal(response.statusCode, 303, `${persona} replying`);
    assert.match(String(response.headers.location), new RegExp(`#message-${position}$`), persona);
    assert.equal(
      (await agent.post("/t/999999/repondre", { body })).statusCode,
      404,
      `${persona} replying to no topic`,
    );
  }
  const { rows } = await t.ctx.database.pool.query(
    "select count(*)::int n, max(position) last from community_posts where topic_id = $1",
    [topicId],
  );
  assert.deepEqual(rows[0], { n: position, last: position });
});

test("marking useful, bookmarking, following and reading notifications need an account; none is staff-only", async () => {
  const author = await signedIn(t.app, await createPerson(t.ctx, "advisor"));
  await author.get("/nouveau-sujet");
  const topicPath = (
    await author.post("/nouveau-sujet", {
      category: "comptes-et-cartes",
      kind: "question",
      title: "Sujet pour la matrice des droits",
      body: "Texte",
    })
  ).headers.location as string;
  const topicId = topicPath.split("/").at(-1)!;
  const postId = (
    await t.ctx.database.pool.query("select id from community_posts where topic_id = $1", [topicId])
  ).rows[0].id;
  for (const who of EVERYONE) {
    const agent = agents.get(who)!;
    const expected = who === "anonymous" ? 401 : 303;
    for (const [url, form] of [
      [`/messages/${postId}/utile`, {}],
      [`/messages/${postId}/signet`, {}],
      [`/t/${topicId}/suivi`, { niveau: "suivre" }],
      ["/notifications/lues", {}],
      ["/compte/notifications", { reply: "off" }],
    ] as const) {
      const response = await agent.post(url, form);
      assert.equal(response.statusCode, expected, `${who} on POST ${url}`);
    }
  }
  assert.equal((await author.post(`/messages/${postId}/utile`)).statusCode, 403, "not on one's own post");
});

test("every page refused to a signed-in person is a translated page, never a stack trace", async () => {
  const member = agents.get("member")!;
  const response = await member.get("/admin/comptes");
  assert.equal(response.statusCode, 403);
  assert.match(response.headers["content-type"] as string, /text\/html/);
  assert.match(response.body, /Accès refusé/);
  assert.doesNotMatch(response.body, /at .*\.ts:\d+/);
});

/** What a persona is, in the ladder's terms (written here, not read from the code under test). */
const LADDER: Record<
  Persona,
  { signedIn: boolean; verified: boolean; role: Role | null; secondFactor: boolean }
> = {
  anonymous: { signedIn: false, verified: false, role: null, secondFactor: false },
  "staff whose second factor is pending": {
    signedIn: false,
    verified: false,
    role: null,
    secondFactor: false,
  },
  "unverified member": { signedIn: true, verified: false, role: "member", secondFactor: false },
  "staff without a second factor": {
    signedIn: true,
    verified: true,
    role: "administrator",
    secondFactor: false,
  },
  ...(Object.fromEntries(
    ROLES.map((role) => [role, { signedIn: true, verified: true, role, secondFactor: role !== "member" }]),
  ) as Record<Role, { signedIn: boolean; verified: boolean; role: Role; secondFactor: boolean }>),
};

type Verdict = "through" | { status: number; location?: RegExp; code?: string };

/** The guard's answer for a persona on a route, from the route's declared access alone. */
function verdict(persona: Persona, access: Access, method: string, url: string): Verdict {
  if (access.rung === "public") return "through";
  const me = LADDER[persona];
  const page = method === "GET" && !url.startsWith("/api/");
  if (!me.signedIn) return page ? { status: 303, location: /^\/connexion\?suite=/ } : { status: 401 };
  if (access.rung === "signed_in") return "through";
  if (access.rung === "verified") return me.verified ? "through" : { status: 403, code: "email_unverified" };
  const role = me.role as Role;
  if (role === "member" || !access.allows({ role } as never)) return { status: 403 };
  if (!me.secondFactor) return page ? { status: 303, location: /^\/compte\/securite$/ } : { status: 403 };
  return "through";
}

/** A concrete URL for a route pattern: ids that do not exist, so nothing is found or changed. */
const concrete = (url: string) =>
  url
    .replace(/:id\b/g, "999999")
    .replace(/:[a-zA-Z]+/g, "inconnu")
    .replace(/\*$/, "inconnu");

const refusedByGuard = (response: LightMyRequestResponse) =>
  response.statusCode === 401 ||
  (response.statusCode === 303 &&
    /^\/(connexion\?suite=|compte\/securite$)/.test(String(response.headers.location)));

test("every registered route answers each persona as its declared access says", async () => {
  const routes = t.app.routeTable.filter((route) => route.method === "GET" || route.method === "POST");
  assert.ok(routes.length > 150, `only ${routes.length} routes registered`);
  const undeclared = routes.filter((route) => route.access() === undefined);
  assert.deepEqual(undeclared, [], "every route declares its access");
  let refusals = 0;
  let through = 0;
  for (const route of routes) {
    const access = route.access()!;
    const url = concrete(route.url);
    for (const [persona, agent] of personas) {
      const expected = verdict(persona, access, route.method, url);
      const label = `${persona} on ${route.method} ${route.url} (${access.name})`;
      if (expected === "through") {
        // A handler runs: only pages are asked (a form posted with nothing in it could sign out).
        if (route.method !== "GET") continue;
        const response = await agent.get(url, { accept: "text/html" });
        assert.ok(!refusedByGuard(response), `${label}: refused with ${response.statusCode}`);
        assert.ok(response.statusCode < 500, `${label}: ${response.statusCode}`);
        through++;
        continue;
      }
      const response =
        route.method === "GET" ? await agent.get(url, { accept: "text/html" }) : await agent.post(url, {});
      assert.equal(response.statusCode, expected.status, label);
      if (expected.location) assert.match(String(response.headers.location), expected.location, label);
      if (expected.code) assert.match(response.body, /Confirmez d'abord votre adresse e-mail/, label);
      refusals++;
    }
  }
  assert.ok(refusals > 500 && through > 200, `${refusals} refusals and ${through} pages checked`);
});

test("a member whose e-mail is not verified reads and keeps their account, but writes nothing", async () => {
  const agent = personas.get("unverified member")!;
  assert.equal((await agent.get("/compte")).statusCode, 200);
  assert.equal((await agent.get("/compte/donnees")).statusCode, 200);
  const refused = await agent.get("/nouveau-sujet");
  assert.equal(refused.statusCode, 403);
  assert.match(refused.body, /Confirmez d'abord votre adresse e-mail/);
  const posted = await agent.post("/nouveau-sujet", {
    category: "comptes-et-cartes",
    kind: "discussion",
    title: "Un sujet sans adresse confirmée",
    body: "Texte",
  });
  assert.equal(posted.statusCode, 403);
  const topics = await t.ctx.database.pool.query(
    "select count(*)::int as n from community_topics where title = 'Un sujet sans adresse confirmée'",
  );
  assert.equal(topics.rows[0].n, 0);
});
