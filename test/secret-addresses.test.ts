import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { startTestApp, type TestApp } from "./helpers/app.ts";

/**
 * An address that is its own key (a single-use link from an e-mail, a draft's or an author's
 * secret address) must go nowhere: not into a cache, a referrer, a search index, nor the audience
 * measurement, whose page lists the community team reads (it once listed survey drafts and review
 * invitations, so a community manager could open them). Every route with a parameter in its
 * address that is not in a staff area is listed here, as secret or not with why: a new one that
 * is neither fails this test, so it is classified before it ships.
 */
const SECRET = new Set<string>([
  "/satisfaction/:token",
  "/sondages/:key",
  "/sondages/reponse/:key",
  "/sondages/invitation/:token",
  "/avis/invitation/:token",
  "/avis/gerer/:id",
  "/contact/confirmer/:token",
]);

const NOT_SECRET: Record<string, string> = {
  "/assets/:name": "the site's own files, the same for everybody",
  "/medias/:file": "an image published in a post, public",
  "/c/:slug": "a category, public",
  "/c/:slug/flux.rss": "a category's feed, public",
  "/c/:slug/flux.atom": "a category's feed, public",
  "/t/:slug/:id": "a topic, public",
  "/t/:id/repondre": "replying: for members, by a topic's number",
  "/t/:id/accepter": "accepting an answer: the topic's author, by its number",
  "/t/:id/suivi": "following a topic: members, by its number",
  "/t/:id/direct": "a topic's live updates, by its number",
  "/messages/:id": "a post's link, public",
  "/messages/:id/historique": "a post's edits, public",
  "/messages/:id/fragment": "a post's markup, public",
  "/messages/:id/modifier": "editing: the author, by the post's number",
  "/messages/:id/supprimer": "deleting: the author, by the post's number",
  "/messages/:id/utile": "a vote: members, by the post's number",
  "/messages/:id/signet": "a bookmark: members, by the post's number",
  "/messages/:id/signaler": "a report, by the post's number",
  "/membres/:id": "a member's public profile",
  "/actualites/:slug/:id": "a newsroom article, public",
  "/actualites/:id/commenter": "commenting: members, by the article's number",
  "/avis/:id": "a published review, public",
  "/barometre-de-confiance/versions/:version": "a published version of the trust report, public",
  "/notifications/:id": "the member's own notification, by its number behind their session",
  "/compte/sessions/:id/fermer": "the member's own session, behind their session",
  "/compte/decisions/:id": "a decision on the member's own content, behind their session",
  "/compte/decisions/:id/recours": "their appeal, behind their session",
  "/compte/messages/:id": "the member's own conversation, behind their session",
  "/compte/messages/:id/repondre": "their reply, behind their session",
  "/compte/messages/:id/accuse-de-reception": "their complaint's receipt, behind their session",
  "/compte/messages/pieces-jointes/:id": "their attachment, behind their session",
  "/compte/avis/:id": "the member's own review, behind their session",
  "/compte/avis/:id/retirer": "withdrawing it, behind their session",
  "/sondages/invitation-site/:id": "a wave shown on the site, for signed-in members",
  "/sondages/invitation-site/:id/non-merci": "declining it, signed in",
};

const isSecret = (url: string) =>
  [...SECRET].some((secret) => url === secret || url.startsWith(`${secret}/`));

let t: TestApp;
before(async () => {
  t = await startTestApp();
});
after(() => t.close());

const outsideStaff = () =>
  t.app.routeTable.filter((route) => route.access()?.rung !== "staff" && route.url.includes(":"));

test("every address with a parameter outside the staff areas is classified: secret, or not with why", () => {
  const unclassified = [...new Set(outsideStaff().map((route) => route.url))].filter(
    (url) => !isSecret(url) && !(url in NOT_SECRET),
  );
  assert.deepEqual(unclassified, [], "classify each new address in this test");
  for (const route of outsideStaff())
    assert.equal(
      route.secretAddress(),
      isSecret(route.url),
      `${route.method} ${route.url}: secretAddress() in its options`,
    );
});

test("a secret address is never cached, sent as a referrer, indexed, nor measured", async () => {
  const beacon = (path: string) =>
    t.app.inject({
      method: "POST",
      url: "/mesure",
      headers: {
        "content-type": "text/plain;charset=UTF-8",
        "user-agent": "Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0",
        "sec-fetch-site": "same-origin",
      },
      payload: JSON.stringify({ p: path }),
    });
  const key = "k9ZpQ2xVb7LmN4rT8sW1yA3cE6gH0jK5oP2qR7tU9vX";
  for (const url of SECRET) {
    const address = url.replace(/:[a-zA-Z]+/g, key);
    const page = await t.app.inject({ method: "GET", url: address, headers: { accept: "text/html" } });
    assert.ok(page.statusCode < 500, `${address}: ${page.statusCode}`);
    assert.equal(page.headers["referrer-policy"], "no-referrer", address);
    assert.equal(page.headers["cache-control"], "no-store", address);
    assert.equal(page.headers["x-robots-tag"], "noindex", address);
    assert.doesNotMatch(page.body, /data-audience/, `${address} asks to be measured`);
    assert.equal((await beacon(address)).statusCode, 204);
  }
  await beacon("/avis");
  const { rows } = await t.ctx.database.pool.query<{ path: string }>("select path from audience_hits");
  assert.deepEqual(
    rows.map((row) => row.path),
    ["/avis"],
    "only the ordinary page was counted",
  );
});
