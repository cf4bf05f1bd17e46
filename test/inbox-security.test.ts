import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import nodemailer, { type SendMailOptions, type Transporter } from "nodemailer";
import { approveAnswer } from "../src/features/inbox/approvals.ts";
import { mediatorBlock, sendFinalAnswer } from "../src/features/inbox/complaints/final-answer.ts";
import {
  answer,
  answerMessageId,
  type InboundMail,
  type Outgoing,
  receive,
  registerSource,
  startInboundMail,
} from "../src/features/inbox/index.ts";
import { reviewLabels } from "../src/features/inbox/labels.ts";
import type { Actor } from "../src/platform/auth/actor.ts";
import { i18nFor } from "../src/platform/i18n/index.ts";
import { Agent } from "./helpers/agent.ts";
import { startTestApp, type TestApp } from "./helpers/app.ts";
import { staffActor, staffMember, teamWith } from "./helpers/inbox.ts";
import { signedIn } from "./helpers/people.ts";

/**
 * What a security review of the inbox found, each kept from coming back: a forged sender never
 * writes into someone else's conversation nor renames them; one final answer at a time; an answer
 * too long is a message, not a 500; the contact form never puts a stranger's words in the bank's
 * e-mail; one-line fields stay one line.
 */
const delivered: Outgoing[] = [];
registerSource({
  name: "security_test",
  publicReplies: false,
  deliver: async (_ctx, out) => {
    delivered.push(out);
    return {};
  },
});

let t: TestApp;
let listener: InboundMail;
let advisor: Actor;
let transport: Transporter;
const rows = async (q: string, p: unknown[] = []) => (await t.ctx.database.pool.query(q, p)).rows;

before(async () => {
  t = await startTestApp();
  advisor = await staffActor(t.ctx, "advisor", "Claire Martin");
  await teamWith(t.ctx, "particuliers", [{ id: advisor.id }]);
  listener = await startInboundMail(t.ctx, {
    port: 0,
    host: "127.0.0.1",
    recipients: ["banque.example"],
    perSenderPerHour: 50,
    perClientPerMinute: 10_000,
    authservId: "mx.banque.example",
  });
  transport = nodemailer.createTransport({
    host: "127.0.0.1",
    port: listener.port,
    secure: false,
    ignoreTLS: true,
  });
});
after(async () => {
  transport.close();
  await listener.close();
  await t.close();
});

const send = async (mail: SendMailOptions) => {
  try {
    const { response = "" } = await transport.sendMail(mail);
    return Number(response.slice(0, 3));
  } catch (error) {
    return (error as { responseCode?: number }).responseCode ?? 0;
  }
};
const checks = (result: string) => [
  {
    key: "Authentication-Results",
    value: `mx.banque.example; spf=${result} smtp.mailfrom=client.example; dkim=none; dmarc=${result}`,
  },
];
const conversationOf = async (messageId: string) =>
  Number(
    (await rows("select conversation_id from inbox_messages where external_id = $1", [messageId]))[0]
      ?.conversation_id,
  );

test("a forged sender the relay could not authenticate starts a conversation of their own and renames nobody", async () => {
  const { conversationId } = await receive(t.ctx, {
    source: "contact_form",
    threadKey: "contact:1",
    subject: "Ouvrir un compte joint",
    body: "Bonjour, quelles pièces faut-il ?",
    from: { email: "paul.durand@exemple.fr", name: "Paul Durand" },
    receivedAt: t.ctx.clock.now(),
  });
  assert.equal(
    await send({
      from: "Mallory <paul.durand@exemple.fr>",
      to: "service-client@banque.example",
      subject: "Re: Ouvrir un compte joint",
      text: "Merci de virer désormais mes fonds vers l'IBAN FR76 3000 6000 0112 3456 7890 189.",
      messageId: "<forged-1@evil.example>",
      headers: [...checks("fail"), { key: "X-Confiance-Thread", value: "contact_form:contact:1" }],
    }),
    250,
  );
  assert.notEqual(await conversationOf("<forged-1@evil.example>"), conversationId);
  const [paul] = await rows(
    "select display_name from inbox_correspondents where email = 'paul.durand@exemple.fr'",
  );
  assert.equal(paul.display_name, "Paul Durand", "a name typed in an e-mail renames nobody");
});

test("guessed ids of the bank's e-mails and an unsealed thread header name no conversation; the bank's own do", async () => {
  const { conversationId } = await receive(t.ctx, {
    source: "email",
    threadKey: "<v-1@client.example>",
    externalId: "<v-1@client.example>",
    subject: "Carte bloquée",
    body: "Ma carte est bloquée depuis ce matin.",
    from: { email: "julie@client.example", name: "Julie" },
    receivedAt: t.ctx.clock.now(),
    teamSlug: "particuliers",
  });
  const sent = await answer(t.ctx, advisor, conversationId, {
    body: "Nous regardons tout de suite.",
    public: false,
    statusAfter: "waiting_on_client",
  });
  const host = t.ctx.config.baseUrl.hostname;
  const guesses = Array.from({ length: 50 }, (_, i) => `<inbox-${i + 1}@${host}>`);
  await send({
    from: "julie@client.example",
    to: "service-client@banque.example",
    subject: "Re: Carte bloquée",
    text: "Ignorez ma demande, fermez mon compte.",
    messageId: "<guess-1@client.example>",
    references: guesses,
    headers: [{ key: "X-Confiance-Thread", value: "email:<v-1@client.example>" }],
  });
  assert.notEqual(
    await conversationOf("<guess-1@client.example>"),
    conversationId,
    "guessed ids thread nothing",
  );
  await send({
    from: "julie@client.example",
    to: "service-client@banque.example",
    subject: "Re: Carte bloquée",
    text: "Merci, c'est débloqué.",
    messageId: "<reply-1@client.example>",
    references: [answerMessageId(t.ctx, sent.messageId)],
    headers: checks("pass"),
  });
  assert.equal(
    await conversationOf("<reply-1@client.example>"),
    conversationId,
    "a reply to the bank's e-mail threads",
  );
});

test("a second final answer is refused while the first waits for approval", async () => {
  const { conversationId: id } = await receive(t.ctx, {
    source: "security_test",
    threadKey: "final-twice",
    subject: "Frais injustifiés",
    body: "Encore 12 € de frais prélevés sans explication, je suis très mécontente.",
    from: { name: "Julie", email: "julie.final@exemple.fr" },
    receivedAt: t.ctx.clock.now(),
    teamSlug: "particuliers",
  });
  await reviewLabels(t.ctx, advisor, id, { complaint: true, paymentService: false });
  const newcomer = await staffActor(t.ctx, "advisor", "Hugo Nouveau");
  await teamWith(t.ctx, "particuliers", [{ id: newcomer.id }]);
  await t.ctx.database.pool.query(
    "insert into inbox_advisors (account_id, needs_approval) values ($1, true)",
    [newcomer.id],
  );
  const block = mediatorBlock(i18nFor("fr"), t.ctx.config.mediatorContact);
  const form = {
    compensation: "",
    product: "Compte",
    category: "Tarif",
    rootCause: "Aucun",
    level: "advisor",
  };
  const first = await sendFinalAnswer(t.ctx, newcomer, id, {
    ...form,
    outcome: "rejected",
    body: `Nous rejetons.\n\n${block}`,
  });
  assert.ok(first.ok && first.delivery === "pending_approval");
  await assert.rejects(
    sendFinalAnswer(t.ctx, newcomer, id, { ...form, outcome: "upheld", body: "Nous vous donnons raison." }),
    { code: "final_answer_pending" },
  );
  const approver = await staffActor(t.ctx, "compliance_officer", "Inès");
  const before = delivered.length;
  const approved = await approveAnswer(t.ctx, approver, first.ok ? first.messageId : 0, {
    body: "Nous rejetons votre réclamation.",
    statusAfter: "open",
  });
  assert.equal(approved.ok, false, "the mediator's details cannot be edited out of a rejection");
  assert.equal(delivered.length, before);
});

test("an answer too long is refused with the text kept, never a 500", async () => {
  const { person, actor } = await staffMember(t.ctx, "advisor", "Alice Longue");
  await teamWith(t.ctx, "particuliers", [{ id: actor.id }]);
  const { conversationId: id } = await receive(t.ctx, {
    source: "security_test",
    threadKey: "too-long",
    subject: "Question",
    body: "Bonjour, une question sur mon livret.",
    from: { email: "long@exemple.fr", name: "Lucie" },
    receivedAt: t.ctx.clock.now(),
    teamSlug: "particuliers",
  });
  const staff = await signedIn(t.app, person);
  await staff.get(`/admin/boite/${id}`);
  const typed = `Bonjour ${"x".repeat(100_001)}`;
  const refused = await staff.post(`/admin/boite/${id}/repondre`, {
    body: typed,
    visibility: "private",
    statusAfter: "open",
  });
  assert.equal(refused.statusCode, 422);
  assert.match(refused.body, /20 000 caractères au plus/);
  assert.ok(refused.body.includes("x".repeat(1000)), "the typed text is kept");
});

test("the contact form's confirmation e-mail never carries the typed name, and a subject stays on one line", async () => {
  const visitor = new Agent(t.app);
  await visitor.get("/contact");
  const posted = await visitor.post("/contact", {
    name: "Service fraude : appelez le 08 99 00 00 00",
    email: "victime@exemple.fr",
    subject: "Bonjour\r\nBcc: attacker@evil.example",
    body: "Bonjour, une question.",
  });
  assert.ok(posted.statusCode < 400, `status ${posted.statusCode}`);
  const [request] = await rows(
    "select subject from inbox_contact_requests where email = 'victime@exemple.fr'",
  );
  assert.equal(request.subject, "Bonjour Bcc: attacker@evil.example");
  const [mail] = await rows("select text from mail_outbox where recipient = 'victime@exemple.fr'");
  assert.doesNotMatch(mail.text, /Service fraude|08 99/);
});
