import assert from "node:assert/strict";
import { subscribe, unsubscribe } from "node:diagnostics_channel";
import { after, before, describe, test } from "node:test";
import { purgeExpiredAccountData } from "../src/features/accounts/housekeeping.ts";
import { emailTokens, sessions } from "../src/features/accounts/schema.ts";
import { EMAIL_LINK_QUEUE } from "../src/features/accounts/service.ts";
import { Agent, lastMailTo, pathOf } from "./helpers/agent.ts";
import { startTestApp, type TestApp } from "./helpers/app.ts";
import { deliverMail } from "./helpers/mail.ts";
import { createPerson } from "./helpers/people.ts";

let t: TestApp;
before(async () => {
  t = await startTestApp();
});
after(() => t.close());

describe("a newcomer's account", () => {
  const email = "camille.martin@exemple.fr";
  const password = "ma banque me répond enfin";

  test("signs up, confirms the address from the e-mail, signs in and out", async () => {
    const agent = new Agent(t.app);
    await agent.get("/inscription");
    const signUp = await agent.post("/inscription", { email, displayName: "Camille M.", password });
    assert.equal(signUp.statusCode, 200);
    assert.match(signUp.body, /Vérifiez votre boîte e-mail/);

    const refused = await agent.post("/connexion", { email, password });
    assert.equal(refused.statusCode, 403, "an unverified address cannot sign in");
    assert.match(refused.body, /pas encore confirmée/);

    const mail = await lastMailTo(t.ctx.db, email);
    assert.match(mail.subject, /Confirmez votre adresse/);
    assert.match(mail.html ?? "", /<html lang="fr"/);
    const verified = await agent.get(pathOf(mail.link));
    assert.equal(verified.statusCode, 200);
    assert.match(verified.body, /Votre adresse e-mail est confirmée/);
    assert.equal((await agent.get(pathOf(mail.link))).statusCode, 410, "the link works once");

    const signedIn = await agent.post("/connexion", { email, password });
    assert.equal(signedIn.statusCode, 303);
    const account = await agent.get("/compte");
    assert.equal(account.statusCode, 200);
    assert.match(account.body, /Camille M\./);

    const me = await agent.get("/api/v1/me");
    assert.equal(me.json().email, email);

    await agent.post("/deconnexion");
    assert.equal(
      (await agent.get("/compte")).statusCode,
      303,
      "signed out: the account page sends to sign-in",
    );
  });

  test("a rejected sign-up keeps what was typed and says what to fix", async () => {
    const agent = new Agent(t.app);
    await agent.get("/inscription");
    const response = await agent.post("/inscription", {
      email: "pas-une-adresse",
      displayName: "Jo Durand",
      password: "password",
    });
    assert.equal(response.statusCode, 422);
    assert.match(response.body, /value="pas-une-adresse"/);
    assert.match(response.body, /value="Jo Durand"/);
    assert.match(response.body, /adresse e-mail complète/);
    assert.match(response.body, /fait partie des plus utilisés/);
    assert.doesNotMatch(response.body, /value="password"/, "the password is never echoed back");
  });

  test("signing up again with a taken address reveals nothing and warns the owner", async () => {
    const agent = new Agent(t.app);
    await agent.get("/inscription");
    const response = await agent.post("/inscription", {
      email: email.toUpperCase(),
      displayName: "Imposteur",
      password: "une autre phrase secrète",
    });
    assert.equal(response.statusCode, 200);
    assert.match(response.body, /Vérifiez votre boîte e-mail/);
    const mail = await lastMailTo(t.ctx.db, email);
    assert.match(mail.subject, /Tentative d'inscription/);
  });

  test("resets a forgotten password by e-mail; the old one stops working", async () => {
    const agent = new Agent(t.app);
    await agent.get("/mot-de-passe-oublie");
    const asked = await agent.post("/mot-de-passe-oublie", { email });
    assert.match(asked.body, /Lien envoyé/);
    const mail = await lastMailTo(t.ctx.db, email);
    const form = await agent.get(pathOf(mail.link));
    assert.equal(form.statusCode, 200);
    const token = new URL(mail.link!).searchParams.get("jeton")!;
    const tooShort = await agent.post("/mot-de-passe-oublie/nouveau", { jeton: token, password: "court" });
    assert.equal(tooShort.statusCode, 422);
    const done = await agent.post("/mot-de-passe-oublie/nouveau", {
      jeton: token,
      password: "une toute nouvelle phrase",
    });
    assert.equal(done.statusCode, 303);
    assert.equal((await agent.post("/connexion", { email, password })).statusCode, 401);
    assert.equal(
      (await agent.post("/connexion", { email, password: "une toute nouvelle phrase" })).statusCode,
      303,
    );
  });

  test("changes the password (other devices are signed out) and lists sessions", async () => {
    const phone = new Agent(t.app, { "user-agent": "Téléphone" });
    await phone.post("/connexion", { email, password: "une toute nouvelle phrase" });
    const laptop = new Agent(t.app, { "user-agent": "Ordinateur" });
    await laptop.post("/connexion", { email, password: "une toute nouvelle phrase" });
    const sessions = await laptop.get("/compte/sessions");
    assert.match(sessions.body, /Téléphone/);
    assert.match(sessions.body, /Ordinateur/);

    await laptop.get("/compte");
    const wrong = await laptop.post("/compte/mot-de-passe", {
      current: "faux",
      next: "encore une autre phrase",
    });
    assert.equal(wrong.statusCode, 422);
    assert.match(wrong.body, /pas le bon/);
    const changed = await laptop.post("/compte/mot-de-passe", {
      current: "une toute nouvelle phrase",
      next: "encore une autre phrase",
    });
    assert.equal(changed.statusCode, 303);
    assert.equal((await laptop.get("/compte")).statusCode, 200, "this device stays signed in");
    assert.equal((await phone.get("/compte")).statusCode, 303, "the other device is signed out");
    assert.match((await lastMailTo(t.ctx.db, email)).subject, /mot de passe a changé/);
  });

  test("changes the e-mail address after confirming from the new inbox", async () => {
    const agent = new Agent(t.app);
    await agent.post("/connexion", { email, password: "encore une autre phrase" });
    await agent.get("/compte");
    const asked = await agent.post("/compte/email", {
      newEmail: "camille.m@exemple.org",
      password: "encore une autre phrase",
    });
    assert.equal(asked.statusCode, 200);
    const mail = await lastMailTo(t.ctx.db, "camille.m@exemple.org");
    assert.equal((await agent.get(pathOf(mail.link))).statusCode, 200);
    assert.match(
      (await lastMailTo(t.ctx.db, email)).text,
      /camille\.m@exemple\.org/,
      "the old address is told",
    );
    assert.match((await agent.get("/compte")).body, /camille\.m@exemple\.org/);
  });

  test("the language follows the switcher, then the member's own setting", async () => {
    const visitor = new Agent(t.app, { "accept-language": "en-GB,en;q=0.9" });
    assert.match((await visitor.get("/")).body, /<html lang="en"/);
    await visitor.post("/langue", { locale: "fr", next: "/" });
    assert.match((await visitor.get("/")).body, /<html lang="fr"/);

    const member = new Agent(t.app);
    await member.post("/connexion", { email: "camille.m@exemple.org", password: "encore une autre phrase" });
    await member.post("/langue", { locale: "en", next: "/compte" });
    const fresh = new Agent(t.app, { "accept-language": "fr" });
    await fresh.post("/connexion", { email: "camille.m@exemple.org", password: "encore une autre phrase" });
    assert.match(
      (await fresh.get("/compte")).body,
      /<html lang="en"/,
      "saved on the account, not only the cookie",
    );
  });

  test("signs out everywhere, then deletes the account after confirmation", async () => {
    const agent = new Agent(t.app);
    await agent.post("/connexion", { email: "camille.m@exemple.org", password: "encore une autre phrase" });
    await agent.get("/compte/sessions");
    assert.equal((await agent.post("/compte/sessions/fermer-tout")).statusCode, 303);
    assert.equal((await agent.get("/compte")).statusCode, 303);

    await agent.post("/connexion", { email: "camille.m@exemple.org", password: "encore une autre phrase" });
    await agent.get("/compte/supprimer");
    const unconfirmed = await agent.post("/compte/supprimer", { password: "encore une autre phrase" });
    assert.equal(unconfirmed.statusCode, 422);
    assert.match(unconfirmed.body, /Tick the box/, "in the language the member chose");
    const deleted = await agent.post("/compte/supprimer", {
      password: "encore une autre phrase",
      confirm: "yes",
    });
    assert.equal(deleted.statusCode, 200);
    assert.match(deleted.body, /Your account is deleted/);
    const farewell = await lastMailTo(t.ctx.db, "camille.m@exemple.org");
    assert.equal(farewell.subject, "Your account is deleted", "e-mails follow the member's language too");
    assert.match(farewell.html ?? "", /<html lang="en"/);
    assert.equal(
      (
        await agent.post("/connexion", {
          email: "camille.m@exemple.org",
          password: "encore une autre phrase",
        })
      ).statusCode,
      401,
    );
  });
});

describe("housekeeping", () => {
  test("expired sessions and links are deleted, live ones kept", async () => {
    const person = await createPerson(t.ctx, "member");
    const past = new Date(Date.now() - 1000);
    const future = new Date(Date.now() + 3600_000);
    await t.ctx.db.insert(sessions).values([
      { tokenHash: "expired-session", accountId: person.id, expiresAt: past },
      { tokenHash: "live-session", accountId: person.id, expiresAt: future },
    ]);
    await t.ctx.db.insert(emailTokens).values([
      { tokenHash: "expired-link", accountId: person.id, purpose: "reset_password", expiresAt: past },
      { tokenHash: "live-link", accountId: person.id, purpose: "reset_password", expiresAt: future },
    ]);
    const purged = await purgeExpiredAccountData(t.ctx);
    assert.ok(purged.sessions >= 1 && purged.emailTokens >= 1);
    const left = (await t.ctx.db.select().from(sessions)).map((s) => s.tokenHash);
    assert.ok(left.includes("live-session") && !left.includes("expired-session"));
    const links = (await t.ctx.db.select().from(emailTokens)).map((s) => s.tokenHash);
    assert.ok(links.includes("live-link") && !links.includes("expired-link"));
  });
});

/**
 * Issue 11, L4: whether an address has an account showed in how long sign-up and password reset
 * took (a hash and an SMTP conversation on one side only). Now each request does the same work
 * either way, and no request talks to the relay; these tests count the work, not the time.
 */
describe("the work a request does does not depend on whether the address has an account", () => {
  /** What a request did: passwords hashed, e-mails queued, link jobs queued, link tokens issued. */
  async function workOf(request: () => Promise<unknown>) {
    const rows = async () =>
      (
        await t.ctx.database.pool.query<{ outbox: number; jobs: number; tokens: number; mailbox: number }>(
          `select (select count(*)::int from mail_outbox) as outbox,
                  (select count(*)::int from pgboss.job where name = $1) as jobs,
                  (select count(*)::int from account_email_tokens) as tokens,
                  (select count(*)::int from mailbox_messages) as mailbox`,
          [EMAIL_LINK_QUEUE],
        )
      ).rows[0]!;
    await deliverMail(t.ctx);
    const before = await rows();
    let hashes = 0;
    const counted = () => {
      hashes++;
    };
    subscribe("confiance:password-hashed", counted);
    try {
      await request();
    } finally {
      unsubscribe("confiance:password-hashed", counted);
    }
    const now = await rows();
    return {
      hashes,
      outbox: now.outbox - before.outbox,
      jobs: now.jobs - before.jobs,
      tokens: now.tokens - before.tokens,
      sentDuringRequest: now.mailbox - before.mailbox,
    };
  }

  test("sign-up hashes the password and queues one e-mail, for a new address and a taken one", async () => {
    await createPerson(t.ctx, "member", "deja.inscrite@exemple.fr");
    const agent = new Agent(t.app);
    await agent.get("/inscription");
    const signUp = (email: string) =>
      agent.post("/inscription", {
        email,
        displayName: "Nouvelle Cliente",
        password: "une phrase assez longue",
      });
    const fresh = await workOf(() => signUp("toute.nouvelle@exemple.fr"));
    const taken = await workOf(() => signUp("deja.inscrite@exemple.fr"));
    assert.deepEqual(
      { hashes: fresh.hashes, outbox: fresh.outbox, sent: fresh.sentDuringRequest },
      { hashes: 1, outbox: 1, sent: 0 },
      "a new address: its password hashed, its link queued, nothing sent in the request",
    );
    assert.deepEqual(
      { hashes: taken.hashes, outbox: taken.outbox, sent: taken.sentDuringRequest },
      { hashes: 1, outbox: 1, sent: 0 },
      "a taken address: the same hash, the owner's notice queued the same way",
    );
  });

  for (const [page, path] of [
    ["password reset", "/mot-de-passe-oublie"],
    ["a new verification link", "/inscription/renvoyer"],
  ] as const) {
    test(`${page}: one queued job and nothing else, for a known address and an unknown one`, async () => {
      const known = await createPerson(t.ctx, "member", `connue.${path.length}@exemple.fr`);
      if (path === "/inscription/renvoyer")
        await t.ctx.database.pool.query("update accounts set email_verified_at = null where id = $1", [
          known.id,
        ]);
      const agent = new Agent(t.app);
      await agent.get("/mot-de-passe-oublie");
      const ask = (email: string) => agent.post(path, { email });
      const forKnown = await workOf(() => ask(known.email));
      const forUnknown = await workOf(() => ask(`inconnue.${path.length}@exemple.fr`));
      const expected = { hashes: 0, outbox: 0, jobs: 1, tokens: 0, sentDuringRequest: 0 };
      assert.deepEqual(forKnown, expected, "a known address: the request only queues the job");
      assert.deepEqual(forUnknown, expected, "an unknown address: exactly the same");
      // The worker then does the lookup: a link for the account, nothing for anyone else.
      await deliverMail(t.ctx);
      assert.ok((await lastMailTo(t.ctx.db, known.email)).link);
      await assert.rejects(lastMailTo(t.ctx.db, `inconnue.${path.length}@exemple.fr`));
    });
  }
});
