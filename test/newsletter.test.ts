import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { reviewProspects } from "../src/features/newsletter/retention.ts";
import { purgeUnconfirmed, unsubscribeUrl } from "../src/features/newsletter/service.ts";
import { Agent, lastMailTo } from "./helpers/agent.ts";
import { startTestApp, type TestApp } from "./helpers/app.ts";
import { deliverMail } from "./helpers/mail.ts";
import { createPerson, signedIn } from "./helpers/people.ts";

/**
 * The newsletter's consent, end to end over HTTP with the real SMTP sink: nothing pre-ticked,
 * double opt-in, the ledger's proof with the exact words, RFC 8058 one-click unsubscribe,
 * the ledger's immutability, the purge of unconfirmed sign-ups and the DPO's view.
 */
let t: TestApp;
before(async () => {
  t = await startTestApp({ env: { DPO_CONTACT: "dpo@banque.example", NEWSLETTER_PENDING_DAYS: "7" } });
});
after(() => t.close());

const subscriber = async (email: string) =>
  (await t.ctx.database.pool.query("select * from newsletter_subscribers where email = $1", [email])).rows[0];
const ledger = async (email: string) =>
  (
    await t.ctx.database.pool.query(
      `select e.decision, e.channel, e.page, e.ip_prefix, w.text
         from privacy_consent_events e join privacy_consent_wordings w on w.hash = e.wording_hash
        where e.email = $1 order by e.id`,
      [email],
    )
  ).rows;
const pathOf = (link: string) => {
  const url = new URL(link);
  return `${url.pathname}${url.search}`;
};

describe("the newsletter, with consent that can be proven", () => {
  test("nothing is pre-ticked; a sign-up is active only after the e-mailed link; the ledger keeps the words shown", async () => {
    const visitor = new Agent(t.app);
    const form = await visitor.get("/newsletter");
    assert.equal(form.statusCode, 200);
    assert.doesNotMatch(form.body, /name="consent" value="1" checked/, "nothing is ticked on the page");
    assert.match(form.body, /Responsable du traitement/);
    assert.match(form.body, /dpo@banque\.example/);
    assert.equal(form.headers["set-cookie"], undefined, "reading sets no cookie");

    const unticked = await visitor.post("/newsletter", { email: "lucie@exemple.fr" }, { csrf: null });
    assert.equal(unticked.statusCode, 422);
    assert.match(unticked.body, /rien n&#39;est coché pour vous|rien n'est coché pour vous/);
    assert.match(unticked.body, /value="lucie@exemple\.fr"/, "the address typed is kept");

    const asked = await visitor.post(
      "/newsletter",
      { email: "lucie@exemple.fr", consent: "1" },
      { csrf: null },
    );
    assert.equal(asked.statusCode, 200);
    assert.match(asked.body, /Vérifiez votre boîte mail/);
    assert.equal((await subscriber("lucie@exemple.fr")).status, "pending");
    assert.deepEqual(
      await ledger("lucie@exemple.fr"),
      [],
      "no consent is recorded before the link is followed",
    );

    const mail = await lastMailTo(t.ctx.db, "lucie@exemple.fr");
    assert.match(mail.subject, /Confirmez votre inscription/);
    const link = pathOf(mail.link!);
    assert.equal((await visitor.get(link)).statusCode, 200);
    assert.equal(
      (await subscriber("lucie@exemple.fr")).status,
      "pending",
      "opening the link alone subscribes nobody",
    );
    const confirmed = await visitor.post(link, {}, { csrf: null });
    assert.equal(confirmed.statusCode, 200);
    assert.match(confirmed.body, /C&#39;est confirmé|C'est confirmé/);
    assert.equal((await subscriber("lucie@exemple.fr")).status, "active");
    const [granted] = await ledger("lucie@exemple.fr");
    assert.equal(granted.decision, "granted");
    assert.equal(granted.channel, "email_link");
    assert.match(granted.text, /J'accepte de recevoir la lettre d'information/);
    assert.equal((await visitor.post(link, {}, { csrf: null })).statusCode, 400, "the link works once");
  });

  test("one click unsubscribes, without cookie or form token, at once and for good", async () => {
    const visitor = new Agent(t.app);
    await visitor.post("/newsletter", { email: "marc@exemple.fr", consent: "1" }, { csrf: null });
    await visitor.post(pathOf((await lastMailTo(t.ctx.db, "marc@exemple.fr")).link!), {}, { csrf: null });
    // RFC 8058: the mail client posts this body to the List-Unsubscribe address, and nothing else.
    const oneClick = await t.app.inject({
      method: "POST",
      url: pathOf(unsubscribeUrl(t.ctx, Number((await subscriber("marc@exemple.fr")).id))),
      headers: { "content-type": "application/x-www-form-urlencoded" },
      payload: "List-Unsubscribe=One-Click",
    });
    assert.equal(oneClick.statusCode, 200);
    assert.equal((await subscriber("marc@exemple.fr")).status, "unsubscribed");
    assert.deepEqual(
      (await ledger("marc@exemple.fr")).map((row) => [row.decision, row.channel]),
      [
        ["granted", "email_link"],
        ["withdrawn", "one_click"],
      ],
    );
    const forged = await t.app.inject({ method: "POST", url: "/newsletter/desinscription?jeton=faux" });
    assert.equal(forged.statusCode, 400);
  });

  test("an unsubscribe link opened again says it is done, and offers to come back only through a new confirmation", async () => {
    const visitor = new Agent(t.app);
    await visitor.post("/newsletter", { email: "revient@exemple.fr", consent: "1" }, { csrf: null });
    await visitor.post(pathOf((await lastMailTo(t.ctx.db, "revient@exemple.fr")).link!), {}, { csrf: null });
    const link = pathOf(unsubscribeUrl(t.ctx, Number((await subscriber("revient@exemple.fr")).id)));
    const first = await visitor.get(link);
    assert.match(first.body, /Me désinscrire/, "while subscribed, the page asks");
    assert.equal((await visitor.post(link, {}, { csrf: null })).statusCode, 200);

    const again = await visitor.get(link);
    assert.equal(again.statusCode, 200);
    assert.doesNotMatch(again.body, /Me désinscrire/, "no button to do what is already done");
    assert.match(again.body, /Cette adresse est déjà désinscrite/);
    assert.match(again.body, /Recevoir de nouveau la lettre/);
    assert.doesNotMatch(again.body, /name="consent" value="1" checked/, "nothing is ticked for them");
    assert.match(again.body, /Responsable du traitement/, "the notice is beside the form");
    const action = /action="(\/newsletter\/desinscription\/reinscription[^"]+)"/
      .exec(again.body)![1]!
      .replaceAll("&amp;", "&");

    const unticked = await visitor.post(action, {}, { csrf: null });
    assert.equal(unticked.statusCode, 422);
    assert.match(unticked.body, /rien n&#39;est coché pour vous|rien n'est coché pour vous/);

    const mailCount = async () => {
      await deliverMail(t.ctx);
      return (
        await t.ctx.database.pool.query(
          "select count(*)::int as n from mailbox_messages where recipients = $1",
          ["revient@exemple.fr"],
        )
      ).rows[0].n as number;
    };
    const mailsBefore = await mailCount();
    const asked = await visitor.post(action, { consent: "1" }, { csrf: null });
    assert.equal(asked.statusCode, 200);
    assert.match(asked.body, /Vérifiez votre boîte mail/);
    assert.equal(
      (await subscriber("revient@exemple.fr")).status,
      "unsubscribed",
      "still unsubscribed until the owner follows the new link",
    );
    const confirmation = await lastMailTo(t.ctx.db, "revient@exemple.fr");
    assert.match(confirmation.subject, /Confirmez votre inscription/);
    assert.equal(await mailCount(), mailsBefore + 1, "one confirmation e-mail, nothing else");
    await visitor.post(pathOf(confirmation.link!), {}, { csrf: null });
    assert.equal((await subscriber("revient@exemple.fr")).status, "active");
    assert.match((await visitor.get(link)).body, /Me désinscrire/, "subscribed again: the link asks again");

    assert.equal(
      (
        await visitor.post(
          "/newsletter/desinscription/reinscription?jeton=faux",
          { consent: "1" },
          { csrf: null },
        )
      ).statusCode,
      400,
    );
  });

  test("the ledger cannot be rewritten; unconfirmed sign-ups are purged after the delay", async () => {
    await assert.rejects(
      t.ctx.database.pool.query("update privacy_consent_events set decision = 'granted'"),
      /append-only/,
    );
    await assert.rejects(t.ctx.database.pool.query("delete from privacy_consent_events"), /append-only/);
    await assert.rejects(
      t.ctx.database.pool.query("update privacy_consent_wordings set text = 'autre chose'"),
      /append-only/,
    );

    const visitor = new Agent(t.app);
    await visitor.post("/newsletter", { email: "oubli@exemple.fr", consent: "1" }, { csrf: null });
    assert.equal(await purgeUnconfirmed(t.ctx), 0, "not yet");
    assert.equal(await purgeUnconfirmed(t.ctx, new Date(Date.now() + 8 * 86_400_000)), 1);
    assert.equal(await subscriber("oubli@exemple.fr"), undefined);
    const stale = pathOf((await lastMailTo(t.ctx.db, "oubli@exemple.fr")).link!);
    assert.equal((await visitor.post(stale, {}, { csrf: null })).statusCode, 400);
  });

  test("a member subscribes and withdraws from their account, each in one step, both in the ledger", async () => {
    const person = await createPerson(t.ctx, "member", "membre.lettre@exemple.fr");
    const member = await signedIn(t.app, person);
    const page = await member.get("/compte/donnees");
    assert.match(page.body, /Vous ne recevez pas la lettre/);
    assert.doesNotMatch(page.body, /name="consent" value="1" checked/);
    assert.equal((await member.post("/compte/consentements", { consent: "1" })).statusCode, 303);
    assert.equal(
      (await subscriber(person.email)).status,
      "active",
      "the address is already proven by the account",
    );
    assert.match((await member.get("/compte/donnees")).body, /name="consent" value="1" checked/);
    assert.equal((await member.post("/compte/consentements", {})).statusCode, 303);
    assert.equal((await subscriber(person.email)).status, "unsubscribed");
    assert.deepEqual(
      (await ledger(person.email)).map((row) => [row.decision, row.channel]),
      [
        ["granted", "account"],
        ["withdrawn", "account"],
      ],
    );
  });

  test("the DPO sees and exports a person's proof of consent; each look is audited; others may not", async () => {
    const dpo = await signedIn(t.app, await createPerson(t.ctx, "dpo"));
    const page = await dpo.get("/admin/consentements?personne=lucie%40exemple.fr");
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Consentement donné/);
    assert.match(page.body, /lien de confirmation reçu par e-mail/);
    const json = await dpo.get("/admin/consentements?personne=lucie%40exemple.fr&format=json");
    const exported = JSON.parse(json.body);
    assert.match(exported.decisions[0].wording.text, /^J'accepte de recevoir/);
    assert.equal(exported.decisions[0].channel, "email_link");
    const audit = await t.ctx.database.pool.query(
      "select count(*)::int as n from audit_log where action = 'privacy.consents_viewed'",
    );
    assert.equal(audit.rows[0].n, 2);

    const manager = await signedIn(t.app, await createPerson(t.ctx, "community_manager"));
    assert.equal((await manager.get("/admin/consentements")).statusCode, 403);
  });
});

test("a prospect near the end of their 3 years gets one re-permission e-mail; a click keeps them, silence erases them", async () => {
  const agent = new Agent(t.app);
  for (const email of ["garde@exemple.fr", "silence@exemple.fr", "ancien@exemple.fr"]) {
    await agent.post("/newsletter", { email, consent: "1" }, { csrf: null });
    const link = new URL((await lastMailTo(t.ctx.db, email)).link!);
    await agent.post(`${link.pathname}${link.search}`, {}, { csrf: null });
  }
  // Collected 35 months and a half ago (no own action since), and 37 months ago.
  await t.ctx.database.pool.query(
    `update newsletter_subscribers set created_at = now() - interval '35 months 15 days',
       last_action_at = now() - interval '35 months 15 days' where email in ('garde@exemple.fr', 'silence@exemple.fr')`,
  );
  await t.ctx.database.pool.query(
    `update newsletter_subscribers set created_at = now() - interval '37 months',
       last_action_at = now() - interval '37 months' where email = 'ancien@exemple.fr'`,
  );
  assert.deepEqual(await reviewProspects(t.ctx), { asked: 2, erased: 1 });
  assert.deepEqual(
    await reviewProspects(t.ctx),
    { asked: 0, erased: 0 },
    "one re-permission e-mail, no more",
  );
  const mail = await lastMailTo(t.ctx.db, "garde@exemple.fr");
  assert.match(mail.subject, /continuer à recevoir/);
  const link = new URL(mail.link!);
  assert.match((await agent.get(`${link.pathname}${link.search}`)).body, /Je souhaite rester abonné/);
  const kept = await agent.post(`${link.pathname}${link.search}`, {}, { csrf: null });
  assert.match(kept.body, /vous restez abonné/);

  // A month later, silence has run out; the click started the 3 years again.
  const realNow = t.ctx.clock.now;
  t.ctx.clock.now = () => new Date(Date.now() + 31 * 86_400_000);
  try {
    assert.deepEqual(await reviewProspects(t.ctx), { asked: 0, erased: 1 });
  } finally {
    t.ctx.clock.now = realNow;
  }
  const { rows } = await t.ctx.database.pool.query(
    "select email from newsletter_subscribers where email in ('garde@exemple.fr', 'silence@exemple.fr', 'ancien@exemple.fr')",
  );
  assert.deepEqual(
    rows.map((r) => r.email),
    ["garde@exemple.fr"],
  );
  const audit = await t.ctx.database.pool.query(
    "select details from audit_log where action = 'newsletter.prospects_expired' order by id",
  );
  assert.deepEqual(
    audit.rows.map((r) => r.details.count),
    [1, 1],
    "each erasure is in the audit log",
  );
});
