import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { eq } from "drizzle-orm";
import { accounts } from "../src/features/accounts/schema.ts";
import { SECOND_FACTOR_LOCK_MS, SECOND_FACTOR_MAX_FAILURES } from "../src/features/accounts/second-factor.ts";
import { sessionCookieName } from "../src/features/accounts/session-cookie.ts";
import { currentTotp, totpStep } from "../src/platform/auth/totp.ts";
import { Agent, lastMailTo } from "./helpers/agent.ts";
import { startTestApp, type TestApp } from "./helpers/app.ts";
import { createPerson, PASSWORD, unusedTotp } from "./helpers/people.ts";

/**
 * The second factor of staff sign-in (issue 11: L1, L2, L13; issue 12: item 1): the session
 * is replaced when it succeeds and lasts the staff working day; a code is good once; wrong codes
 * are counted per account and lock it, with a notice to the owner.
 */
let t: TestApp;
before(async () => {
  t = await startTestApp();
});
after(() => t.close());

const MINUTE = 60_000;

async function passwordStep(agent: Agent, email: string) {
  await agent.get("/connexion");
  const signIn = await agent.post("/connexion", { email, password: PASSWORD });
  assert.match(signIn.headers.location as string, /^\/connexion\/second-facteur/);
  await agent.get("/connexion/second-facteur");
}

describe("the session after the second factor", () => {
  test("gets a new token and a cookie for the working day: still signed in 11 minutes later", async () => {
    const admin = await createPerson(t.ctx, "administrator");
    const agent = new Agent(t.app);
    await passwordStep(agent, admin.email);
    const cookie = sessionCookieName(t.ctx);
    const pendingToken = agent.cookie(cookie)!;
    assert.ok(pendingToken);

    const done = await agent.post("/connexion/second-facteur", { code: await unusedTotp(admin.totpSecret!) });
    assert.equal(done.statusCode, 303);
    const issued = done.cookies.find((c) => c.name === cookie);
    assert.ok(issued, "the second-factor answer sets a new session cookie");
    assert.notEqual(issued.value, pendingToken, "the token is rotated at the privilege change");
    const elevenMinutesLater = Date.now() + 11 * MINUTE;
    assert.ok(
      issued.expires && new Date(issued.expires).getTime() > elevenMinutesLater + 10 * 3600_000,
      "the browser keeps the cookie for the staff session's lifetime, not the pending ten minutes",
    );

    const realNow = t.ctx.clock.now;
    t.ctx.clock.now = () => new Date(Date.now() + 11 * MINUTE);
    try {
      assert.equal((await agent.get("/admin")).statusCode, 200, "still signed in 11 minutes later");
    } finally {
      t.ctx.clock.now = realNow;
    }

    const withOldToken = await t.app.inject({
      method: "GET",
      url: "/admin",
      headers: { cookie: `${cookie}=${pendingToken}` },
    });
    assert.equal(withOldToken.statusCode, 303, "the token from before the second factor opens nothing");
    assert.match(withOldToken.headers.location as string, /^\/connexion/);
  });
});

describe("a TOTP code", () => {
  test("is accepted once: the same code cannot open a second session within its window", async () => {
    const admin = await createPerson(t.ctx, "administrator");
    const code = currentTotp(admin.totpSecret!);

    const first = new Agent(t.app);
    await passwordStep(first, admin.email);
    assert.equal((await first.post("/connexion/second-facteur", { code })).statusCode, 303);

    const second = new Agent(t.app);
    await passwordStep(second, admin.email);
    const replay = await second.post("/connexion/second-facteur", { code });
    assert.equal(replay.statusCode, 401, "a code already used is refused");
    assert.match(replay.body, /Ce code n'est pas valable/);
    const next = currentTotp(admin.totpSecret!, totpStep(new Date()) + 1);
    assert.equal(
      (await second.post("/connexion/second-facteur", { code: next })).statusCode,
      303,
      "the next code still works",
    );
  });
});

describe("wrong codes", () => {
  test("are counted per account from any address; the limit locks the account and tells its owner", async () => {
    const advisor = await createPerson(t.ctx, "advisor");
    for (let attempt = 1; attempt < SECOND_FACTOR_MAX_FAILURES; attempt++) {
      // Each guess in a new session, as from many addresses: the count belongs to the account.
      const agent = new Agent(t.app);
      await passwordStep(agent, advisor.email);
      assert.equal((await agent.post("/connexion/second-facteur", { code: "000000" })).statusCode, 401);
    }
    const last = new Agent(t.app);
    await passwordStep(last, advisor.email);
    const locked = await last.post("/connexion/second-facteur", { code: "000000" });
    assert.equal(locked.statusCode, 429);
    assert.match(locked.body, /bloqué pendant 15 minutes/);

    const notice = await lastMailTo(t.ctx.db, advisor.email);
    assert.match(notice.subject, /Quelqu'un essaie d'accéder à votre compte/);
    assert.match(notice.text, /changez-le/);

    const owner = new Agent(t.app);
    await passwordStep(owner, advisor.email);
    const good = await unusedTotp(advisor.totpSecret!);
    assert.equal(
      (await owner.post("/connexion/second-facteur", { code: good })).statusCode,
      429,
      "while locked, even the right code is refused",
    );

    const realNow = t.ctx.clock.now;
    t.ctx.clock.now = () => new Date(Date.now() + SECOND_FACTOR_LOCK_MS + MINUTE);
    try {
      const later = new Agent(t.app);
      await passwordStep(later, advisor.email);
      const code = currentTotp(advisor.totpSecret!, totpStep(t.ctx.clock.now()));
      assert.equal(
        (await later.post("/connexion/second-facteur", { code })).statusCode,
        303,
        "the lock ends",
      );
    } finally {
      t.ctx.clock.now = realNow;
    }
    const [row] = await t.ctx.db.select().from(accounts).where(eq(accounts.id, advisor.id));
    assert.equal(row!.secondFactorFailures, 0, "a good code clears the count");
  });
});
