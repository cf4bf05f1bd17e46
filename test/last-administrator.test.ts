import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { and, eq, isNull } from "drizzle-orm";
import { changeRole, setDeactivated } from "../src/features/accounts/admin.ts";
import { accounts } from "../src/features/accounts/schema.ts";
import type { Actor } from "../src/platform/auth/actor.ts";
import { DomainError } from "../src/platform/http/errors.ts";
import { startTestApp, type TestApp } from "./helpers/app.ts";
import { createPerson } from "./helpers/people.ts";

/** Issue 11, M6: the "last administrator" rule holds when two administrators act at the same moment. */
let t: TestApp;
before(async () => {
  t = await startTestApp();
});
after(() => t.close());

function actorOf(person: { id: number; email: string }): Actor {
  return {
    id: person.id,
    email: person.email,
    displayName: "Admin",
    role: "administrator",
    locale: "fr",
    emailVerified: true,
    totpEnabled: true,
    secondFactorDone: true,
    silenced: false,
    sessionId: 0,
  };
}

async function activeAdministrators(): Promise<number> {
  const rows = await t.ctx.db
    .select({ id: accounts.id })
    .from(accounts)
    .where(and(eq(accounts.role, "administrator"), isNull(accounts.deactivatedAt)));
  return rows.length;
}

const origin = { ipPrefix: null };

test("two administrators demoting each other at once leave exactly one administrator", async () => {
  for (let round = 0; round < 5; round++) {
    await t.ctx.db.update(accounts).set({ role: "advisor" }).where(eq(accounts.role, "administrator"));
    const a = await createPerson(t.ctx, "administrator");
    const b = await createPerson(t.ctx, "administrator");
    const outcomes = await Promise.allSettled([
      changeRole(t.ctx, actorOf(a), b.id, "advisor", origin),
      changeRole(t.ctx, actorOf(b), a.id, "advisor", origin),
    ]);
    assert.equal(await activeAdministrators(), 1, `round ${round}: one administrator is left`);
    const refused = outcomes.filter((o) => o.status === "rejected");
    assert.equal(refused.length, 1, "one of the two demotions is refused");
    const reason = (refused[0] as PromiseRejectedResult).reason;
    assert.ok(reason instanceof DomainError && reason.code === "last_administrator");
  }
});

test("a demotion and a deactivation at once leave one administrator too", async () => {
  await t.ctx.db.update(accounts).set({ role: "advisor" }).where(eq(accounts.role, "administrator"));
  const a = await createPerson(t.ctx, "administrator");
  const b = await createPerson(t.ctx, "administrator");
  await Promise.allSettled([
    setDeactivated(t.ctx, actorOf(a), b.id, true, origin),
    changeRole(t.ctx, actorOf(b), a.id, "member", origin),
  ]);
  assert.equal(await activeAdministrators(), 1);
});
