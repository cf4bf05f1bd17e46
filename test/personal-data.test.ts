import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { after, before, describe, test } from "node:test";
import Parser from "rss-parser";
import { Agent } from "./helpers/agent.ts";
import { startTestApp, type TestApp } from "./helpers/app.ts";
import { someCategories } from "./helpers/community.ts";
import { createPerson, signedIn } from "./helpers/people.ts";

let t: TestApp;
before(async () => {
  t = await startTestApp();
  await someCategories(t.ctx);
});
after(() => t.close());

const LEAKY =
  "Mon IBAN est FR76 3000 6000 0112 3456 7890 189, ma carte 4111 1111 1111 1111, appelez le 06 12 34 56 78. Montant : 250 € le 12/03.";

describe("personal data is never published", () => {
  test("the author is shown what will be masked, publishes, and only the masked text is public", async () => {
    const member = await signedIn(t.app, await createPerson(t.ctx, "member"));
    await member.get("/nouveau-sujet");
    const asked = await member.post("/nouveau-sujet", {
      category: "comptes-et-cartes",
      kind: "question",
      title: "Virement vers mon autre compte bloqué",
      body: "Bonjour, le virement est bloqué.",
    });
    const path = asked.headers.location as string;
    const id = path.split("/").at(-1)!;
    await member.get(path);

    const warned = await member.post(`/t/${id}/repondre`, { body: LEAKY });
    assert.equal(warned.statusCode, 422, "nothing published yet");
    assert.match(warned.body, /Avant publication, nous masquerons/);
    assert.match(warned.body, /IBAN \(numéro de compte\) \(1\)/);
    assert.match(warned.body, /numéro de carte bancaire \(1\)/);
    assert.match(warned.body, /numéro de téléphone \(1\)/);
    assert.match(warned.body, /name="confirmMasking" value="1"/);
    assert.match(warned.body, /FR76 3000 6000 0112 3456 7890 189/, "the text as typed is kept to edit");
    const stored = async () =>
      (await t.ctx.database.pool.query("select body_markdown from community_posts where topic_id = $1", [id]))
        .rows;
    assert.equal((await stored()).length, 1);

    const published = await member.post(`/t/${id}/repondre`, { body: LEAKY, confirmMasking: "1" });
    assert.equal(published.statusCode, 303);
    const page = (await new Agent(t.app).get(path)).body;
    assert.match(page, /\[IBAN masqué\]/);
    assert.match(page, /\[carte masquée\]/);
    assert.match(page, /\[téléphone masqué\]/);
    assert.match(page, /250 € le 12\/03/, "amounts and dates stay");
    for (const secret of ["FR76 3000", "4111 1111", "06 12 34 56 78"]) {
      assert.doesNotMatch(page, new RegExp(secret), `${secret} not on the page`);
      assert.ok(!(await stored()).some((row) => row.body_markdown.includes(secret)), `${secret} not stored`);
    }
    // A title holding personal data is caught too; the feed carries only the masked title and text.
    await member.get("/nouveau-sujet");
    const topic = {
      category: "comptes-et-cartes",
      kind: "question",
      title: "Appelez-moi au 06 12 34 56 78 svp",
      body: "Ou écrivez à claire.martin@exemple.fr, merci.",
    };
    const titled = await member.post("/nouveau-sujet", topic);
    assert.equal(titled.statusCode, 422);
    assert.match(titled.body, /numéro de téléphone \(1\)/);
    assert.match(titled.body, /adresse e-mail \(1\)/);
    assert.equal((await member.post("/nouveau-sujet", { ...topic, confirmMasking: "1" })).statusCode, 303);
    const rss = (await new Agent(t.app).get("/flux.rss")).body;
    const feed = await new Parser().parseString(rss);
    assert.equal(feed.items[0]?.title, "Appelez-moi au [téléphone masqué] svp");
    assert.match(rss, /\[e-mail masqué\]/);
    assert.doesNotMatch(rss, /06 12 34 56 78|claire\.martin@exemple\.fr/);
  });

  test("POST /api/v1/text/check returns the masked text and the findings, for signed-in people only", async () => {
    const member = await signedIn(t.app, await createPerson(t.ctx, "member"));
    await member.get("/compte");
    const csrf = /name="_csrf" value="([^"]+)"/.exec(member.lastBody)![1]!;
    const check = (agent: Agent, text: string, headers: Record<string, string> = {}) =>
      t.app.inject({
        method: "POST",
        url: "/api/v1/text/check",
        headers: {
          "content-type": "application/json",
          "x-csrf-token": csrf,
          cookie: agent.cookieHeaderForTests(),
          ...headers,
        },
        payload: JSON.stringify({ text }),
      });
    const response = await check(member, "Écrivez à claire.martin@exemple.fr ou au +33 6 12 34 56 78.");
    assert.equal(response.statusCode, 200, response.body);
    const body = response.json() as {
      masked: string;
      findings: { kind: string; start: number; end: number; label: string }[];
    };
    assert.equal(body.masked, "Écrivez à [e-mail masqué] ou au [téléphone masqué].");
    assert.deepEqual(
      body.findings.map((f) => [f.kind, f.start, f.end]),
      [
        ["email", 10, 34],
        ["phone", 41, 58],
      ],
    );
    assert.equal(body.findings[0]!.label, "adresse e-mail");
    const visitor = new Agent(t.app);
    await visitor.get("/connexion");
    const visitorToken = /name="_csrf" value="([^"]+)"/.exec(visitor.lastBody)![1]!;
    const anonymous = await t.app.inject({
      method: "POST",
      url: "/api/v1/text/check",
      headers: {
        "content-type": "application/json",
        "x-csrf-token": visitorToken,
        cookie: visitor.cookieHeaderForTests(),
      },
      payload: JSON.stringify({ text: "x" }),
    });
    assert.equal(anonymous.statusCode, 401);
  });

  test("confiance text-check masks JSON Lines from standard input", () => {
    const run = spawnSync(process.execPath, ["--import", "tsx", "src/main.ts", "text-check"], {
      input: '{"text":"Carte 5555 5555 5555 4444 refusée"}\n{"text":"Rien, 3,5 % depuis 2019."}\n',
      encoding: "utf8",
    });
    assert.equal(run.status, 0, run.stderr);
    const [first, second] = run.stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    assert.equal(first.masked, "Carte [carte masquée] refusée");
    assert.equal(first.findings[0].kind, "card");
    assert.deepEqual(second.findings, []);
  });
});
