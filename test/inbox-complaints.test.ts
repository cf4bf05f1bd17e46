import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { approveAnswer } from "../src/features/inbox/approvals.ts";
import { acknowledgeComplaint } from "../src/features/inbox/complaints/acknowledgement.ts";
import { mediatorBlock, sendFinalAnswer } from "../src/features/inbox/complaints/final-answer.ts";
import { sendHoldingReply } from "../src/features/inbox/complaints/holding-reply.ts";
import { type Outgoing, receive, registerSource } from "../src/features/inbox/index.ts";
import { reviewLabels } from "../src/features/inbox/labels.ts";
import type { Actor } from "../src/platform/auth/actor.ts";
import { i18nFor } from "../src/platform/i18n/index.ts";
import { lastMailTo } from "./helpers/agent.ts";
import { startTestApp, type TestApp } from "./helpers/app.ts";
import { staffActor, teamWith } from "./helpers/inbox.ts";
import { createPerson, signedIn } from "./helpers/people.ts";

/**
 * Complaints by law: the register entry made when an advisor confirms a complaint, its clocks
 * across public holidays (received on Christmas Eve 2026), the dated acknowledgement (e-mail and
 * the member's receipt), the payment-service holding reply, the final answer and its mediator
 * block, the register's pages and CSV, and that the register is never deleted.
 */
const delivered: Outgoing[] = [];
registerSource({
  name: "test_complaints",
  publicReplies: false,
  deliver: async (_ctx, out) => {
    delivered.push(out);
    return { externalId: `answer-${out.messageId}` };
  },
});

let t: TestApp;
let advisor: Actor;
const realNow = () => new Date(Date.now());

before(async () => {
  t = await startTestApp();
  advisor = await staffActor(t.ctx, "advisor", "Claire Martin");
  await teamWith(t.ctx, "particuliers", [{ id: advisor.id }]);
});
after(() => t.close());

const row = async (query: string, params: unknown[] = []) =>
  (await t.ctx.database.pool.query(query, params)).rows[0];
/** A moment in Paris time (winter: UTC+1). */
const paris = (local: string) => new Date(`${local}+01:00`);
const at = (local: string) => {
  const moment = paris(local);
  t.ctx.clock.now = () => moment;
};

let n = 0;
/** A complaint received, then confirmed by the advisor (the labels' review registers it). */
async function confirmedComplaint(
  options: {
    receivedAt?: Date;
    paymentService?: boolean;
    from?: { accountId?: number; email?: string };
  } = {},
) {
  n++;
  const { conversationId } = await receive(t.ctx, {
    source: "test_complaints",
    threadKey: `complaint-${n}`,
    subject: options.paymentService ? "Virement jamais arrivé" : "Frais injustifiés",
    body: options.paymentService
      ? "Mon virement SEPA n'est toujours pas arrivé après dix jours, c'est inadmissible."
      : "Encore 12 € de frais prélevés sans explication, je suis très mécontente.",
    from: { name: "Julie Moreau", ...(options.from ?? { email: `cliente${n}@exemple.fr` }) },
    receivedAt: options.receivedAt ?? paris("2026-12-24T10:30:00"),
    teamSlug: "particuliers",
  });
  await reviewLabels(t.ctx, advisor, conversationId, {
    complaint: true,
    paymentService: options.paymentService ?? false,
  });
  return conversationId;
}

const finalForm = (over: Partial<Parameters<typeof sendFinalAnswer>[3]> = {}) => ({
  body: "Bonjour, après examen, ces frais correspondent à la tarification en vigueur.",
  outcome: "rejected",
  compensation: "",
  product: "Compte courant",
  category: "Tarification",
  rootCause: "Aucun dysfonctionnement",
  level: "advisor",
  ...over,
});

test("a confirmed complaint enters the register once, with its clocks counted across Christmas and New Year", async () => {
  at("2026-12-24T11:00:00");
  const id = await confirmedComplaint();
  await reviewLabels(t.ctx, advisor, id, { complaint: true, paymentService: false });
  const entries = await t.ctx.database.pool.query(
    "select to_char(received_on, 'YYYY-MM-DD') received_on, to_char(acknowledge_by, 'YYYY-MM-DD') acknowledge_by, to_char(answer_by, 'YYYY-MM-DD') answer_by, channel, payment_service from inbox_complaints where conversation_id = $1",
    [id],
  );
  assert.equal(entries.rowCount, 1, "confirming twice keeps one entry");
  assert.deepEqual(
    { ...entries.rows[0] },
    {
      received_on: "2026-12-24",
      acknowledge_by: "2027-01-07",
      answer_by: "2027-02-24",
      channel: "test_complaints",
      payment_service: false,
    },
  );

  const payment = await confirmedComplaint({ paymentService: true });
  assert.equal(
    (
      await row(
        "select to_char(answer_by, 'YYYY-MM-DD') d from inbox_complaints where conversation_id = $1",
        [payment],
      )
    ).d,
    "2027-01-18",
    "15 business days: 25 December and 1 January are not counted",
  );
});

test("the acknowledgement: one command queues a dated e-mail and records it; the member finds a printable receipt, nobody else does", async () => {
  const email = "julie.moreau@exemple.fr";
  const byMail = await confirmedComplaint({ from: { email } });
  at("2027-01-04T09:15:00");
  const first = await acknowledgeComplaint(t.ctx, advisor, byMail);
  assert.equal(first.mailed, true);
  const again = await acknowledgeComplaint(t.ctx, advisor, byMail);
  assert.equal(again.mailed, false, "sending it twice sends once");
  const mail = await lastMailTo(t.ctx.db, email);
  assert.equal(mail.subject, "Accusé de réception de votre réclamation");
  assert.match(mail.text, /réclamation du 24 décembre 2026/);
  assert.match(mail.text, /au plus tard le 24 février 2027/);
  assert.match(mail.text, /Accusé de réception établi le 4 janvier 2027/);
  assert.ok(
    (await row("select acknowledged_at from inbox_complaints where conversation_id = $1", [byMail]))
      .acknowledged_at,
  );

  t.ctx.clock.now = realNow;
  const member = await createPerson(t.ctx, "member");
  const other = await createPerson(t.ctx, "member");
  const own = await confirmedComplaint({ from: { accountId: member.id } });
  const receipt = `/compte/messages/${own}/accuse-de-reception`;
  const memberAgent = await signedIn(t.app, member);
  assert.equal((await memberAgent.get(receipt)).statusCode, 404, "no receipt before the acknowledgement");
  await acknowledgeComplaint(t.ctx, advisor, own);
  const page = await memberAgent.get(receipt);
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /Accusé de réception — réclamation R-2026-/);
  assert.match(page.body, /Frais injustifiés/);
  assert.match((await lastMailTo(t.ctx.db, member.email)).text, /accuse-de-reception/);
  assert.match(
    (await memberAgent.get("/compte/messages")).body,
    new RegExp(`href="${receipt}"`),
    "Mes messages lists the receipt",
  );
  const stranger = await signedIn(t.app, other);
  assert.doesNotMatch((await stranger.get("/compte/messages")).body, /accuse-de-reception/);
  assert.equal(
    (await stranger.get(receipt)).statusCode,
    404,
    "another member's receipt does not exist for them",
  );
});

test("a holding reply within the 15 business days moves the answer to 35; after the 15th it is refused", async () => {
  const inTime = await confirmedComplaint({ paymentService: true });
  at("2027-01-18T17:00:00");
  const sent = await sendHoldingReply(
    t.ctx,
    advisor,
    inTime,
    "Nous attendons le retour de la banque du bénéficiaire.",
  );
  assert.deepEqual(sent, { ok: true, answerBy: "2027-02-15", delivery: "sent" });
  assert.match(delivered.at(-1)!.body, /au plus tard le 15 février 2027/);
  assert.match(delivered.at(-1)!.body, /banque du bénéficiaire/);
  const entry = await row(
    "select to_char(answer_by, 'YYYY-MM-DD') d, holding_reply_reasons r from inbox_complaints where conversation_id = $1",
    [inTime],
  );
  assert.deepEqual(
    { ...entry },
    { d: "2027-02-15", r: "Nous attendons le retour de la banque du bénéficiaire." },
  );
  await assert.rejects(sendHoldingReply(t.ctx, advisor, inTime, "Encore une fois."), {
    code: "holding_reply_sent",
  });

  const late = await confirmedComplaint({ paymentService: true });
  at("2027-01-19T09:00:00");
  const before = delivered.length;
  const refused = await sendHoldingReply(
    t.ctx,
    advisor,
    late,
    "Nous attendons le retour de la banque du bénéficiaire.",
  );
  assert.deepEqual(refused, { ok: false, errors: { reasons: "inbox.complaints.holding.tooLate" } });
  assert.equal(delivered.length, before, "nothing sent");
  assert.equal(
    (await row("select holding_reply_at from inbox_complaints where conversation_id = $1", [late]))
      .holding_reply_at,
    null,
  );

  const notPayment = await confirmedComplaint();
  await assert.rejects(sendHoldingReply(t.ctx, advisor, notPayment, "Des raisons."), {
    code: "not_a_payment_service",
  });
});

test("a rejection without the mediator's details is refused; with the composer's block it is sent and registered", async () => {
  const id = await confirmedComplaint();
  at("2027-01-05T10:00:00");
  const before = delivered.length;
  const refused = await sendFinalAnswer(
    t.ctx,
    advisor,
    id,
    finalForm({ outcome: "partly_upheld", compensation: "12" }),
  );
  assert.deepEqual(refused, { ok: false, errors: { body: "inbox.complaints.final.mediatorMissing" } });
  assert.equal(delivered.length, before, "nothing sent");
  assert.equal(
    (await row("select answered_at from inbox_complaints where conversation_id = $1", [id])).answered_at,
    null,
  );

  const block = mediatorBlock(i18nFor("fr"), t.ctx.config.mediatorContact);
  assert.match(block, /Médiateur auprès de la FBF/);
  const sent = await sendFinalAnswer(
    t.ctx,
    advisor,
    id,
    finalForm({ outcome: "partly_upheld", compensation: "12,50", body: `${finalForm().body}\n\n${block}` }),
  );
  assert.equal(sent.ok, true);
  assert.match(delivered.at(-1)!.body, /lemediateur\.fbf\.fr/);
  const entry = await row(
    "select outcome, compensation_cents, product, root_cause, level, answered_at from inbox_complaints where conversation_id = $1",
    [id],
  );
  assert.deepEqual(
    { ...entry, answered_at: Boolean(entry.answered_at) },
    {
      outcome: "partly_upheld",
      compensation_cents: "1250",
      product: "Compte courant",
      root_cause: "Aucun dysfonctionnement",
      level: "advisor",
      answered_at: true,
    },
  );
  assert.equal((await row("select status from inbox_conversations where id = $1", [id])).status, "resolved");
  await assert.rejects(sendFinalAnswer(t.ctx, advisor, id, finalForm({ outcome: "upheld" })), {
    code: "complaint_answered",
  });

  const upheld = await confirmedComplaint();
  assert.equal(
    (await sendFinalAnswer(t.ctx, advisor, upheld, finalForm({ outcome: "upheld" }))).ok,
    true,
    "an upheld complaint needs no mediator",
  );
});

test("the register: compliance reads it and its summary; the CSV neutralises a formula typed as a product; it is never deleted", async () => {
  t.ctx.clock.now = realNow;
  const id = await confirmedComplaint();
  const block = mediatorBlock(i18nFor("fr"), t.ctx.config.mediatorContact);
  await sendFinalAnswer(
    t.ctx,
    advisor,
    id,
    finalForm({ product: '=HYPERLINK("https://exemple.com","Cliquez")', body: `Refus.\n${block}` }),
  );
  await t.ctx.database.pool.query(
    "insert into inbox_label_reviews (conversation_id, predicted_complaint, confirmed_complaint, predicted_payment_service, confirmed_payment_service, reviewed_by, reviewed_at) values ($1, false, true, false, false, $2, now())",
    [id, advisor.id],
  );
  const compliance = await signedIn(t.app, await createPerson(t.ctx, "compliance_officer"));
  const page = await compliance.get("/admin/reclamations?annee=2026");
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /Registre des réclamations/);
  assert.match(page.body, /Bilan 2026 par produit et par cause/);
  assert.match(page.body, /Réclamations manquées \(faux négatifs\)<\/dt><dd>1 \(/);
  const late = await compliance.get("/admin/reclamations?annee=2026&statut=answered");
  assert.match(late.body, new RegExp(`href="/admin/boite/${id}"`), "each row leads to its conversation");

  const csv = await compliance.get("/admin/reclamations.csv?annee=2026");
  assert.equal(csv.statusCode, 200);
  assert.match(String(csv.headers["content-type"]), /text\/csv/);
  assert.match(csv.body, /Référence,Reçue le \(heure\),Reçue le,Canal/);
  assert.match(csv.body, /"'=HYPERLINK\(""https:\/\/exemple.com"",""Cliquez""\)"/);
  assert.doesNotMatch(csv.body, /,=HYPERLINK/);

  const advisorPage = await compliance.get(`/admin/reclamations/${id}`);
  assert.equal(advisorPage.statusCode, 200, "compliance works every complaint");
  assert.match(advisorPage.body, /rejetée/);

  await assert.rejects(
    t.ctx.database.pool.query("delete from inbox_complaints where conversation_id = $1", [id]),
  );
  assert.ok(await row("select id from inbox_complaints where conversation_id = $1", [id]));
});

test("through the pages: the advisor acknowledges, is refused a rejection without the mediator, then sends it with the inserted block", async () => {
  t.ctx.clock.now = realNow;
  const person = await createPerson(t.ctx, "advisor");
  await teamWith(t.ctx, "particuliers", [{ id: person.id }]);
  const agent = await signedIn(t.app, person);
  const id = await confirmedComplaint();
  const panel = await agent.get(`/admin/boite/${id}`);
  assert.equal(panel.statusCode, 200);
  assert.match(
    panel.body,
    /Accusé de réception \(10 jours ouvrables\)/,
    "the conversation page shows the clocks",
  );
  assert.match(panel.body, /Réponse définitive \(2 mois\)/);
  const ack = await agent.post(`/admin/reclamations/${id}/accuse`, { retour: "https://ailleurs.example/" });
  assert.equal(ack.statusCode, 303);
  assert.equal(ack.headers.location, `/admin/reclamations/${id}`, "an outside return target is not followed");
  const back = await agent.post(`/admin/reclamations/${id}/accuse`, { retour: `/admin/boite/${id}` });
  assert.equal(back.headers.location, `/admin/boite/${id}`);

  const form = await agent.get(`/admin/reclamations/${id}/reponse-finale`);
  assert.match(form.body, /Médiateur auprès de la FBF/, "the composer prefills the block");
  const fields = { ...finalForm(), body: "Bonjour, nous maintenons ces frais." };
  const refused = await agent.post(`/admin/reclamations/${id}/reponse-finale`, fields);
  assert.equal(refused.statusCode, 422);
  assert.match(refused.body, /coordonnées du médiateur telles que configurées/);
  const inserted = await agent.post(`/admin/reclamations/${id}/reponse-finale`, {
    ...fields,
    inserer: "mediateur",
  });
  assert.equal(inserted.statusCode, 200);
  const body = /<textarea[^>]*name="body"[^>]*>([^<]*)<\/textarea>/
    .exec(inserted.body)![1]!
    .replaceAll("&#39;", "'")
    .replaceAll("&quot;", '"')
    .replaceAll("&amp;", "&");
  const sent = await agent.post(`/admin/reclamations/${id}/reponse-finale`, { ...fields, body });
  assert.equal(sent.statusCode, 303);
  assert.ok(
    (await row("select answered_at from inbox_complaints where conversation_id = $1", [id])).answered_at,
  );
});

test("a new advisor's final answer waits for approval: answered only when it leaves, and an approver cannot edit the mediator out", async () => {
  t.ctx.clock.now = realNow;
  const id = await confirmedComplaint();
  await t.ctx.database.pool.query(
    "insert into inbox_advisors (account_id, needs_approval) values ($1, true) on conflict (account_id) do update set needs_approval = true",
    [advisor.id],
  );
  const block = mediatorBlock(i18nFor("fr"), t.ctx.config.mediatorContact);
  const written = await sendFinalAnswer(
    t.ctx,
    advisor,
    id,
    finalForm({ body: `Nous maintenons ces frais.\n\n${block}` }),
  );
  await t.ctx.database.pool.query("update inbox_advisors set needs_approval = false where account_id = $1", [
    advisor.id,
  ]);
  assert.ok(written.ok && written.delivery === "pending_approval");
  const pending = await row("select outcome, answered_at from inbox_complaints where conversation_id = $1", [
    id,
  ]);
  assert.deepEqual(
    { ...pending },
    { outcome: "rejected", answered_at: null },
    "not answered before it leaves",
  );

  const approver = await staffActor(t.ctx, "compliance_officer", "Inès Garnier");
  const messageId = written.ok ? written.messageId : 0;
  const edited = await approveAnswer(t.ctx, approver, messageId, {
    body: "Nous maintenons ces frais.",
    statusAfter: "resolved",
  });
  assert.deepEqual(edited, { ok: false, errors: { body: "inbox.complaints.final.mediatorMissing" } });
  assert.deepEqual(
    await approveAnswer(t.ctx, approver, messageId, {
      body: `Nous maintenons ces frais, après un nouvel examen.\n\n${block}`,
      statusAfter: "resolved",
    }),
    { ok: true },
  );
  assert.ok(
    (await row("select answered_at from inbox_complaints where conversation_id = $1", [id])).answered_at,
  );
});
