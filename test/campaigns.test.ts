import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { startNewsletterWorkers } from "../src/features/newsletter/sending.ts";
import { Agent, lastMailTo } from "./helpers/agent.ts";
import { startTestApp, type TestApp } from "./helpers/app.ts";
import { deliverMail } from "./helpers/mail.ts";
import { createPerson, signedIn } from "./helpers/people.ts";

/**
 * Campaigns end to end: four eyes, pg-boss jobs on the real database, the real SMTP sink,
 * RFC 8058 headers read back from the raw message, and no send to anyone who has not
 * confirmed or who has left — including someone who leaves between two campaigns.
 */
let t: TestApp;
before(async () => {
  t = await startTestApp({
    env: {
      POSTAL_ADDRESS: "Service clients, 10 rue de la Paix, 75002 Paris",
      MAIL_EVENTS_TOKEN: "relais-secret",
    },
  });
  await startNewsletterWorkers(t.ctx);
});
after(() => t.close());

async function subscribe(email: string, locale: "fr" | "en", confirm: boolean) {
  const visitor = new Agent(t.app);
  await visitor.post("/newsletter", { email, consent: "1" }, { csrf: null });
  if (locale === "en")
    await t.ctx.database.pool.query("update newsletter_subscribers set locale = 'en' where email = $1", [
      email,
    ]);
  if (!confirm) return;
  const link = new URL((await lastMailTo(t.ctx.db, email)).link!);
  await visitor.post(`${link.pathname}${link.search}`, {}, { csrf: null });
}

async function mailsTo(email: string) {
  await deliverMail(t.ctx);
  const { rows } = await t.ctx.database.pool.query(
    "select subject, list_headers, text from mailbox_messages where position($1 in recipients) > 0 order by id",
    [email],
  );
  // Newsletters only (the confirmation e-mail is not one).
  return (rows as { subject: string; list_headers: string | null; text: string }[]).filter((m) =>
    m.subject.startsWith("Lettre"),
  );
}

async function until(check: () => Promise<boolean>, what: string) {
  for (let i = 0; i < 100; i++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  assert.fail(`timed out waiting for ${what}`);
}

async function campaign(
  author: Agent,
  approver: Agent,
  subject: string,
  versions: Record<"subjectFr" | "bodyFr" | "subjectEn" | "bodyEn", string> = {
    subjectFr: subject,
    bodyFr: "Bonjour,\n\nLes **frais de tenue de compte** baissent au 1er janvier.",
    subjectEn: `${subject} (EN)`,
    bodyEn: "Hello,\n\nAccount **fees** go down on 1 January.",
  },
): Promise<number> {
  await author.get("/admin/lettres/nouvelle");
  const created = await author.post("/admin/lettres/nouvelle", versions);
  assert.equal(created.statusCode, 303);
  const path = created.headers.location as string;
  await author.get(path);
  assert.equal((await author.post(`${path}/soumettre`)).statusCode, 303);
  await approver.get(path);
  assert.equal((await approver.post(`${path}/approuver`, { sendAt: "" })).statusCode, 303);
  const id = Number(path.split("/").at(-1));
  await until(async () => {
    const { rows } = await t.ctx.database.pool.query(
      "select status from newsletter_campaigns where id = $1",
      [id],
    );
    return rows[0].status === "sent";
  }, "the campaign to be sent");
  return id;
}

describe("newsletter campaigns", () => {
  test("four eyes, then only confirmed subscribers receive it, with both unsubscribe headers; one click stops the next", async () => {
    await subscribe("active.fr@exemple.fr", "fr", true);
    await subscribe("active.en@exemple.fr", "en", true);
    await subscribe("pending@exemple.fr", "fr", false);
    await subscribe("left@exemple.fr", "fr", true);
    await t.ctx.database.pool.query(
      "update newsletter_subscribers set status = 'unsubscribed' where email = 'left@exemple.fr'",
    );

    const authorPerson = await createPerson(t.ctx, "community_manager");
    const author = await signedIn(t.app, authorPerson);
    const approver = await signedIn(t.app, await createPerson(t.ctx, "administrator"));
    const member = await signedIn(t.app, await createPerson(t.ctx, "member"));
    assert.equal((await member.get("/admin/lettres")).statusCode, 403);

    await author.get("/admin/lettres/nouvelle");
    const empty = await author.post("/admin/lettres/nouvelle", {
      subjectFr: "Hi",
      bodyFr: "Texte gardé",
      subjectEn: "",
      bodyEn: "",
    });
    assert.equal(empty.statusCode, 422);
    assert.match(empty.body, /au moins 3 caractères/);
    assert.match(empty.body, />Texte gardé</, "what was typed is kept");

    const draft = await author.post("/admin/lettres/nouvelle", {
      subjectFr: "Vos frais baissent",
      bodyFr: "Les frais baissent.",
      subjectEn: "Your fees go down",
      bodyEn: "Fees go down.",
    });
    const path = draft.headers.location as string;
    await author.get(path);
    assert.equal((await author.post(`${path}/test`)).statusCode, 303);
    assert.match((await lastMailTo(t.ctx.db, authorPerson.email)).subject, /^\[TEST\] /);
    await author.post(`${path}/soumettre`);
    const own = await author.get(path);
    assert.match(own.body, /une autre personne doit l&#39;approuver|une autre personne doit l'approuver/);
    assert.equal(
      (await author.post(`${path}/approuver`, { sendAt: "" })).statusCode,
      403,
      "the author cannot approve",
    );
    await assert.rejects(
      t.ctx.database.pool.query(
        "update newsletter_campaigns set approved_by = author_id, status = 'approved' where id = $1",
        [Number(path.split("/").at(-1))],
      ),
      /four_eyes/,
      "and the database refuses it too",
    );
    await author.post(`${path}/renvoyer`);

    await campaign(author, approver, "Lettre de décembre");
    const [fr] = await mailsTo("active.fr@exemple.fr");
    assert.ok(fr, "the confirmed subscriber got it");
    assert.equal(fr.subject, "Lettre de décembre");
    assert.match(
      fr.list_headers ?? "",
      /List-Unsubscribe: <http:\/\/localhost:3000\/newsletter\/desinscription\?jeton=/i,
    );
    assert.match(fr.list_headers ?? "", /List-Unsubscribe-Post: List-Unsubscribe=One-Click/i);
    assert.match(fr.text, /Service clients, 10 rue de la Paix, 75002 Paris/, "the sender's postal contact");
    const en = (await mailsTo("active.en@exemple.fr")).at(-1);
    assert.equal(en?.subject, "Lettre de décembre (EN)", "each in their language");
    assert.equal((await mailsTo("pending@exemple.fr")).length, 0, "nothing to an unconfirmed address");
    assert.equal((await mailsTo("left@exemple.fr")).length, 0, "nothing to an address that left");

    const unsubscribe = /<(http[^>]+)>/.exec(fr.list_headers!)![1]!;
    const url = new URL(unsubscribe);
    const oneClick = await t.app.inject({
      method: "POST",
      url: `${url.pathname}${url.search}`,
      headers: { "content-type": "application/x-www-form-urlencoded" },
      payload: "List-Unsubscribe=One-Click",
    });
    assert.equal(oneClick.statusCode, 200);

    const second = await campaign(author, approver, "Lettre de janvier");
    assert.equal((await mailsTo("active.fr@exemple.fr")).length, 1, "the next campaign skips them");
    assert.equal((await mailsTo("active.en@exemple.fr")).at(-1)?.subject, "Lettre de janvier (EN)");
    const report = await author.get(`/admin/lettres/${second}`);
    assert.match(report.body, /Envoyés : 1/);
    const archived = await t.ctx.database.pool.query(
      "select body from archive_staff_publications where place_type = 'newsletter' order by id",
    );
    assert.equal(archived.rows.length, 2, "each approved issue is in the archive of what the bank said");
    assert.match(archived.rows[0].body, /Lettre de décembre[\s\S]*frais de tenue de compte/);
  });

  test("a hard bounce, a complaint and an objection each stop every later send at once", async () => {
    await subscribe("fidele@exemple.fr", "fr", true);
    // An address that worked when it subscribed, and whose mailbox has closed since.
    await subscribe("inexistant@banque.invalid", "fr", false);
    await t.ctx.database.pool.query(
      "update newsletter_subscribers set status = 'active' where email = 'inexistant@banque.invalid'",
    );
    await subscribe("plainte@exemple.fr", "fr", true);
    await subscribe("opposant@exemple.fr", "fr", true);
    const author = await signedIn(t.app, await createPerson(t.ctx, "community_manager"));
    const approver = await signedIn(t.app, await createPerson(t.ctx, "administrator"));

    // The relay reports a complaint afterwards; it needs its token.
    const report = (authorization: string, body: object) =>
      t.app.inject({
        method: "POST",
        url: "/api/v1/mail-events",
        headers: { authorization, "content-type": "application/json" },
        payload: body,
      });
    assert.equal(
      (await report("Bearer faux", { type: "complaint", email: "plainte@exemple.fr" })).statusCode,
      401,
    );
    assert.equal(
      (
        await report("Bearer relais-secret", {
          type: "bounce",
          email: "plainte@exemple.fr",
          permanent: false,
        })
      ).statusCode,
      202,
      "a temporary bounce is the relay's to retry",
    );
    assert.equal(
      (await report("Bearer relais-secret", { type: "complaint", email: "plainte@exemple.fr" })).statusCode,
      202,
    );
    // The objection, from the privacy centre's link: immediate.
    const visitor = new Agent(t.app);
    await visitor.post(
      "/mes-droits",
      { email: "opposant@exemple.fr", kind: "objection", details: "" },
      { csrf: null },
    );
    const link = new URL((await lastMailTo(t.ctx.db, "opposant@exemple.fr")).link!);
    await visitor.post(`${link.pathname}${link.search}&action=confirm`, {}, { csrf: null });
    const objected = await visitor.post(`${link.pathname}${link.search}&action=object`, {}, { csrf: null });
    assert.match(objected.body, /plus aucun message commercial/);

    const first = await campaign(author, approver, "Lettre de février");
    assert.equal((await mailsTo("fidele@exemple.fr")).at(-1)?.subject, "Lettre de février");
    assert.equal((await mailsTo("plainte@exemple.fr")).length, 0, "nothing after a complaint");
    assert.equal((await mailsTo("opposant@exemple.fr")).length, 0, "nothing after an objection");
    const { rows } = await t.ctx.database.pool.query(
      "select email, status from newsletter_subscribers where email in ('inexistant@banque.invalid', 'plainte@exemple.fr', 'opposant@exemple.fr') order by email",
    );
    assert.deepEqual(
      rows.map((r) => `${r.email} ${r.status}`),
      ["inexistant@banque.invalid bounced", "opposant@exemple.fr objected", "plainte@exemple.fr complained"],
      "the relay refused the .invalid address during the SMTP conversation: a hard bounce",
    );
    assert.match(
      (await author.get(`/admin/lettres/${first}`)).body,
      /adresses inexistantes \(retirées\) : 1/,
    );

    // A contact whose processing is restricted (art. 18) is kept, and not written to.
    await subscribe("limitee@exemple.fr", "fr", true);
    await t.ctx.database.pool.query(
      "update newsletter_subscribers set restricted_at = now() where email = 'limitee@exemple.fr'",
    );
    await campaign(author, approver, "Lettre de mars");
    const deliveries = await t.ctx.database.pool.query(
      `select s.email from newsletter_deliveries d join newsletter_subscribers s on s.id = d.subscriber_id
        join newsletter_campaigns c on c.id = d.campaign_id where c.subject_fr = 'Lettre de mars'`,
    );
    assert.ok(
      !deliveries.rows.some((r) => /inexistant|plainte|opposant|limitee/.test(r.email)),
      "the bounced, complaining, objecting and restricted addresses are not even queued",
    );
    const ledger = await t.ctx.database.pool.query(
      "select email, channel from privacy_consent_events where decision = 'withdrawn' and email in ('plainte@exemple.fr', 'opposant@exemple.fr') order by email",
    );
    assert.deepEqual(
      ledger.rows.map((r) => `${r.email} ${r.channel}`),
      ["opposant@exemple.fr email_link", "plainte@exemple.fr mail_complaint"],
    );
  });

  test("a letter written only in French goes to everyone in French, with one greeting; the Mailbox shows it formatted, its links whole", async () => {
    await subscribe("seule.fr@exemple.fr", "fr", true);
    await subscribe("seule.en@exemple.fr", "en", true);
    const authorPerson = await createPerson(t.ctx, "community_manager");
    const author = await signedIn(t.app, authorPerson);
    const approver = await signedIn(t.app, await createPerson(t.ctx, "administrator"));
    const body =
      "Bonjour,\n\nNos **nouveaux tarifs** sont sur [nos actualités](https://banque.example/actualites). Le détail : https://banque.example/tarifs.";

    const form = await author.get("/admin/lettres/nouvelle");
    assert.match(form.body, /une lettre écrite seulement en français part en français à tout le monde/);
    assert.match(form.body, /formule d&#39;appel comprise|formule d'appel comprise/);
    const none = await author.post("/admin/lettres/nouvelle", {
      subjectFr: "",
      bodyFr: "",
      subjectEn: "",
      bodyEn: "",
    });
    assert.equal(none.statusCode, 422);
    assert.match(none.body, /au moins une langue/);
    const halfEnglish = await author.post("/admin/lettres/nouvelle", {
      subjectFr: "Lettre d'avril",
      bodyFr: body,
      subjectEn: "April",
      bodyEn: "",
    });
    assert.equal(halfEnglish.statusCode, 422);
    assert.match(halfEnglish.body, /Version anglaise : écrivez le texte/, "the error names its language");
    assert.doesNotMatch(halfEnglish.body, /Version française :/, "the French version is whole");

    const id = await campaign(author, approver, "Lettre d'avril", {
      subjectFr: "Lettre d'avril",
      bodyFr: body,
      subjectEn: "",
      bodyEn: "",
    });
    const page = await author.get(`/admin/lettres/${id}`);
    assert.match(
      page.body,
      /Pas de version anglaise : les abonnés anglophones recevront la version française/,
    );
    await author.post(`/admin/lettres/${id}/test`);
    await deliverMail(t.ctx);
    const tests = await t.ctx.database.pool.query(
      "select subject from mailbox_messages where recipients = $1 and subject like '[TEST]%'",
      [authorPerson.email],
    );
    assert.deepEqual(
      tests.rows.map((r) => r.subject),
      ["[TEST] Lettre d'avril"],
      "one test per version written",
    );

    const { rows } = await t.ctx.database.pool.query(
      "select id, subject, text, html from mailbox_messages where recipients = $1 and subject = $2",
      ["seule.en@exemple.fr", "Lettre d'avril"],
    );
    assert.equal(rows.length, 1, "the English reader gets the French letter");
    const [mail] = rows as { id: number; subject: string; text: string; html: string }[];
    assert.match(mail!.html, /<html lang="fr">/, "and the whole e-mail is in French");
    assert.match(mail!.text, /Se désinscrire en un clic/);
    for (const part of [mail!.text, mail!.html])
      assert.equal(part.match(/Bonjour,/g)?.length, 1, "one greeting, the author's");

    const shown = await approver.get(`/admin/boite-mail/${mail!.id}`);
    assert.equal(shown.statusCode, 200);
    assert.match(
      shown.body,
      new RegExp(`<iframe class="mail-frame" src="/admin/boite-mail/${mail!.id}/html" sandbox[ =>]`),
    );
    assert.match(shown.headers["content-security-policy"] as string, /frame-src 'self'/);
    assert.match(shown.body, /href="https:\/\/banque\.example\/actualites"/);
    assert.match(shown.body, /href="https:\/\/banque\.example\/tarifs"/);
    assert.doesNotMatch(
      shown.body,
      /class="mail-link">[^<]*[).]</,
      "a ')' or a full stop is not part of a link",
    );

    const html = await approver.get(`/admin/boite-mail/${mail!.id}/html`);
    assert.equal(html.statusCode, 200);
    assert.match(html.body, /<strong>nouveaux tarifs<\/strong>/, "the HTML part, formatted");
    const policy = html.headers["content-security-policy"] as string;
    assert.match(policy, /^sandbox; default-src 'none';/, "served sandboxed, loading nothing");
    assert.doesNotMatch(policy, /script-src/);
    const notAdministrator = await signedIn(t.app, await createPerson(t.ctx, "community_manager"));
    assert.equal((await notAdministrator.get(`/admin/boite-mail/${mail!.id}/html`)).statusCode, 403);
  });
});
