import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { startNewsletterWorkers } from "../src/features/newsletter/sending.ts";
import { purgeUnconfirmed, unsubscribeUrl } from "../src/features/newsletter/service.ts";
import { addressHash, restoreSuppressions, suppressionKey } from "../src/features/newsletter/suppression.ts";
import { Agent, lastMailTo, pathOf } from "./helpers/agent.ts";
import { startTestApp, type TestApp } from "./helpers/app.ts";
import { uploadContacts } from "./helpers/contacts.ts";
import { deliverMail } from "./helpers/mail.ts";
import { createPerson, PASSWORD, signedIn } from "./helpers/people.ts";

/**
 * The suppression list (issue 11, H2 and H3): an address that unsubscribed, objected, bounced or
 * complained is written to again only after its owner follows a new confirmation link. The
 * class-wide test enumerates the paths that add or activate an address (the sign-up form, the
 * member's consent, the CSV import as client and as prospect, the relay's API), exercises each
 * on suppressed addresses, then posts the addresses to every other writing route the app
 * registers, as a visitor, as the owner and as staff; then a campaign goes out, and none of the
 * suppressed addresses is in it. Erasure and the purge of unconfirmed sign-ups run in between.
 */
let t: TestApp;
let manager: Agent;
let managerPerson: Awaited<ReturnType<typeof createPerson>>;
const RELAY = "relais-secret-de-test";
before(async () => {
  t = await startTestApp({ env: { MAIL_EVENTS_TOKEN: RELAY, NEWSLETTER_PENDING_DAYS: "7" } });
  await startNewsletterWorkers(t.ctx);
  managerPerson = await createPerson(t.ctx, "community_manager");
  manager = await signedIn(t.app, managerPerson);
});
after(() => t.close());

const status = async (email: string): Promise<string | undefined> =>
  (await t.ctx.database.pool.query("select status from newsletter_subscribers where email = $1", [email]))
    .rows[0]?.status;
const onList = async (email: string): Promise<boolean> =>
  (
    await t.ctx.database.pool.query("select 1 from newsletter_suppressions where address_hash = $1", [
      addressHash(suppressionKey(t.ctx.config), email),
    ])
  ).rows.length === 1;
const ledger = async (email: string) =>
  (
    await t.ctx.database.pool.query(
      "select decision, channel from privacy_consent_events where email = $1 and purpose = 'newsletter' order by id",
      [email],
    )
  ).rows.map((row) => `${row.decision}/${row.channel}`);

async function subscribeAndConfirm(email: string) {
  const visitor = new Agent(t.app);
  await visitor.post("/newsletter", { email, consent: "1" }, { csrf: null });
  await visitor.post(pathOf((await lastMailTo(t.ctx.db, email)).link), {}, { csrf: null });
  assert.equal(await status(email), "active");
}

async function oneClickUnsubscribe(email: string) {
  const { rows } = await t.ctx.database.pool.query("select id from newsletter_subscribers where email = $1", [
    email,
  ]);
  const response = await t.app.inject({
    method: "POST",
    url: pathOf(unsubscribeUrl(t.ctx, Number(rows[0].id))),
    headers: { "content-type": "application/x-www-form-urlencoded" },
    payload: "List-Unsubscribe=One-Click",
  });
  assert.equal(response.statusCode, 200);
}

const upload = (csv: string) => uploadContacts(t.app, manager, csv, "Fichier agence");
const HEADER = "email;basis;basis_date;basis_source;kind;locale;tags;list";
const asClient = (email: string) => `${email};client;2024-11-15;Client depuis 2019;client;fr;;`;
const asProspect = (email: string) => `${email};consentement;2025-03-02;Salon de l'épargne;prospect;fr;;`;

async function eraseOwnAccount(agent: Agent) {
  await agent.get("/compte/supprimer");
  const erased = await agent.post("/compte/supprimer", { password: PASSWORD, confirm: "yes" });
  assert.equal(erased.statusCode, 200, "the account is erased");
}

test("H2: after a one-click unsubscribe, only the owner's click on a new link subscribes the address again", async () => {
  const email = "desinscrite@exemple.fr";
  await subscribeAndConfirm(email);
  await oneClickUnsubscribe(email);
  assert.ok(await onList(email));

  // A third party asks for the address: the page says the same as for anyone, nothing changes.
  const stranger = new Agent(t.app);
  const asked = await stranger.post("/newsletter", { email, consent: "1" }, { csrf: null });
  assert.equal(asked.statusCode, 200);
  assert.equal(await status(email), "unsubscribed", "not pending: the address stays suppressed");

  // An import listing the address as a client is refused, row by row.
  const report = await upload([HEADER, asClient(email)].join("\n"));
  assert.match(report.body, /refusés : 1/);
  assert.match(report.body, /jamais réimportée/);
  assert.equal(await status(email), "unsubscribed");

  // Eight days later the stale sign-ups are purged: the suppression is another table.
  await purgeUnconfirmed(t.ctx, new Date(Date.now() + 8 * 86_400_000));
  assert.ok(await onList(email), "the purge of unconfirmed sign-ups never lifts a suppression");
  assert.equal(await status(email), "unsubscribed");

  // The owner follows the link that was mailed to them: that, and only that, subscribes again.
  const link = pathOf((await lastMailTo(t.ctx.db, email)).link);
  assert.equal((await new Agent(t.app).post(link, {}, { csrf: null })).statusCode, 200);
  assert.equal(await status(email), "active");
  assert.equal(await onList(email), false, "the owner's confirmation lifts the suppression");
  assert.deepEqual(await ledger(email), ["granted/email_link", "withdrawn/one_click", "granted/email_link"]);
});

test("H3: an objection outlives the erasure of the account; the person is told it is kept", async () => {
  const person = await createPerson(t.ctx, "member", "objection.effacee@exemple.fr");
  const member = await signedIn(t.app, person);
  await member.get("/compte/donnees");
  assert.equal((await member.post("/compte/opposition")).statusCode, 303);
  assert.equal(await status(person.email), "objected");
  await eraseOwnAccount(member);
  assert.equal(await status(person.email), undefined, "the subscriber row goes with the account");
  assert.ok(await onList(person.email), "the objection stays, as a keyed hash");
  assert.match((await lastMailTo(t.ctx.db, person.email)).text, /clé secrète/, "the erasure mail says so");
  const { rows } = await t.ctx.database.pool.query("select * from newsletter_suppressions");
  for (const row of rows) {
    assert.match(row.address_hash, /^[0-9a-f]{64}$/);
    assert.doesNotMatch(JSON.stringify(row), /@/, "no address in clear");
  }

  // A later import as a client, and then as a prospect, are refused.
  const report = await upload([HEADER, asClient(person.email)].join("\n"));
  assert.match(report.body, /jamais réimportée/);
  assert.equal(await status(person.email), undefined);
  await upload([HEADER, asProspect(person.email)].join("\n"));
  assert.equal(await status(person.email), undefined);

  // Someone signs the address up: pending at most, purged after a week; the objection stays.
  await new Agent(t.app).post("/newsletter", { email: person.email, consent: "1" }, { csrf: null });
  assert.equal(await status(person.email), "pending");
  const stillRefused = await upload([HEADER, asClient(person.email)].join("\n"));
  assert.match(stillRefused.body, /jamais réimportée/, "a pending row is not activated by an import");
  assert.equal(await status(person.email), "pending");
  await purgeUnconfirmed(t.ctx, new Date(Date.now() + 8 * 86_400_000));
  assert.equal(await status(person.email), undefined);
  assert.ok(await onList(person.email));
});

test("no path that adds or activates an address makes a suppressed one active without its owner's click", async () => {
  const adminPerson = await createPerson(t.ctx, "administrator");
  let admin = await signedIn(t.app, adminPerson);
  const addresses = {
    unsubscribed: "classe.desinscrite@exemple.fr",
    objected: "classe.opposee@exemple.fr",
    bounced: "classe.rebond@exemple.fr",
    complained: "classe.plainte@exemple.fr",
    withdrawnByMember: "classe.retrait@exemple.fr",
    erased: "classe.effacee@exemple.fr",
  };
  const suppressed = Object.values(addresses);
  const owners = new Map<string, Agent>();
  const ownerOf = async (email: string) => {
    let agent = owners.get(email);
    if (!agent) {
      const exists = await t.ctx.database.pool.query("select 1 from accounts where email = $1", [email]);
      if (exists.rows.length === 0) await createPerson(t.ctx, "member", email);
      agent = await signedIn(t.app, { email, totpSecret: null });
      owners.set(email, agent);
    }
    return agent;
  };
  const relay = (type: "bounce" | "complaint", email: string) =>
    t.app.inject({
      method: "POST",
      url: "/api/v1/mail-events",
      headers: { authorization: `Bearer ${RELAY}` },
      payload: { type, email, permanent: true },
    });

  // Every way an address gets suppressed.
  await subscribeAndConfirm(addresses.unsubscribed);
  await oneClickUnsubscribe(addresses.unsubscribed);
  const objecting = await ownerOf(addresses.objected);
  await objecting.get("/compte/donnees");
  await objecting.post("/compte/opposition");
  await subscribeAndConfirm(addresses.bounced);
  assert.equal((await relay("bounce", addresses.bounced)).statusCode, 202);
  await subscribeAndConfirm(addresses.complained);
  assert.equal((await relay("complaint", addresses.complained)).statusCode, 202);
  const withdrawing = await ownerOf(addresses.withdrawnByMember);
  await withdrawing.get("/compte/donnees");
  await withdrawing.post("/compte/consentements", { consent: "1" });
  assert.equal(await status(addresses.withdrawnByMember), "active");
  await withdrawing.post("/compte/consentements", {});
  const erasing = await signedIn(t.app, await createPerson(t.ctx, "member", addresses.erased));
  await erasing.get("/compte/donnees");
  await erasing.post("/compte/opposition");
  await eraseOwnAccount(erasing);
  for (const email of suppressed) assert.ok(await onList(email), `${email} is on the list`);

  // A control address that nothing suppressed: the campaign below must reach it.
  await subscribeAndConfirm("classe.temoin@exemple.fr");

  // 1. The paths that add or activate an address, each on every suppressed address.
  await deliverMail(t.ctx);
  const mailsBefore = Number(
    (await t.ctx.database.pool.query("select count(*) from mailbox_messages")).rows[0].count,
  );
  for (const email of suppressed) {
    const signUp = await new Agent(t.app).post("/newsletter", { email, consent: "1" }, { csrf: null });
    assert.equal(signUp.statusCode, 200, "the sign-up form answers as for anyone");
    const owner = await ownerOf(email);
    await owner.get("/compte/donnees");
    assert.equal((await owner.post("/compte/consentements", { consent: "1" })).statusCode, 303);
    assert.match(
      (await owner.get("/compte/donnees")).body,
      /suivez le lien que nous venons d&#39;envoyer|suivez le lien que nous venons d'envoyer/,
      "the member is asked to confirm by the e-mailed link",
    );
    assert.notEqual(await status(email), "active", `${email}: the member's tick alone does not subscribe`);
  }
  await deliverMail(t.ctx);
  const confirmations = Number(
    (await t.ctx.database.pool.query("select count(*) from mailbox_messages")).rows[0].count,
  );
  assert.ok(confirmations > mailsBefore, "confirmation links went to the owners");
  const clients = await upload([HEADER, ...suppressed.map(asClient)].join("\n"));
  assert.match(clients.body, new RegExp(`refusés : ${suppressed.length}`), "the import as clients");
  const prospects = await upload([HEADER, ...suppressed.map(asProspect)].join("\n"));
  assert.match(prospects.body, new RegExp(`refusés : ${suppressed.length}`), "the import as prospects");

  // 2. Every other writing route, with a suppressed address in the usual field names, as a visitor,
  // as the owner and as staff: none may activate it (a route that needs more is answered 4xx).
  // Identifiers in paths name nothing that exists, so no staff action touches the test's accounts.
  const writing = t.app.routeTable.filter((route) => !["GET", "HEAD", "OPTIONS"].includes(route.method));
  assert.ok(writing.some((route) => route.url === "/newsletter"));
  const lastly = (url: string) => Number(/deconnexion|fermer/.test(url));
  const routes = [...writing].sort((a, b) => lastly(a.url) - lastly(b.url));
  for (const [index, route] of routes.entries()) {
    const email = suppressed[index % suppressed.length]!;
    const url = route.url.replace(/:\w+/g, "999999").replace(/\*/g, "x");
    const owner = await ownerOf(email);
    for (const agent of [new Agent(t.app), owner, manager, admin]) {
      if (url.startsWith("/api/")) {
        await t.app.inject({
          method: route.method as "POST",
          url,
          headers: { cookie: agent.cookieHeaderForTests(), authorization: `Bearer ${RELAY}` },
          payload: { email, address: email, consent: true, type: "subscribe", permanent: true },
        });
      } else {
        await agent.get("/compte/donnees");
        await agent.post(url, { email, address: email, adresse: email, consent: "1", newsletter: "1" });
      }
    }
    for (const address of suppressed)
      assert.notEqual(await status(address), "active", `${route.method} ${route.url} activated ${address}`);
  }

  // The sweep signed everyone out: staff sign in again.
  manager = await signedIn(t.app, managerPerson);
  admin = await signedIn(t.app, adminPerson);

  // 3. A week later, unconfirmed sign-ups are purged: that lifts nothing.
  await purgeUnconfirmed(t.ctx, new Date(Date.now() + 8 * 86_400_000));
  for (const email of suppressed) assert.ok(await onList(email), `${email} is still on the list`);
  const again = await upload([HEADER, ...suppressed.map(asClient)].join("\n"));
  assert.match(again.body, new RegExp(`refusés : ${suppressed.length}`), "still refused after the purge");

  // 4. The next campaign reaches the control address and none of the suppressed ones.
  await manager.get("/admin/lettres/nouvelle");
  const created = await manager.post("/admin/lettres/nouvelle", {
    subjectFr: "Lettre de printemps",
    bodyFr: "Nouveautés du livret.",
    subjectEn: "Spring letter",
    bodyEn: "Savings news.",
    list: "",
    tags: "",
  });
  assert.equal(created.statusCode, 303);
  const path = created.headers.location as string;
  await manager.get(path);
  await manager.post(`${path}/soumettre`);
  await admin.get(path);
  await admin.post(`${path}/approuver`, { sendAt: "" });
  const id = Number(path.split("/").at(-1));
  for (let i = 0; i < 100; i++) {
    const { rows } = await t.ctx.database.pool.query(
      "select status from newsletter_campaigns where id = $1",
      [id],
    );
    if (rows[0].status === "sent") break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const { rows: reached } = await t.ctx.database.pool.query(
    `select s.email from newsletter_deliveries d join newsletter_subscribers s on s.id = d.subscriber_id
      where d.campaign_id = $1 and d.status = 'sent'`,
    [id],
  );
  const emails = reached.map((row) => row.email);
  assert.ok(emails.includes("classe.temoin@exemple.fr"), "the campaign went out");
  for (const email of suppressed) assert.ok(!emails.includes(email), `${email} got nothing`);
});

test("the list is completed at start from old rows and from the ledger; a row erased later keeps its suppression", async () => {
  const key = suppressionKey(t.ctx.config);
  // Rows from before the list: an unsubscribed prospect with no hash, and an address made active
  // again by the old import although its last decision in the ledger is a withdrawal.
  await t.ctx.database.pool.query(
    `insert into newsletter_subscribers (email, locale, status, created_at, last_action_at)
     values ('ancienne.desinscrite@exemple.fr', 'fr', 'unsubscribed', now() - interval '4 years', now() - interval '4 years')`,
  );
  await subscribeAndConfirm("reactivee@exemple.fr");
  await oneClickUnsubscribe("reactivee@exemple.fr");
  await t.ctx.database.pool.query(
    "update newsletter_subscribers set status = 'active' where email = 'reactivee@exemple.fr'",
  );
  await t.ctx.database.pool.query("delete from newsletter_suppressions where address_hash = any($1)", [
    [addressHash(key, "ancienne.desinscrite@exemple.fr"), addressHash(key, "reactivee@exemple.fr")],
  ]);

  const restored = await restoreSuppressions(t.ctx);
  assert.ok(restored.added >= 2);
  assert.equal(restored.reverted, 1);
  assert.equal(await status("reactivee@exemple.fr"), "unsubscribed");
  assert.ok(await onList("ancienne.desinscrite@exemple.fr"));
  assert.ok(await onList("REACTIVEE@exemple.fr"), "addresses compare without case");
  assert.deepEqual(await restoreSuppressions(t.ctx), { added: 0, reverted: 0 }, "idempotent");
  const audit = await t.ctx.database.pool.query(
    "select details from audit_log where action = 'newsletter.suppressions_restored'",
  );
  assert.equal(audit.rows.length, 1);
});
