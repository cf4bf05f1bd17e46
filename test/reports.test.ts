import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { Agent, lastMailTo } from "./helpers/agent.ts";
import { startTestApp, type TestApp } from "./helpers/app.ts";
import { someCategories } from "./helpers/community.ts";
import { createPerson, signedIn } from "./helpers/people.ts";

let t: TestApp;
before(async () => {
  t = await startTestApp();
  await someCategories(t.ctx);
});
after(() => t.close());

describe("reports and the moderation queue", () => {
  test("a visitor reports illegal content without an account and is acknowledged; a member flags; a moderator decides", async () => {
    const writer = await createPerson(t.ctx, "member");
    const author = await signedIn(t.app, writer);
    await author.get("/nouveau-sujet");
    const path = (
      await author.post("/nouveau-sujet", {
        category: "comptes-et-cartes",
        kind: "discussion",
        title: "Gagnez 500 € par jour depuis chez vous",
        body: "Cliquez sur mon lien pour devenir riche.",
      })
    ).headers.location as string;
    const postId = (
      await t.ctx.database.pool.query("select id from community_posts where topic_id = $1", [
        path.split("/").at(-1),
      ])
    ).rows[0].id;
    assert.match((await new Agent(t.app).get(path)).body, new RegExp(`href="/messages/${postId}/signaler"`));

    const visitor = new Agent(t.app);
    const form = await visitor.get(`/messages/${postId}/signaler`);
    assert.equal(form.statusCode, 200);
    assert.match(form.body, /value="illegal" checked/);
    assert.doesNotMatch(form.body, /value="spam"/, "visitors report illegal content only");
    const incomplete = await visitor.post(`/messages/${postId}/signaler`, {
      reason: "illegal",
      explanation: "Arnaque",
      email: "",
    });
    assert.equal(incomplete.statusCode, 422);
    assert.match(incomplete.body, /value="Arnaque"|>Arnaque</, "what was typed is kept");
    const sent = await visitor.post(`/messages/${postId}/signaler`, {
      reason: "illegal",
      explanation: "Escroquerie : promesse de gains, article 313-1 du code pénal.",
      email: "temoin@exemple.fr",
    });
    assert.equal(sent.statusCode, 200);
    assert.match(sent.body, /Signalement reçu/);
    const ack = await lastMailTo(t.ctx.db, "temoin@exemple.fr");
    assert.match(ack.subject, /Nous avons reçu votre signalement/);
    assert.match(ack.text, /Contenu illicite/);

    const member = await signedIn(t.app, await createPerson(t.ctx, "member"));
    await member.get(`/messages/${postId}/signaler`);
    assert.equal(
      (
        await member.post(`/messages/${postId}/signaler`, {
          reason: "spam",
          explanation: "Publicité déguisée.",
        })
      ).statusCode,
      200,
    );

    assert.equal((await member.get("/moderation")).statusCode, 403);
    const moderator = await signedIn(t.app, await createPerson(t.ctx, "community_manager"));
    const queue = await moderator.get("/moderation");
    assert.match(queue.body, /Gagnez 500 € par jour/);
    assert.match(queue.body, /Contenu illicite/);
    assert.match(queue.body, /Publicité ou spam/);
    assert.match(queue.body, /Auteur de 1 sujet et de/);
    await moderator.get(`/moderation/messages/${postId}`);
    const unexplained = await moderator.post(`/moderation/messages/${postId}`, {
      action: "delete",
      ground: "",
      explanation: "",
    });
    assert.equal(unexplained.statusCode, 422, "a removal needs its rule and reasons");
    assert.match(unexplained.body, /Choisissez la règle appliquée/);
    assert.equal(
      (
        await moderator.post(`/moderation/messages/${postId}`, {
          action: "delete",
          ground: "illegal",
          explanation: "Promesse de gains : escroquerie au sens de l'article 313-1 du code pénal.",
        })
      ).statusCode,
      303,
    );
    assert.match(
      (await moderator.get("/moderation")).body,
      /Rien n&#39;attend la modération|Rien n'attend la modération/,
    );
    assert.equal((await new Agent(t.app).get(path)).statusCode, 404, "the topic is withdrawn");
    // Sent again (a page left open): nothing happens twice, and the moderator is told why.
    assert.equal(
      (
        await moderator.post(`/moderation/messages/${postId}`, {
          action: "delete",
          ground: "illegal",
          explanation: "Encore une fois.",
        })
      ).statusCode,
      409,
    );
    const outcome = await lastMailTo(t.ctx.db, "temoin@exemple.fr");
    assert.match(outcome.subject, /Suite donnée à votre signalement/, "the reporter hears the outcome");
    assert.match(outcome.text, /a pris une mesure/);
    const statement = await lastMailTo(t.ctx.db, writer.email);
    assert.match(statement.subject, /Décision de modération/);
    assert.match(statement.text, /Contenu illicite au regard de la loi/);
    assert.match(statement.text, /Par un modérateur/);
    assert.match(statement.text, /contester cette décision jusqu'au/);
    const purged = await t.ctx.database.pool.query(
      "select body_markdown from community_posts where id = $1",
      [postId],
    );
    assert.doesNotMatch(purged.rows[0].body_markdown, /riche/, "deleted words are erased, not just hidden");
    const admin = await signedIn(t.app, await createPerson(t.ctx, "administrator"));
    assert.match((await admin.get("/admin/journal")).body, /Message retiré après signalement/);
  });
});
