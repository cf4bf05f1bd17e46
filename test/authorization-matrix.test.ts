import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { ROLES, type Role } from "../src/platform/auth/roles.ts";
import { Agent } from "./helpers/agent.ts";
import { startTestApp, type TestApp } from "./helpers/app.ts";
import { someCategories } from "./helpers/community.ts";
import { createPerson, signedIn } from "./helpers/people.ts";

type Who = Role | "anonymous";
/** Moderation pages: moderators get `found`, other signed-in people 403, visitors the sign-in page. */
const moderatorsOr = (who: Who, found: number) =>
  who === "anonymous" ? 303 : ["community_manager", "administrator"].includes(who) ? found : 403;
const EVERYONE: Who[] = ["anonymous", ...ROLES];

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
  ["/une-page-qui-n-existe-pas", all(404)],
];

let t: TestApp;
const agents = new Map<Who, Agent>();
let target: { id: number };

before(async () => {
  t = await startTestApp();
  agents.set("anonymous", new Agent(t.app));
  for (const role of ROLES) agents.set(role, await signedIn(t.app, await createPerson(t.ctx, role)));
  target = await createPerson(t.ctx, "member");
  await someCategories(t.ctx);
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
