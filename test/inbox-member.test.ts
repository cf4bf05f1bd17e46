import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { answer } from "../src/features/inbox/index.ts";
import type { Actor } from "../src/platform/auth/actor.ts";
import { type Agent, lastMailTo } from "./helpers/agent.ts";
import { startTestApp, type TestApp } from "./helpers/app.ts";
import { staffActor, teamWith } from "./helpers/inbox.ts";
import { createPerson, PASSWORD, signedIn } from "./helpers/people.ts";

/**
 * "Mes messages": a member writes to the bank with files checked by their bytes, reads the
 * bank's sent answers (never its notes or drafts), replies in the same conversation; nobody
 * else reaches it, and the e-mail that tells of an answer never carries its text.
 */
let t: TestApp;
let advisor: Actor;
let member: Awaited<ReturnType<typeof createPerson>>;
let agent: Agent;

before(async () => {
  t = await startTestApp();
  advisor = await staffActor(t.ctx, "advisor", "Claire Martin");
  await teamWith(t.ctx, "particuliers", [{ id: advisor.id }]);
  member = await createPerson(t.ctx, "member", "julie.moreau@exemple.fr", "Julie Moreau");
  agent = await signedIn(t.app, member);
});
after(() => t.close());

/** The smallest real PNG: a 1×1 picture. */
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=",
  "base64",
);

/** A multipart form as a browser sends it, with the CSRF token of the page it was on. */
export async function postWithFiles(
  app: TestApp["app"],
  who: Agent,
  page: string,
  url: string,
  fields: Record<string, string>,
  files: { name: string; bytes: Buffer; type: string }[] = [],
) {
  const shown = await who.get(page);
  const csrf = /name="_csrf" value="([^"]+)"/.exec(shown.body)?.[1] ?? "";
  const boundary = "----confiance-inbox-boundary";
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries({ _csrf: csrf, ...fields }))
    parts.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
    );
  for (const file of files)
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="attachment"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`,
      ),
      file.bytes,
      Buffer.from("\r\n"),
    );
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return app.inject({
    method: "POST",
    url,
    headers: {
      "content-type": `multipart/form-data; boundary=${boundary}`,
      cookie: who.cookieHeaderForTests(),
    },
    payload: Buffer.concat(parts),
  });
}

const row = async (query: string, params: unknown[] = []) =>
  (await t.ctx.database.pool.query(query, params)).rows[0];

test("a member writes with a file, reads the sent answer (not the note nor the draft), is told by an e-mail without its text, and replies in the same conversation", async () => {
  const sent = await postWithFiles(
    t.app,
    agent,
    "/compte/messages/nouveau",
    "/compte/messages/nouveau",
    { subject: "Relevé de février", body: "Bonjour, il manque une opération sur mon relevé." },
    [{ name: "capture.png", bytes: PNG, type: "image/png" }],
  );
  assert.equal(sent.statusCode, 303, sent.body.slice(0, 300));
  const path = String(sent.headers.location);
  const id = Number(path.split("/").at(-1));
  const conversation = await row(
    "select c.source, c.assignee_id, p.account_id from inbox_conversations c join inbox_correspondents p on p.id = c.correspondent_id where c.id = $1",
    [id],
  );
  assert.equal(conversation.source, "private_message");
  assert.equal(Number(conversation.account_id), member.id);
  assert.equal(Number(conversation.assignee_id), advisor.id);

  const page = await agent.get(path);
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /il manque une opération/);
  const fileLink = /href="(\/compte\/messages\/pieces-jointes\/\d+)"/.exec(page.body)?.[1];
  assert.ok(fileLink, "the file is offered for download");
  const download = await agent.get(fileLink);
  assert.equal(download.statusCode, 200);
  assert.equal(download.headers["content-type"], "image/png");
  assert.match(String(download.headers["content-disposition"]), /^attachment; filename="capture.png"/);
  assert.equal(download.headers["x-content-type-options"], "nosniff");
  assert.deepEqual(download.rawPayload, PNG);

  // The advisor who works it downloads the file too; one outside the conversation's team does not.
  const fileId = fileLink.split("/").at(-1);
  const outsider = await signedIn(t.app, await createPerson(t.ctx, "advisor"));
  assert.equal((await outsider.get(`/admin/boite/pieces-jointes/${fileId}`)).statusCode, 404);
  const colleague = await createPerson(t.ctx, "advisor");
  await teamWith(t.ctx, "particuliers", [{ id: colleague.id }]);
  const worked = await (await signedIn(t.app, colleague)).get(`/admin/boite/pieces-jointes/${fileId}`);
  assert.equal(worked.statusCode, 200);
  assert.equal(worked.headers["content-type"], "image/png");
  const list = await agent.get("/compte/messages");
  assert.match(list.body, /Relevé de février/);
  assert.match(list.body, /En cours de traitement par la banque/);

  await t.ctx.database.pool.query(
    "insert into inbox_messages (conversation_id, direction, author_id, body, created_at) values ($1, 'note', $2, 'Note interne : client fragile', now())",
    [id, advisor.id],
  );
  await answer(t.ctx, advisor, id, {
    body: "Bonjour, l'opération apparaîtra sur le relevé de mars.",
    public: false,
    statusAfter: "waiting_on_client",
  });
  await t.ctx.database.pool.query(
    "insert into inbox_messages (conversation_id, direction, author_id, body, delivery, created_at) values ($1, 'outgoing', $2, 'Brouillon en attente', 'pending_approval', now())",
    [id, advisor.id],
  );
  const mail = await lastMailTo(t.ctx.db, member.email);
  assert.match(mail.subject, /a répondu à votre message/);
  assert.match(mail.text, new RegExp(`/compte/messages/${id}`));
  assert.doesNotMatch(mail.text, /relevé de mars/, "no answer text in the e-mail (bank secrecy)");

  const unread = await agent.get("/compte/messages");
  assert.match(unread.body, /1 nouvelle réponse/);
  assert.match(unread.body, /La banque vous a répondu/);
  const answered = await agent.get(path);
  assert.match(answered.body, /relevé de mars/);
  assert.match(answered.body, /Claire Martin/);
  assert.match(answered.body, /Conseiller vérifié/);
  assert.doesNotMatch(answered.body, /Note interne|Brouillon en attente/);
  assert.doesNotMatch((await agent.get("/compte/messages")).body, /nouvelle réponse/, "read now");

  const replied = await postWithFiles(t.app, agent, path, `${path}/repondre`, {
    body: "Merci, j'attendrai le relevé de mars.",
  });
  assert.equal(replied.statusCode, 303);
  assert.equal(replied.headers.location, path);
  const after = await row(
    "select status, (select count(*)::int from inbox_messages where conversation_id = $1 and direction = 'incoming') as incoming from inbox_conversations where id = $1",
    [id],
  );
  assert.equal(after.status, "open");
  assert.equal(after.incoming, 2);
});

test("another member, or a visitor, never reaches someone's conversation or file; a lying file is refused with the text kept", async () => {
  const first = await postWithFiles(
    t.app,
    agent,
    "/compte/messages/nouveau",
    "/compte/messages/nouveau",
    { subject: "Carte bloquée", body: "Ma carte est bloquée depuis hier." },
    [{ name: "scan.pdf", bytes: Buffer.from("%PDF-1.4\n%%EOF\n"), type: "application/pdf" }],
  );
  const path = String(first.headers.location);
  const fileId = (await row("select max(id) as id from inbox_attachments")).id;
  const other = await signedIn(t.app, await createPerson(t.ctx, "member"));
  assert.equal((await other.get(path)).statusCode, 404);
  assert.equal((await other.get(`/compte/messages/pieces-jointes/${fileId}`)).statusCode, 404);
  const intruding = await postWithFiles(t.app, other, "/compte/messages", `${path}/repondre`, {
    body: "Je réponds à la place d'un autre.",
  });
  assert.equal(intruding.statusCode, 404);
  assert.doesNotMatch((await other.get("/compte/messages")).body, /Carte bloquée/);

  const lying = await postWithFiles(
    t.app,
    other,
    "/compte/messages/nouveau",
    "/compte/messages/nouveau",
    { subject: "Mon relevé", body: "Voici mon relevé, tapé avec soin." },
    [
      {
        name: "releve.pdf",
        bytes: Buffer.from("<html><script>alert(1)</script></html>"),
        type: "application/pdf",
      },
    ],
  );
  assert.equal(lying.statusCode, 422);
  assert.match(lying.body, /ni un PDF ni une image/);
  assert.match(lying.body, /Voici mon relevé, tapé avec soin\./);
  assert.match(lying.body, /value="Mon relevé"/);
  const tooMany = await postWithFiles(
    t.app,
    other,
    "/compte/messages/nouveau",
    "/compte/messages/nouveau",
    { subject: "Quatre fichiers", body: "Texte" },
    Array.from({ length: 4 }, (_, i) => ({ name: `p${i}.png`, bytes: PNG, type: "image/png" })),
  );
  assert.equal(tooMany.statusCode, 413, "more files than the form has inputs");
});

test("a member's export holds their conversations; erasure anonymises them, but a complaint in the register is kept whole and the member is told why", async () => {
  const leaving = await createPerson(t.ctx, "member", "partante@exemple.fr", "Anne Partante");
  const browser = await signedIn(t.app, leaving);
  const write = async (subject: string, body: string) =>
    Number(
      String(
        (
          await postWithFiles(
            t.app,
            browser,
            "/compte/messages/nouveau",
            "/compte/messages/nouveau",
            { subject, body },
            [{ name: "piece.png", bytes: PNG, type: "image/png" }],
          )
        ).headers.location,
      )
        .split("/")
        .at(-1),
    );
  const question = await write("Horaires de l'agence", "Quels sont les horaires de l'agence de Lyon ?");
  const complaint = await write("Frais injustifiés", "Ces frais de tenue de compte sont injustifiés.");
  await answer(t.ctx, advisor, question, {
    body: "Bonjour Anne, de 9 h à 17 h.",
    public: false,
    statusAfter: "resolved",
  });
  await t.ctx.database.pool.query(
    `insert into inbox_complaints (conversation_id, received_at, received_on, channel, payment_service, acknowledge_by, answer_by, created_at)
     values ($1, now(), current_date, 'private_message', false, current_date + 14, current_date + 60, now())`,
    [complaint],
  );

  const exported = JSON.parse((await browser.get("/compte/donnees.json")).body);
  assert.equal(exported.data.inbox_correspondents.length, 1);
  assert.equal(exported.data.inbox_conversations.length, 2);
  const bodies = exported.data.inbox_messages.map((m: { body: string }) => m.body).join("\n");
  assert.match(bodies, /horaires de l'agence de Lyon/);
  assert.match(bodies, /de 9 h à 17 h/, "the bank's answers are theirs to read too");
  assert.equal(exported.data.inbox_conversations[0].search_document, undefined, "no search index");

  await browser.get("/compte/supprimer");
  const erased = await browser.post("/compte/supprimer", { password: PASSWORD, confirm: "yes" });
  assert.equal(erased.statusCode, 200);
  const farewell = await lastMailTo(t.ctx.db, leaving.email);
  assert.match(farewell.text, /registre des réclamations/, "told that complaints are kept, and why");

  const anonymised = await row(
    `select c.subject, p.account_id, p.email, p.display_name, p.erased_at,
            (select string_agg(body, '|') from inbox_messages where conversation_id = c.id) as bodies,
            (select count(*)::int from inbox_attachments a join inbox_messages m on m.id = a.message_id
              where m.conversation_id = c.id) as files
       from inbox_conversations c join inbox_correspondents p on p.id = c.correspondent_id where c.id = $1`,
    [question],
  );
  assert.equal(anonymised.account_id, null);
  assert.equal(anonymised.email, null);
  assert.ok(anonymised.erased_at);
  assert.equal(anonymised.display_name, "Personne effacée");
  assert.doesNotMatch(`${anonymised.subject} ${anonymised.bodies}`, /Lyon|Anne/);
  assert.equal(anonymised.files, 0);

  const kept = await row(
    `select p.account_id, (select string_agg(body, '|') from inbox_messages where conversation_id = c.id) as bodies,
            (select count(*)::int from inbox_attachments a join inbox_messages m on m.id = a.message_id
              where m.conversation_id = c.id) as files
       from inbox_conversations c join inbox_correspondents p on p.id = c.correspondent_id where c.id = $1`,
    [complaint],
  );
  assert.equal(
    Number(kept.account_id),
    leaving.id,
    "the complaint is still the person's, for the legal period",
  );
  assert.match(kept.bodies, /frais de tenue de compte sont injustifiés/);
  assert.equal(kept.files, 1);
});
