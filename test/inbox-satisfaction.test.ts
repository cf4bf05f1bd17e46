import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import {
  afterResolved,
  answer,
  receive,
  registerSource,
  satisfactionAfterResolution,
} from "../src/features/inbox/index.ts";
import { addSuppression, suppressionKey } from "../src/features/newsletter/suppression.ts";
import type { Actor } from "../src/platform/auth/actor.ts";
import { runCommand } from "../src/platform/commands.ts";
import { Agent, lastMailTo, pathOf } from "./helpers/agent.ts";
import { startTestApp, type TestApp } from "./helpers/app.ts";
import { staffActor, teamWith } from "./helpers/inbox.ts";
import { createPerson } from "./helpers/people.ts";

/**
 * The satisfaction survey: sent when a conversation is resolved (once per resolution), to the
 * person's address, never to someone who objected; its link works once, without script, and a
 * reused, old or unknown link gets a page that says so.
 */
registerSource({ name: "test_survey", publicReplies: false, deliver: async () => ({}) });

let t: TestApp;
let advisor: Actor;
let n = 0;

before(async () => {
  t = await startTestApp();
  advisor = await staffActor(t.ctx, "advisor", "Claire Martin");
  await teamWith(t.ctx, "particuliers", [{ id: advisor.id }]);
});
after(() => t.close());

const rows = async (query: string, params: unknown[] = []) =>
  (await t.ctx.database.pool.query(query, params)).rows;
const surveysOf = async (conversationId: number) =>
  (
    await rows("select count(*)::int n from inbox_satisfaction where conversation_id = $1", [conversationId])
  )[0].n;

async function resolvedConversation(from: { email?: string; accountId?: number; name: string }) {
  const threadKey = `survey-${++n}`;
  const { conversationId } = await receive(t.ctx, {
    source: "test_survey",
    threadKey,
    subject: "Opposition sur ma carte",
    body: "Bonjour, j'ai perdu ma carte, comment faire opposition ?",
    from,
    receivedAt: t.ctx.clock.now(),
    teamSlug: "particuliers",
  });
  await answer(t.ctx, advisor, conversationId, {
    body: "Bonjour, depuis l'application : Cartes, puis Faire opposition.",
    public: false,
    statusAfter: "resolved",
  });
  return { conversationId, threadKey };
}

test("a resolved conversation sends one survey with a single-use link; the answer is kept; the link then says it was used", async () => {
  const { conversationId } = await resolvedConversation({
    email: "julie.moreau@exemple.fr",
    name: "Julie Moreau",
  });
  const mail = await lastMailTo(t.ctx.db, "julie.moreau@exemple.fr");
  assert.equal(mail.subject, "Votre avis sur notre réponse");
  assert.match(mail.text, /Opposition sur ma carte/);
  const path = pathOf(mail.link);
  assert.match(path, /^\/satisfaction\/[A-Za-z0-9_-]{43}$/);
  const [stored] = await rows("select token_hash from inbox_satisfaction where conversation_id = $1", [
    conversationId,
  ]);
  assert.notEqual(stored.token_hash, path.split("/").at(-1), "only the token's hash is kept");

  // Resolving again in the same command chain (the resolve action after a resolving answer) sends nothing more.
  assert.equal(await runCommand(t.ctx, (ctx) => afterResolved(ctx, conversationId)), false);
  assert.equal(await surveysOf(conversationId), 1);

  const visitor = new Agent(t.app);
  const page = await visitor.get(path);
  assert.equal(page.statusCode, 200);
  assert.equal(page.headers["cache-control"], "no-store");
  assert.equal(page.headers["referrer-policy"], "no-referrer");
  assert.match(page.body, /<fieldset[^>]*>\s*<legend>Êtes-vous satisfait/);
  assert.equal((page.body.match(/type="radio" name="rating"/g) ?? []).length, 5);

  const missing = await visitor.post(path, { comment: "Rapide et clair" });
  assert.equal(missing.statusCode, 422);
  assert.match(missing.body, /Choisissez une note de 1 à 5/);
  assert.match(missing.body, /Rapide et clair<\/textarea>/, "the comment typed is kept");

  const sent = await visitor.post(path, { rating: "5", comment: "Rapide et clair" });
  assert.equal(sent.statusCode, 200);
  assert.match(sent.body, /Merci pour votre avis/);
  const [answered] = await rows(
    "select rating, comment, answered_at from inbox_satisfaction where conversation_id = $1",
    [conversationId],
  );
  assert.equal(answered.rating, 5);
  assert.equal(answered.comment, "Rapide et clair");

  const reused = await visitor.post(path, { rating: "1", comment: "Finalement non" });
  assert.equal(reused.statusCode, 410);
  assert.match(reused.body, /Ce lien a déjà servi/);
  assert.equal(
    (await rows("select rating from inbox_satisfaction where conversation_id = $1", [conversationId]))[0]
      .rating,
    5,
  );
  assert.equal((await visitor.get(path)).statusCode, 410);
  const unknown = await visitor.get(`/satisfaction/${"A".repeat(43)}`);
  assert.equal(unknown.statusCode, 404);
  assert.match(unknown.body, /Ce lien ne correspond à aucune enquête/);
});

test("a reopened conversation resolved again gets a new survey; a link older than 30 days has expired", async () => {
  const { conversationId, threadKey } = await resolvedConversation({
    email: "paul.durand@exemple.fr",
    name: "Paul Durand",
  });
  await receive(t.ctx, {
    source: "test_survey",
    threadKey,
    subject: "Opposition sur ma carte",
    body: "Merci, mais je ne trouve pas le menu.",
    from: { email: "paul.durand@exemple.fr", name: "Paul Durand" },
    receivedAt: t.ctx.clock.now(),
  });
  await answer(t.ctx, advisor, conversationId, {
    body: "Menu Cartes, en bas.",
    public: false,
    statusAfter: "resolved",
  });
  assert.equal(await surveysOf(conversationId), 2);

  const path = pathOf((await lastMailTo(t.ctx.db, "paul.durand@exemple.fr")).link);
  const realNow = t.ctx.clock.now;
  t.ctx.clock.now = () => new Date(realNow().getTime() + 31 * 86_400_000);
  try {
    const expired = await new Agent(t.app).get(path);
    assert.equal(expired.statusCode, 410);
    assert.match(expired.body, /Lien expiré/);
  } finally {
    t.ctx.clock.now = realNow;
  }
});

test("a member gets the survey at their account's address, in their language; someone who objected gets none", async () => {
  const member = await createPerson(t.ctx, "member", "lena.member@exemple.fr", "Lena");
  await t.ctx.database.pool.query("update accounts set locale = 'en' where id = $1", [member.id]);
  await resolvedConversation({ accountId: member.id, name: "Lena" });
  assert.equal((await lastMailTo(t.ctx.db, "lena.member@exemple.fr")).subject, "Your opinion of our answer");

  await addSuppression(t.ctx.db, suppressionKey(t.ctx.config), "Refus.Total@exemple.fr", "objected");
  const { conversationId } = await resolvedConversation({ email: "refus.total@exemple.fr", name: "Refus" });
  assert.equal(await surveysOf(conversationId), 0);
  await t.ctx.outbox.drain();
  const mails = await rows(
    "select count(*)::int n from mailbox_messages where recipients::text ilike '%refus.total%'",
  );
  assert.equal(mails[0].n, 0);
});

test("the barometer reads the answers per Paris month and rating, for one advisor or one source, never the comments", async () => {
  const since = t.ctx.clock.now();
  const month = since.toLocaleDateString("sv-SE", { timeZone: "Europe/Paris" }).slice(0, 7);
  const between = { from: since, to: new Date(since.getTime() + 86_400_000) };
  for (const [who, rating] of [
    ["ana", "4"],
    ["bea", "4"],
    ["cyr", "1"],
  ] as const) {
    await resolvedConversation({ email: `${who}.barometre@exemple.fr`, name: who });
    const path = pathOf((await lastMailTo(t.ctx.db, `${who}.barometre@exemple.fr`)).link);
    assert.equal((await new Agent(t.app).post(path, { rating, comment: "" })).statusCode, 200);
  }
  await resolvedConversation({ email: "dan.barometre@exemple.fr", name: "dan" }); // asked, never answered
  const months = await satisfactionAfterResolution(t.ctx, between);
  assert.deepEqual(months, [{ month, counts: [1, 0, 0, 2, 0], n: 3 }]);
  assert.deepEqual(
    await satisfactionAfterResolution(t.ctx, { ...between, assigneeId: advisor.id + 1000 }),
    [],
  );
  assert.deepEqual(await satisfactionAfterResolution(t.ctx, { ...between, sources: ["community"] }), []);
  assert.equal((await satisfactionAfterResolution(t.ctx, { ...between, sources: ["test_survey"] }))[0]?.n, 3);
});
