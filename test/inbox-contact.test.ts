import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { answer, answerMessageId, receive, threadHeader } from "../src/features/inbox/index.ts";
import type { Actor } from "../src/platform/auth/actor.ts";
import { Agent, lastMailTo, pathOf } from "./helpers/agent.ts";
import { startTestApp, type TestApp } from "./helpers/app.ts";
import { staffActor, teamWith } from "./helpers/inbox.ts";

/**
 * The contact form: nothing reaches the bank until the sender follows the link sent to their
 * address and presses the button; confirming twice makes one conversation; an expired link loses
 * nothing. The bank's answer leaves by e-mail with the headers that thread the reply back.
 */
let t: TestApp;
let advisor: Actor;

before(async () => {
  t = await startTestApp();
  advisor = await staffActor(t.ctx, "advisor", "Hugo Bernard");
  await teamWith(t.ctx, "particuliers", [{ id: advisor.id }]);
});
after(() => t.close());

const rows = async (query: string, params: unknown[] = []) =>
  (await t.ctx.database.pool.query(query, params)).rows;

const form = (email: string) => ({
  name: "Paul Durand",
  email,
  subject: "Ouvrir un compte joint",
  body: "Bonjour, quelles pièces faut-il pour ouvrir un compte joint ?",
});

test("bad input keeps what was typed; a confirmed address opens one conversation, even confirmed twice; the answer is threaded by its headers", async () => {
  const visitor = new Agent(t.app);
  assert.equal((await visitor.get("/contact")).statusCode, 200);
  const bad = await visitor.post("/contact", { ...form("pas-une-adresse"), name: "" }, { csrf: null });
  assert.equal(bad.statusCode, 422);
  assert.match(bad.body, /Nom : indiquez votre nom/);
  assert.match(bad.body, /value="pas-une-adresse"/);
  assert.match(bad.body, /quelles pièces faut-il pour ouvrir un compte joint/);

  const sent = await visitor.post("/contact", form("paul.durand@exemple.fr"), { csrf: null });
  assert.equal(sent.statusCode, 200);
  assert.match(sent.body, /Confirmez votre adresse/);
  assert.equal((await rows("select * from inbox_conversations where source = 'contact_form'")).length, 0);
  const mail = await lastMailTo(t.ctx.db, "paul.durand@exemple.fr");
  const link = pathOf(mail.link);
  assert.match(link, /^\/contact\/confirmer\/[\w-]+$/);
  const [stored] = await rows("select token_hash from inbox_contact_requests");
  assert.ok(!link.includes(stored.token_hash), "only the token's hash is stored");

  // Opening the link (a preview, a mail scanner) confirms nothing: a button does.
  const opened = await visitor.get(link);
  assert.equal(opened.statusCode, 200);
  assert.match(opened.body, /Confirmer et envoyer mon message/);
  assert.equal((await rows("select * from inbox_conversations where source = 'contact_form'")).length, 0);
  const confirmed = await visitor.post(link, {}, { csrf: null });
  assert.equal(confirmed.statusCode, 200);
  assert.match(confirmed.body, /Votre message est transmis/);
  const again = await visitor.post(link, {}, { csrf: null });
  assert.match(again.body, /Message déjà transmis/);
  assert.match((await visitor.get(link)).body, /Message déjà transmis/);
  const conversations = await rows(
    "select c.id, c.thread_key, p.email, p.display_name, (select count(*)::int from inbox_messages m where m.conversation_id = c.id) as messages from inbox_conversations c join inbox_correspondents p on p.id = c.correspondent_id where c.source = 'contact_form'",
  );
  assert.equal(conversations.length, 1, "one conversation, though confirmed twice");
  const [conversation] = conversations;
  assert.equal(conversation.messages, 1);
  assert.equal(conversation.email, "paul.durand@exemple.fr");
  assert.equal(conversation.display_name, "Paul Durand");
  assert.match(conversation.thread_key, /^contact:\d+$/);

  const first = await answer(t.ctx, advisor, Number(conversation.id), {
    body: "Bonjour,\n\nDeux pièces d'identité et deux justificatifs de domicile.",
    public: false,
    statusAfter: "waiting_on_client",
  });
  const outbox = async (messageId: number) =>
    (
      await rows("select recipient, subject, text, headers from mail_outbox where idempotency_key = $1", [
        `inbox.email:${messageId}`,
      ])
    )[0];
  const firstMail = await outbox(first.messageId);
  assert.equal(firstMail.recipient, "paul.durand@exemple.fr");
  assert.equal(firstMail.subject, "Re: Ouvrir un compte joint");
  assert.match(firstMail.text, /justificatifs de domicile/);
  assert.equal(firstMail.headers["Message-ID"], answerMessageId(t.ctx, first.messageId));
  assert.equal(
    firstMail.headers["X-Confiance-Thread"],
    threadHeader(t.ctx, "contact_form", conversation.thread_key),
  );
  assert.equal(firstMail.headers["In-Reply-To"], undefined, "nothing to reply to yet");

  // Their e-mailed reply comes back through the e-mail source, which finds the thread by the header.
  await receive(t.ctx, {
    source: "contact_form",
    threadKey: conversation.thread_key,
    subject: "Re: Ouvrir un compte joint",
    body: "Merci, et pour un mineur ?",
    from: { email: "paul.durand@exemple.fr", name: "Paul Durand" },
    receivedAt: t.ctx.clock.now(),
    externalId: "<reponse-1@client.exemple>",
  });
  const second = await answer(t.ctx, advisor, Number(conversation.id), {
    body: "Le livret de famille en plus.",
    public: false,
    statusAfter: "waiting_on_client",
  });
  const secondMail = await outbox(second.messageId);
  assert.equal(secondMail.headers["In-Reply-To"], "<reponse-1@client.exemple>");
  assert.equal(
    secondMail.headers.References,
    `${answerMessageId(t.ctx, first.messageId)} <reponse-1@client.exemple>`,
  );
});

test("an expired link shows a clear page and loses nothing: a new link sends the same message", async () => {
  const visitor = new Agent(t.app);
  await visitor.post("/contact", form("tardif@exemple.fr"), { csrf: null });
  const link = pathOf((await lastMailTo(t.ctx.db, "tardif@exemple.fr")).link);
  const realNow = t.ctx.clock.now;
  t.ctx.clock.now = () => new Date(Date.now() + 49 * 3600_000);
  try {
    const expired = await visitor.get(link);
    assert.equal(expired.statusCode, 410);
    assert.match(expired.body, /Ce lien a expiré/);
    assert.match(expired.body, /Votre message est conservé/);
    assert.equal((await visitor.post(link, {}, { csrf: null })).statusCode, 410, "nor by posting");
    const renewed = await visitor.post(`${link}/renvoyer`, {}, { csrf: null });
    assert.match(renewed.body, /Nouveau lien envoyé/);
    assert.equal((await visitor.get(link)).statusCode, 404, "the old link is replaced");
    const fresh = pathOf((await lastMailTo(t.ctx.db, "tardif@exemple.fr")).link);
    assert.notEqual(fresh, link);
    assert.match((await visitor.post(fresh, {}, { csrf: null })).body, /Votre message est transmis/);
  } finally {
    t.ctx.clock.now = realNow;
  }
  const [kept] = await rows(
    "select m.body from inbox_messages m join inbox_conversations c on c.id = m.conversation_id join inbox_correspondents p on p.id = c.correspondent_id where p.email = 'tardif@exemple.fr'",
  );
  assert.match(kept.body, /compte joint/);
  assert.equal((await visitor.get("/contact/confirmer/inconnu")).statusCode, 404);
});
