import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { Agent } from "./helpers/agent.ts";
import { startTestApp, type TestApp } from "./helpers/app.ts";
import { createPerson, signedIn } from "./helpers/people.ts";

/**
 * A role change, a team change and a (de)activation are commands: the change, its audit entry and the end of
 * the person's sessions go together or not at all; the same account changed by two
 * administrators at once is changed one after the other (the log says each step from what it
 * was); public pages are refreshed once the change has committed.
 */
let t: TestApp;
let admin: Agent;
let otherAdmin: Agent;

before(async () => {
  t = await startTestApp();
  admin = await signedIn(t.app, await createPerson(t.ctx, "administrator"));
  otherAdmin = await signedIn(t.app, await createPerson(t.ctx, "administrator"));
  await admin.get("/admin/comptes");
  await otherAdmin.get("/admin/comptes");
});
after(() => t.close());

const count = async (query: string, params: unknown[] = []) =>
  Number((await t.ctx.database.pool.query(query, params)).rows[0].n);

const audited = (action: string, accountId: number) =>
  count("select count(*) n from audit_log where action = $1 and subject_id = $2", [
    action,
    String(accountId),
  ]);

test("two administrators deactivating the same account at once: deactivated once, audited once", async () => {
  for (let round = 1; round <= 3; round++) {
    const person = await createPerson(t.ctx, "advisor");
    const [a, b] = await Promise.all([
      admin.post(`/admin/comptes/${person.id}/desactiver`),
      otherAdmin.post(`/admin/comptes/${person.id}/desactiver`),
    ]);
    assert.deepEqual([a.statusCode, b.statusCode], [303, 303], `round ${round}`);
    assert.equal(await audited("account.deactivated", person.id), 1, `round ${round}`);
  }
});

test("two role changes of one account at once: the log says each step from what it really was", async () => {
  for (let round = 1; round <= 3; round++) {
    const person = await createPerson(t.ctx, "member");
    const [a, b] = await Promise.all([
      admin.post(`/admin/comptes/${person.id}/role`, { role: "advisor" }),
      otherAdmin.post(`/admin/comptes/${person.id}/role`, { role: "dpo" }),
    ]);
    assert.deepEqual([a.statusCode, b.statusCode], [303, 303]);
    const { rows } = await t.ctx.database.pool.query(
      "select details from audit_log where action = 'account.role_changed' and subject_id = $1 order by id",
      [String(person.id)],
    );
    const steps = rows.map((row) => row.details as { from: string; to: string });
    assert.equal(steps.length, 2);
    assert.equal(steps[0]!.from, "member", `round ${round}`);
    assert.equal(steps[1]!.from, steps[0]!.to, `round ${round}: the second starts where the first ended`);
    const { rows: now } = await t.ctx.database.pool.query("select role from accounts where id = $1", [
      person.id,
    ]);
    assert.equal(now[0].role, steps[1]!.to);
  }
});

test("two team changes of one account at once: the log says each step from what it really was", async () => {
  for (let round = 1; round <= 3; round++) {
    const person = await createPerson(t.ctx, "advisor");
    const [a, b] = await Promise.all([
      admin.post(`/admin/comptes/${person.id}/equipe`, { team: "Agence de Lyon" }),
      otherAdmin.post(`/admin/comptes/${person.id}/equipe`, { team: "Service clients" }),
    ]);
    assert.deepEqual([a.statusCode, b.statusCode], [303, 303]);
    const { rows } = await t.ctx.database.pool.query(
      "select details from audit_log where action = 'account.team_changed' and subject_id = $1 order by id",
      [String(person.id)],
    );
    const steps = rows.map((row) => row.details as { from: string | null; to: string | null });
    assert.equal(steps.length, 2);
    assert.equal(steps[0]!.from, null, `round ${round}`);
    assert.equal(steps[1]!.from, steps[0]!.to, `round ${round}: the second starts where the first ended`);
    const { rows: now } = await t.ctx.database.pool.query("select team from accounts where id = $1", [
      person.id,
    ]);
    assert.equal(now[0].team, steps[1]!.to);
  }
});

test("a failure at the last step of a role change (ending the sessions) leaves the role and the log as they were", async () => {
  const person = await createPerson(t.ctx, "member");
  const member = await signedIn(t.app, person);
  // The sessions table refuses the deletion, the command's last write.
  await t.ctx.database.pool.query(`
    create function refuse_session_end() returns trigger language plpgsql as $$
    begin raise exception 'sessions unavailable'; end $$;
    create trigger refuse_session_end before delete on account_sessions
      for each row execute function refuse_session_end();`);
  try {
    const failed = await admin.post(`/admin/comptes/${person.id}/role`, { role: "advisor" });
    assert.equal(failed.statusCode, 500);
    assert.doesNotMatch(failed.body, /sessions unavailable|at .*\.ts:\d+/, "no internals shown");
  } finally {
    await t.ctx.database.pool.query(
      "drop trigger refuse_session_end on account_sessions; drop function refuse_session_end();",
    );
  }
  const { rows } = await t.ctx.database.pool.query("select role from accounts where id = $1", [person.id]);
  assert.equal(rows[0].role, "member", "not staff with a session that never passed the second factor");
  assert.equal(await audited("account.role_changed", person.id), 0);

  // Once the sessions can end, the change goes through whole.
  assert.equal((await admin.post(`/admin/comptes/${person.id}/role`, { role: "advisor" })).statusCode, 303);
  assert.equal(await audited("account.role_changed", person.id), 1);
  assert.notEqual((await member.get("/compte")).statusCode, 200, "the old session is over");
});

test("a deactivated member's public profile is gone at once, even for visitors served from the page cache", async () => {
  const person = await createPerson(t.ctx, "member", "desactive@exemple.fr", "Dorothée Désactivée");
  const visitor = new Agent(t.app);
  const profile = `/membres/${person.id}`;
  assert.match((await visitor.get(profile)).body, /Dorothée Désactivée/);
  assert.match((await visitor.get(profile)).body, /Dorothée Désactivée/, "served from the page cache");
  assert.equal((await admin.post(`/admin/comptes/${person.id}/desactiver`)).statusCode, 303);
  assert.equal((await visitor.get(profile)).statusCode, 404);
  assert.equal((await admin.post(`/admin/comptes/${person.id}/reactiver`)).statusCode, 303);
  assert.equal((await visitor.get(profile)).statusCode, 200, "and back once reactivated");
});
