import assert from "node:assert/strict";
import { type AddressInfo, connect, createServer } from "node:net";
import { after, before, test } from "node:test";
import nodemailer, { type SendMailOptions, type Transporter } from "nodemailer";
import { startBackgroundWork } from "../src/background.ts";
import {
  answer,
  answerMessageId,
  type InboundMail,
  startInboundMail,
  threadHeader,
} from "../src/features/inbox/index.ts";
import type { Actor } from "../src/platform/auth/actor.ts";
import { startTestApp, type TestApp } from "./helpers/app.ts";
import { staffActor, teamWith } from "./helpers/inbox.ts";

/**
 * The e-mail source end to end: real mail over SMTP to the inbound listener (threads, duplicates,
 * the bank's answer threaded back), and every kind of bad mail refused with its SMTP answer and
 * nothing stored.
 */
let t: TestApp;
let listener: InboundMail;
let advisor: Actor;
let transport: Transporter;

const INBOX = "service-client@banque.example";
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
  "base64",
);

before(async () => {
  t = await startTestApp();
  advisor = await staffActor(t.ctx, "advisor", "Claire Martin");
  await teamWith(t.ctx, "particuliers", [{ id: advisor.id }]);
  listener = await startInboundMail(t.ctx, {
    port: 0,
    host: "127.0.0.1",
    recipients: ["banque.example", "reclamations@groupe.example"],
    perSenderPerHour: 5,
    perClientPerMinute: 10_000,
    authservId: undefined,
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

const rows = async (query: string, params: unknown[] = []) =>
  (await t.ctx.database.pool.query(query, params)).rows;
const messagesCount = async () => (await rows("select count(*)::int n from inbox_messages"))[0].n as number;

/** Sends and answers what the listener said: its code, and its text. */
async function send(mail: SendMailOptions): Promise<{ code: number; response: string }> {
  try {
    const { response = "" } = await transport.sendMail(mail);
    return { code: Number(response.slice(0, 3)), response };
  } catch (error) {
    const e = error as { responseCode?: number; response?: string; message: string };
    return { code: e.responseCode ?? 0, response: e.response ?? e.message };
  }
}

let n = 0;
const fromClient = (over: SendMailOptions = {}): SendMailOptions => ({
  from: "Julie Moreau <julie.moreau@client.example>",
  to: INBOX,
  subject: "Frais de tenue de compte",
  text: "Bonjour, pourquoi ai-je payé 8 € de frais ce mois-ci ?",
  messageId: `<client-${++n}@client.example>`,
  ...over,
});

const conversationOf = async (messageId: string) =>
  (
    await rows(
      `select c.* from inbox_conversations c join inbox_messages m on m.conversation_id = c.id
        where m.external_id = $1`,
      [messageId],
    )
  )[0];

test("a new e-mail opens a conversation named by its Message-ID, with the relay's SPF, DKIM and DMARC results; the same mail delivered twice is kept once", async () => {
  const mail = fromClient({
    subject: "RE: TR: Frais de tenue de compte",
    headers: [
      {
        key: "Authentication-Results",
        value:
          "mx.banque.example; spf=pass smtp.mailfrom=client.example; dkim=pass header.d=client.example; dmarc=pass",
      },
      // Written by the sender itself, under the relay's: not believed.
      { key: "Authentication-Results", value: "mx.banque.example; spf=fail; dkim=fail; dmarc=fail" },
    ],
  });
  const sent = await send(mail);
  assert.equal(sent.code, 250, sent.response);
  const conversation = await conversationOf(mail.messageId!);
  assert.equal(conversation.source, "email");
  assert.equal(conversation.thread_key, mail.messageId);
  assert.equal(conversation.subject, "Frais de tenue de compte", "Re: and TR: removed");
  const [message] = await rows("select * from inbox_messages where external_id = $1", [mail.messageId]);
  assert.equal(message.body, "Bonjour, pourquoi ai-je payé 8 € de frais ce mois-ci ?");
  assert.deepEqual(message.email_headers.authentication, {
    by: "mx.banque.example",
    spf: "pass",
    dkim: "pass",
    dmarc: "pass",
  });
  assert.deepEqual(message.email_headers.to, [INBOX]);
  const [correspondent] = await rows("select * from inbox_correspondents where id = $1", [
    conversation.correspondent_id,
  ]);
  assert.equal(correspondent.email, "julie.moreau@client.example");
  assert.equal(correspondent.display_name, "Julie Moreau");

  const count = await messagesCount();
  const again = await send(mail);
  assert.equal(again.code, 250, "the relay is told it arrived: it must not retry");
  assert.match(again.response, /Already received/);
  assert.equal(await messagesCount(), count, "kept once");
});

test("a reply finds its conversation by References, for the same sender only; the quoted history is left out", async () => {
  const first = fromClient({ from: "Marc Petit <marc.petit@client.example>" });
  await send(first);
  const reply = fromClient({
    from: "Marc Petit <marc.petit@client.example>",
    subject: "Re: Frais de tenue de compte",
    text: "Je précise : ce sont des frais de 8 €.\n\nLe lun. 3 mars 2025 à 10:00, Marc Petit <marc.petit@client.example> a écrit :\n> Bonjour, pourquoi ai-je payé 8 € de frais ce mois-ci ?",
    references: ["<unknown@elsewhere.example>", first.messageId!],
  });
  assert.equal((await send(reply)).code, 250);
  const conversation = await conversationOf(first.messageId!);
  assert.equal((await conversationOf(reply.messageId!)).id, conversation.id);
  const [kept] = await rows("select body, email_headers from inbox_messages where external_id = $1", [
    reply.messageId,
  ]);
  assert.equal(kept.body, "Je précise : ce sont des frais de 8 €.");
  assert.deepEqual(kept.email_headers.references, ["<unknown@elsewhere.example>", first.messageId]);

  const stranger = fromClient({
    from: "Quelqu'un <autre@ailleurs.example>",
    text: "Merci de changer l'adresse de ce client.",
    inReplyTo: first.messageId!,
    references: [first.messageId!],
  });
  assert.equal((await send(stranger)).code, 250);
  assert.notEqual(
    (await conversationOf(stranger.messageId!)).id,
    conversation.id,
    "someone else naming the thread opens their own conversation",
  );
});

test("the bank's answer is queued with the thread's headers; the client's reply to it reopens the resolved conversation", async () => {
  const first = fromClient({ from: "Sophie Durand <sophie.durand@client.example>" });
  await send(first);
  const follow = fromClient({
    from: "Sophie Durand <sophie.durand@client.example>",
    text: "Et aussi : la carte ne passe plus.",
    inReplyTo: first.messageId!,
    references: [first.messageId!],
  });
  await send(follow);
  const conversation = await conversationOf(first.messageId!);
  const sent = await answer(t.ctx, advisor, conversation.id, {
    body: "Bonjour Madame,\n\nLes frais correspondent à la tenue de compte trimestrielle.",
    public: false,
    statusAfter: "resolved",
  });
  const ownId = answerMessageId(t.ctx, sent.messageId);
  const [queued] = await rows(
    "select recipient, subject, text, headers from mail_outbox where idempotency_key = $1",
    [`inbox.email:${sent.messageId}`],
  );
  assert.equal(queued.recipient, "sophie.durand@client.example");
  assert.equal(queued.subject, "Re: Frais de tenue de compte");
  assert.match(queued.text, /tenue de compte trimestrielle/);
  assert.equal(queued.headers["Message-ID"], ownId);
  assert.equal(queued.headers["In-Reply-To"], follow.messageId, "the latest message of the client");
  assert.equal(queued.headers.References, `${first.messageId} ${follow.messageId}`);
  assert.equal(queued.headers["Reply-To"], INBOX, "answerable where they wrote");
  assert.equal(queued.headers["X-Confiance-Thread"], threadHeader(t.ctx, "email", first.messageId!));
  const [stored] = await rows("select external_id from inbox_messages where id = $1", [sent.messageId]);
  assert.equal(stored.external_id, ownId);

  // Their mail program quotes only our Message-ID.
  const reply = fromClient({
    from: "sophie.durand@client.example",
    subject: "Re: Frais de tenue de compte",
    text: "Merci, mais je conteste ces frais.",
    inReplyTo: ownId,
  });
  assert.equal((await send(reply)).code, 250);
  const reopened = await conversationOf(reply.messageId!);
  assert.equal(reopened.id, conversation.id);
  assert.equal(reopened.status, "open");
  assert.equal(reopened.reopened_count, 1);
});

test("an attachment lying about its type is dropped with a note; the message and the true picture are kept", async () => {
  const mail = fromClient({
    from: "Paul Roux <paul.roux@client.example>",
    text: "Voici mon relevé et une capture.",
    attachments: [
      {
        filename: "releve.pdf",
        contentType: "application/pdf",
        content: Buffer.from("MZ\x90\x00 not a pdf"),
      },
      { filename: "capture.png", contentType: "image/png", content: PNG },
    ],
  });
  assert.equal((await send(mail)).code, 250);
  const [message] = await rows("select id, body, email_headers from inbox_messages where external_id = $1", [
    mail.messageId,
  ]);
  assert.match(message.body, /^Voici mon relevé et une capture\./);
  assert.match(message.body, /Pièce jointe écartée : releve\.pdf/);
  assert.deepEqual(message.email_headers.droppedAttachments, [
    { filename: "releve.pdf", problem: "inbox.attachment.type" },
  ]);
  const files = await rows("select filename, media_type from inbox_attachments where message_id = $1", [
    message.id,
  ]);
  assert.deepEqual(
    files.map((f) => ({ ...f })),
    [{ filename: "capture.png", media_type: "image/png" }],
  );
});

/** A message nested `depth` multiparts deep, or with `parts` parts side by side. */
function bomb(shape: { depth?: number; parts?: number }): Buffer {
  const head = `From: bomb@client.example\r\nTo: ${INBOX}\r\nSubject: bombe\r\nMessage-ID: <bomb-${++n}@client.example>\r\nMIME-Version: 1.0\r\n`;
  if (shape.depth) {
    let body = "Content-Type: text/plain\r\n\r\nau fond\r\n";
    for (let i = 0; i < shape.depth; i++)
      body = `Content-Type: multipart/mixed; boundary="b${i}"\r\n\r\n--b${i}\r\n${body}--b${i}--\r\n`;
    return Buffer.from(head + body);
  }
  const parts = Array.from(
    { length: shape.parts ?? 0 },
    (_, i) => `--b\r\nContent-Type: text/plain\r\n\r\npart ${i}\r\n`,
  );
  return Buffer.from(`${head}Content-Type: multipart/mixed; boundary="b"\r\n\r\n${parts.join("")}--b--\r\n`);
}

test("a MIME bomb, a malformed or oversized message, and mail for someone else are refused with their SMTP answer, and nothing is stored", async () => {
  const count = await messagesCount();
  const envelope = { from: "bomb@client.example", to: [INBOX] };
  const deep = await send({ envelope, raw: bomb({ depth: 200 }) });
  assert.equal(deep.code, 554, deep.response);
  assert.match(deep.response, /nested too deep/);
  const wide = await send({ envelope, raw: bomb({ parts: 500 }) });
  assert.equal(wide.code, 554, wide.response);
  assert.match(wide.response, /Too many MIME parts/);
  const fine = await send({ envelope, raw: bomb({ depth: 3 }) });
  assert.equal(fine.code, 250, "ordinary nesting is taken");

  const hugeHeader = Buffer.from(
    `From: x@client.example\r\nTo: ${INBOX}\r\nX-Filler: ${"a".repeat(70_000)}\r\n\r\ntexte\r\n`,
  );
  assert.equal((await send({ envelope, raw: hugeHeader })).code, 552);
  const noSender = Buffer.from(`To: ${INBOX}\r\nSubject: anonyme\r\n\r\ntexte\r\n`);
  assert.equal((await send({ envelope, raw: noSender })).code, 550);

  const elsewhere = await send(fromClient({ to: "quelqu.un@autre-banque.example" }));
  assert.equal(elsewhere.code, 550);
  assert.match(elsewhere.response, /No such recipient/);

  const big = await send(fromClient({ text: "x".repeat(11 * 1024 * 1024) }));
  assert.equal(big.code, 552, "refused when announced with SIZE");
  assert.equal(await streamWithoutSize(11 * 1024 * 1024), 552, "and while streaming when not announced");
  assert.equal(await messagesCount(), count + 1, "only the ordinary one kept");
});

/** A client that does not announce the size (no EHLO, so no SIZE=): the listener counts while it streams. */
function streamWithoutSize(bytes: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = connect(listener.port, "127.0.0.1");
    const steps = [
      "HELO client.example\r\n",
      "MAIL FROM:<gros@client.example>\r\n",
      `RCPT TO:<${INBOX}>\r\n`,
      "DATA\r\n",
    ];
    let buffered = "";
    socket.on("data", (chunk) => {
      buffered += chunk.toString();
      const lines = buffered.split("\r\n");
      buffered = lines.pop() ?? "";
      for (const line of lines) {
        if (line[3] === "-") continue;
        const code = Number(line.slice(0, 3));
        const step = steps.shift();
        if (step) socket.write(step);
        else if (code === 354) {
          const line = `${"y".repeat(998)}\r\n`;
          for (let sent = 0; sent < bytes; sent += line.length) socket.write(line);
          socket.write(".\r\n");
        } else {
          socket.end("QUIT\r\n");
          resolve(code);
        }
      }
    });
    socket.on("error", reject);
  });
}

test("a sender writing too much is told to try later (451): the relay keeps the mail and retries, so nothing is lost", async () => {
  const from = "Presse <flood@client.example>";
  const codes = [];
  for (let i = 0; i < 6; i++)
    codes.push(
      (await send(fromClient({ from, envelope: { from: "flood@client.example", to: [INBOX] } }))).code,
    );
  assert.deepEqual(codes, [250, 250, 250, 250, 250, 451]);
  const refused = await send(
    fromClient({
      from,
      to: "reclamations@groupe.example",
      envelope: { from: "flood@client.example", to: ["reclamations@groupe.example"] },
    }),
  );
  assert.equal(refused.code, 451);
  assert.match(refused.response, /try again later/);
});

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
const answersOn = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, "127.0.0.1", () => {
      socket.destroy();
      resolve(true);
    });
    socket.on("error", () => resolve(false));
  });

test("the listener starts with the background work where INBOUND_SMTP_PORT is set, and closes with it", async () => {
  const port = await freePort();
  const other = await startTestApp({
    sameDatabaseAs: t,
    env: { INBOUND_SMTP_PORT: String(port), INBOUND_SMTP_RECIPIENTS: "banque.example" },
  });
  try {
    const background = await startBackgroundWork(other.ctx);
    assert.equal(await answersOn(port), true);
    await background.stop();
    assert.equal(await answersOn(port), false);
  } finally {
    await other.close();
  }
});
