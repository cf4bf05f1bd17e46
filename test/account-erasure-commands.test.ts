import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import type { Agent } from "./helpers/agent.ts";
import { startTestApp, type TestApp } from "./helpers/app.ts";
import { someCategories } from "./helpers/community.ts";
import { createPerson, PASSWORD, signedIn } from "./helpers/people.ts";

/**
 * Erasing one's own account and executing directives after death are commands: the erasure (or
 * the closing), the e-mail it causes (queued in the outbox in the same transaction), the audit
 * entry and the page refresh after commit go together or not at all; sent twice at once, each
 * happens once.
 */
let t: TestApp;
let dpo: Agent;
let otherDpo: Agent;

before(async () => {
  // Each test signs several people in: the limit on sensitive requests is not what is tested.
  t = await startTestApp({ env: { DPO_CONTACT: "dpo@banque.example" }, limits: { sensitive: 1000 } });
  await someCategories(t.ctx);
  dpo = await signedIn(t.app, await createPerson(t.ctx, "dpo"));
  otherDpo = await signedIn(t.app, await createPerson(t.ctx, "dpo"));
  await dpo.get("/admin/deces");
  await otherDpo.get("/admin/deces");
});
after(() => t.close());

const count = async (query: string, params: unknown[] = []) =>
  Number((await t.ctx.database.pool.query(query, params)).rows[0].n);

const mails = (to: string, category: string) =>
  count("select count(*) n from mail_outbox where recipient = $1 and category = $2", [to, category]);

const audited = (action: string, accountId: number) =>
  count("select count(*) n from audit_log where action = $1 and subject_id = $2", [
    action,
    String(accountId),
  ]);

/** Makes the database refuse a write, as a full disk or a lost connection would at that moment. */
async function refusing<T>(table: string, condition: string, run: () => Promise<T>): Promise<T> {
  await t.ctx.database.pool.query(`
    create function refuse_write() returns trigger language plpgsql as $$
    begin
      if ${condition} then raise exception 'storage unavailable'; end if;
      return new;
    end $$;
    create trigger refuse_write before insert on ${table}
      for each row execute function refuse_write();`);
  try {
    return await run();
  } finally {
    await t.ctx.database.pool.query(`drop trigger refuse_write on ${table}; drop function refuse_write();`);
  }
}

async function memberWithTopic(email: string, name: string) {
  const person = await createPerson(t.ctx, "member", email, name);
  const member = await signedIn(t.app, person);
  await member.get("/nouveau-sujet");
  const opened = await member.post("/nouveau-sujet", {
    category: "comptes-et-cartes",
    kind: "question",
    title: `Question de ${name}`,
    body: "Bonjour, comment changer l'adresse de mes relevés de compte ?",
  });
  assert.equal(opened.statusCode, 303);
  return { person, member };
}

const eraseOwn = (member: Agent) => member.post("/compte/supprimer", { password: PASSWORD, confirm: "yes" });

test("a failure at the last step of erasing one's account (the message confirming it) leaves the account and the log as they were", async () => {
  const email = "interrompue@exemple.fr";
  const { person, member } = await memberWithTopic(email, "Inès Interrompue");
  await member.get("/compte/supprimer");
  const failed = await refusing("mail_outbox", "new.category = 'accounts.deleted'", () => eraseOwn(member));
  assert.equal(failed.statusCode, 500);
  assert.doesNotMatch(failed.body, /storage unavailable|at .*\.ts:\d+/, "no internals shown");
  assert.equal(await count("select count(*) n from accounts where id = $1", [person.id]), 1, "not erased");
  assert.equal(
    await count("select count(*) n from community_posts where author_id = $1", [person.id]),
    1,
    "their post still theirs",
  );
  assert.equal(await audited("account.deleted", person.id), 0);

  // Once the outbox is back, the same request erases and tells them.
  assert.equal((await eraseOwn(member)).statusCode, 200);
  assert.equal(await count("select count(*) n from accounts where id = $1", [person.id]), 0);
  assert.equal(await audited("account.deleted", person.id), 1);
  assert.equal(await mails(email, "accounts.deleted"), 1);
});

test("erasing one's account from two tabs at once erases once, audits once and tells them once", async () => {
  const email = "deux.onglets@exemple.fr";
  const { person, member } = await memberWithTopic(email, "Denise Deux-Onglets");
  await member.get("/compte/supprimer");
  const [a, b] = await Promise.all([eraseOwn(member), eraseOwn(member)]);
  assert.deepEqual([a.statusCode, b.statusCode], [200, 200]);
  assert.equal(await count("select count(*) n from accounts where id = $1", [person.id]), 0);
  assert.equal(await audited("account.deleted", person.id), 1);
  assert.equal(await mails(email, "accounts.deleted"), 1);
});

/** A member who chose to have their data sent to a trustee, whose death the DPO has recorded. */
async function reportedDeath(
  email: string,
  name: string,
  trustee: string,
): Promise<{ id: number; reportId: number }> {
  const person = await createPerson(t.ctx, "member", email, name);
  const member = await signedIn(t.app, person);
  await member.get("/compte/donnees");
  const saved = await member.post("/compte/directives", {
    choice: "transmit",
    trusteeName: "Thibault Tiers",
    trusteeEmail: trustee,
    directivesConsent: "1",
  });
  assert.equal(saved.statusCode, 303);
  const reported = await dpo.post("/admin/deces", { email, evidence: "Acte de décès reçu du notaire." });
  assert.equal(reported.statusCode, 303);
  const { rows } = await t.ctx.database.pool.query("select id from privacy_death_reports where email = $1", [
    email,
  ]);
  return { id: person.id, reportId: Number(rows[0].id) };
}

const closed = async (accountId: number) =>
  count("select count(*) n from accounts where id = $1 and deactivated_at is not null", [accountId]);

test("a failure at the last step of executing directives sends nothing to the trustee and leaves the account open", async () => {
  const trustee = "tiers.interrompu@exemple.fr";
  const { id, reportId } = await reportedDeath("defunt.un@exemple.fr", "Damien Défunt", trustee);
  const failed = await refusing("audit_log", "new.action = 'privacy.death_directives_executed'", () =>
    dpo.post(`/admin/deces/${reportId}/executer`),
  );
  assert.equal(failed.statusCode, 500);
  assert.doesNotMatch(failed.body, /storage unavailable|at .*\.ts:\d+/, "no internals shown");
  assert.equal(await mails(trustee, "privacy.directives"), 0, "their data is not sent for a step not done");
  assert.equal(await closed(id), 0);
  assert.equal(
    await count("select count(*) n from privacy_death_reports where id = $1 and executed_at is null", [
      reportId,
    ]),
    1,
  );

  // Once the log is back, the same execution goes through whole.
  assert.equal((await dpo.post(`/admin/deces/${reportId}/executer`)).statusCode, 303);
  assert.equal(await mails(trustee, "privacy.directives"), 1);
  assert.equal(await closed(id), 1);
  assert.equal(await audited("privacy.death_directives_executed", id), 1);
});

test("two DPOs executing the same directives at once: the data is sent once; the second is told", async () => {
  const trustee = "tiers.double@exemple.fr";
  const { id, reportId } = await reportedDeath("defunte.deux@exemple.fr", "Delphine Défunte", trustee);
  const [a, b] = await Promise.all([
    dpo.post(`/admin/deces/${reportId}/executer`),
    otherDpo.post(`/admin/deces/${reportId}/executer`),
  ]);
  assert.deepEqual([a.statusCode, b.statusCode].sort(), [303, 409]);
  assert.match(
    (a.statusCode === 409 ? a : b).body,
    /viennent d(&#39;|')être exécutées par une autre personne/,
  );
  assert.equal(await mails(trustee, "privacy.directives"), 1);
  assert.equal(await audited("privacy.death_directives_executed", id), 1);
});
