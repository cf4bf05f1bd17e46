import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { campaignMail, startNewsletterWorkers } from "../src/features/newsletter/sending.ts";
import type { Agent } from "./helpers/agent.ts";
import { startTestApp, type TestApp } from "./helpers/app.ts";
import { uploadContacts } from "./helpers/contacts.ts";
import { createPerson, signedIn } from "./helpers/people.ts";

/**
 * Contacts as a CRM: a CSV import answered row by row (no contact without a lawful basis, no
 * suppressed address put back), lists and tags, and a campaign that reaches only its audience.
 */
let t: TestApp;
let manager: Agent;
before(async () => {
  t = await startTestApp();
  await startNewsletterWorkers(t.ctx);
  manager = await signedIn(t.app, await createPerson(t.ctx, "community_manager"));
});
after(() => t.close());

const upload = (agent: Agent, csv: string, label?: string) => uploadContacts(t.app, agent, csv, label);

test("an import is answered row by row; nobody enters without a lawful basis, and an objection is never undone", async () => {
  await createPerson(t.ctx, "member", "membre.client@exemple.fr");
  await manager.get("/admin/contacts");
  assert.equal((await manager.post("/admin/contacts/listes", { name: "Lettre épargne" })).statusCode, 303);
  const duplicate = await manager.post("/admin/contacts/listes", { name: "Lettre épargne" });
  assert.equal(duplicate.statusCode, 422);
  assert.match(duplicate.body, /Une liste porte déjà ce nom/);
  await t.ctx.database.pool.query(
    "insert into newsletter_subscribers (email, locale, status) values ('opposee@exemple.fr', 'fr', 'objected')",
  );
  const csv = [
    "email;basis;basis_date;basis_source;kind;locale;tags;list",
    "claire.salon@exemple.fr;consentement;2025-03-02;Bulletin papier du salon (rappeler Mme Roux au 06 12 34 56 78);prospect;fr;épargne|salon;Lettre épargne",
    "membre.client@exemple.fr;client;2024-11-15;Client depuis 2019, opposition proposée à l'ouverture;;fr;épargne;",
    "pas-une-adresse;consentement;2025-03-02;Salon;;;;",
    "sans.base@exemple.fr;;2025-03-02;Salon;;;;",
    "futur@exemple.fr;consentement;2099-01-01;Salon;;;;",
    "sans.source@exemple.fr;consentement;2025-03-02;;;;;",
    "opposee@exemple.fr;consentement;2025-03-02;Salon;;;;",
    "claire.salon@exemple.fr;consentement;2025-03-02;Salon;;;;",
    "liste.inconnue@exemple.fr;consentement;2025-03-02;Salon;;;;Inconnue",
  ].join("\n");
  const report = await upload(manager, csv);
  assert.equal(report.statusCode, 200);
  assert.match(report.body, /Créés : 2 · mis à jour : 0 · refusés : 7/);
  for (const reason of [
    "adresse e-mail invalide",
    "pas de base légale",
    "absente, invalide ou future",
    "source de la base légale absente",
    "jamais réimportée",
    "déjà présente plus haut",
    "liste inconnue",
  ])
    assert.ok(report.body.includes(reason), reason);

  const { rows } = await t.ctx.database.pool.query(
    "select email, status, kind, lawful_basis, tags, account_id from newsletter_subscribers where email in ('claire.salon@exemple.fr', 'membre.client@exemple.fr', 'opposee@exemple.fr') order by email",
  );
  assert.deepEqual(
    rows.map((r) => [r.email, r.status, r.kind, r.lawful_basis, r.tags.join("|"), r.account_id !== null]),
    [
      ["claire.salon@exemple.fr", "active", "prospect", "consent", "épargne|salon", false],
      ["membre.client@exemple.fr", "active", "client", "client_soft_opt_in", "épargne", true],
      ["opposee@exemple.fr", "objected", "prospect", "consent", "", false],
    ],
    "a member's address is linked to the account; the objection stands",
  );
  const proof = await t.ctx.database.pool.query(
    `select e.channel, e.page, w.text from privacy_consent_events e join privacy_consent_wordings w on w.hash = e.wording_hash
      where e.email = 'claire.salon@exemple.fr'`,
  );
  assert.equal(proof.rows[0].channel, "import");
  assert.match(proof.rows[0].text, /recueilli hors de ce site.*Bulletin papier du salon/);
  // A source says where consent was collected, not whom to call: personal data in it is masked.
  assert.doesNotMatch(proof.rows[0].text, /06 12 34 56 78/);
  assert.match(proof.rows[0].text, /Bulletin papier du salon \(rappeler Mme Roux au \[/);
  const audit = await t.ctx.database.pool.query(
    "select details from audit_log where action = 'newsletter.contacts_imported'",
  );
  assert.deepEqual(audit.rows[0].details, {
    file: "Salon de l'épargne 2025",
    created: 2,
    updated: 0,
    refused: 7,
  });

  const notCsv = await upload(manager, "juste du texte sans colonnes");
  assert.equal(notCsv.statusCode, 422);
  assert.match(notCsv.body, /pas de colonne « email »/);
  const member2 = await signedIn(t.app, await createPerson(t.ctx, "member"));
  assert.equal((await member2.get("/admin/contacts")).statusCode, 403);
  assert.match((await manager.get("/admin/contacts?q=%23salon")).body, /claire\.salon@exemple\.fr/);
});

test("a campaign to one list with a tag reaches only that audience", async () => {
  const approver = await signedIn(t.app, await createPerson(t.ctx, "administrator"));
  await t.ctx.database.pool.query(
    "insert into newsletter_subscribers (email, locale, status, tags) values ('hors.liste@exemple.fr', 'fr', 'active', '{épargne}')",
  );
  const { rows } = await t.ctx.database.pool.query(
    "select id from newsletter_lists where name = 'Lettre épargne'",
  );
  await manager.get("/admin/lettres/nouvelle");
  const created = await manager.post("/admin/lettres/nouvelle", {
    subjectFr: "Lettre épargne de mars",
    bodyFr: "Le Livret A reste à 2,4 %.",
    subjectEn: "Savings letter, March",
    bodyEn: "The Livret A stays at 2.4%.",
    list: String(rows[0].id),
    tags: "Épargne, salon",
  });
  assert.equal(created.statusCode, 303);
  const path = created.headers.location as string;
  await manager.get(path);
  await manager.post(`${path}/soumettre`);
  await approver.get(path);
  await approver.post(`${path}/approuver`, { sendAt: "" });
  const id = Number(path.split("/").at(-1));
  for (let i = 0; i < 100; i++) {
    const { rows: status } = await t.ctx.database.pool.query(
      "select status from newsletter_campaigns where id = $1",
      [id],
    );
    if (status[0].status === "sent") break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const { rows: sent } = await t.ctx.database.pool.query(
    "select s.email from newsletter_deliveries d join newsletter_subscribers s on s.id = d.subscriber_id where d.campaign_id = $1",
    [id],
  );
  assert.deepEqual(
    sent.map((r) => r.email),
    ["claire.salon@exemple.fr"],
    "in the list and with both tags; the client without 'salon' and the address outside the list are left out",
  );
});

test("click counting, when turned on: first-party, recorded as an own action, no open redirect", async () => {
  const counting = await startTestApp({ env: { NEWSLETTER_CLICK_COUNTING: "on" } });
  try {
    const { rows } = await counting.ctx.database.pool.query(
      `insert into newsletter_subscribers (email, locale, status, last_action_at)
       values ('lecteur@exemple.fr', 'fr', 'active', now() - interval '2 years') returning id`,
    );
    const author = await createPerson(counting.ctx, "community_manager");
    const { rows: campaign } = await counting.ctx.database.pool.query(
      `insert into newsletter_campaigns (subject_fr, body_fr, subject_en, body_en, author_id, status)
       values ('Lettre', 'Lisez [le taux du Livret A](https://www.banque-france.fr/taux?a=1&b=2).', 'Letter', 'Read it.', $1, 'sent')
       returning *`,
      [author.id],
    );
    const row = {
      ...campaign[0],
      id: Number(campaign[0].id),
      subjectFr: campaign[0].subject_fr,
      bodyFr: campaign[0].body_fr,
      subjectEn: campaign[0].subject_en,
      bodyEn: campaign[0].body_en,
    };
    const mail = campaignMail(counting.ctx, row, "fr", Number(rows[0].id));
    const link = /href="(http:\/\/localhost:3000\/l\?j=[^"]+)"/.exec(mail.html)?.[1];
    assert.ok(link, "the link goes through this site");
    assert.doesNotMatch(mail.html, /href="https:\/\/www\.banque-france/);
    const url = new URL(link!.replaceAll("&amp;", "&"));
    const followed = await counting.app.inject({ method: "GET", url: `${url.pathname}${url.search}` });
    assert.equal(followed.statusCode, 302);
    assert.equal(followed.headers.location, "https://www.banque-france.fr/taux?a=1&b=2");
    const { rows: after } = await counting.ctx.database.pool.query(
      "select last_action_at > now() - interval '1 minute' as fresh from newsletter_subscribers where id = $1",
      [rows[0].id],
    );
    assert.equal(after[0].fresh, true, "a click is an own action");
    const { rows: clicks } = await counting.ctx.database.pool.query(
      "select count(*)::int as n from newsletter_clicks",
    );
    assert.equal(clicks[0].n, 1);
    assert.equal(
      (await counting.app.inject({ method: "GET", url: "/l?j=v1.forge.forge.forge" })).statusCode,
      404,
    );
    assert.match(
      (await counting.app.inject({ method: "GET", url: "/newsletter" })).body,
      /Nous comptons les clics/,
    );
  } finally {
    await counting.close();
  }
  // Off by default: links are left alone, and the notice says nothing of clicks.
  assert.doesNotMatch(
    (await t.app.inject({ method: "GET", url: "/newsletter" })).body,
    /Nous comptons les clics/,
  );
});
