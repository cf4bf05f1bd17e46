import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { after, before, test } from "node:test";
import { TEXT_CHECK_MAX } from "../src/features/moderation/routes.ts";
import { Agent } from "./helpers/agent.ts";
import { startTestApp, type TestApp } from "./helpers/app.ts";
import { createPerson, signedIn } from "./helpers/people.ts";

/** The message classifier as its callers reach it: POST /api/v1/text/classify and `confiance classify`. */

let t: TestApp;
before(async () => {
  t = await startTestApp();
});
after(() => t.close());

async function classifyAs(agent: Agent, page: string, payload: unknown) {
  await agent.get(page);
  const csrf = /name="_csrf" value="([^"]+)"/.exec(agent.lastBody)![1]!;
  return t.app.inject({
    method: "POST",
    url: "/api/v1/text/classify",
    headers: {
      "content-type": "application/json",
      "x-csrf-token": csrf,
      cookie: agent.cookieHeaderForTests(),
    },
    payload: JSON.stringify(payload),
  });
}

test("POST /api/v1/text/classify answers the labels to signed-in people, refuses visitors and long texts", async () => {
  const member = await signedIn(t.app, await createPerson(t.ctx, "member"));
  const response = await classifyAs(member, "/compte", {
    text: "Troisième fois que j'appelle, ma carte est toujours bloquée. Inadmissible !",
  });
  assert.equal(response.statusCode, 200, response.body);
  const body = response.json();
  assert.deepEqual(Object.keys(body), [
    "language",
    "complaint",
    "complaintScore",
    "paymentService",
    "sentiment",
    "sentimentScore",
  ]);
  assert.equal(body.language, "fr");
  assert.equal(body.complaint, true);
  assert.equal(body.paymentService, true);
  assert.equal(body.sentiment, "negative");
  assert.equal(body.complaintScore, Math.round(body.complaintScore * 100) / 100);

  const tooLong = await classifyAs(member, "/compte", { text: "a".repeat(TEXT_CHECK_MAX + 1) });
  assert.equal(tooLong.statusCode, 400);
  const notText = await classifyAs(member, "/compte", { message: "Bonjour" });
  assert.equal(notText.statusCode, 400);

  const visitor = await classifyAs(new Agent(t.app), "/connexion", { text: "Bonjour" });
  assert.equal(visitor.statusCode, 401);
});

test("confiance classify: one line per input, an error line for a bad one, exit 1 after answering the others", () => {
  const run = spawnSync(process.execPath, ["bin/confiance.js", "classify"], {
    input: [
      '{"text":"Je n\'ai toujours pas reçu ma carte, c\'est inadmissible."}',
      "",
      "pas du JSON",
      '{"text":"How do I set up a standing order?"}',
      '{"text": 12}',
      '{"text":"Merci pour votre accueil, très agréable."}',
    ].join("\n"),
    encoding: "utf8",
  });
  assert.equal(run.status, 1, run.stderr);
  const lines = run.stdout.trim().split("\n");
  assert.equal(lines.length, 5, "blank lines are skipped, every other line is answered");
  assert.match(
    lines[0]!,
    /^\{"language":"fr","complaint":true,"complaintScore":0\.\d{1,2},"paymentService":true,"sentiment":"negative","sentimentScore":-0\.\d{1,2}\}$/,
  );
  assert.match(lines[1]!, /^\{"error":"/);
  assert.deepEqual(JSON.parse(lines[2]!), {
    language: "en",
    complaint: false,
    complaintScore: JSON.parse(lines[2]!).complaintScore,
    paymentService: true,
    sentiment: "neutral",
    sentimentScore: JSON.parse(lines[2]!).sentimentScore,
  });
  assert.match(lines[3]!, /^\{"error":"/);
  assert.equal(JSON.parse(lines[4]!).sentiment, "positive");

  const clean = spawnSync(process.execPath, ["bin/confiance.js", "classify"], {
    input: '{"text":"Quels sont vos horaires ?"}\n',
    encoding: "utf8",
  });
  assert.equal(clean.status, 0, clean.stderr);
  assert.equal(JSON.parse(clean.stdout).complaint, false);
});
