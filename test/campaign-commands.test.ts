import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { ensureNewsletterQueues, startCampaign } from "../src/features/newsletter/sending.ts";
import type { Agent } from "./helpers/agent.ts";
import { startTestApp, type TestApp } from "./helpers/app.ts";
import { createPerson, signedIn } from "./helpers/people.ts";

/**
 * Each step of a campaign (submit, return to draft, approve, start sending) is one command that
 * claims the letter's status: two people acting at once get one result and the second is told in
 * words (409); an approval whose last step fails leaves no archive entry and no send job; a start
 * that fails on the way leaves the letter approved, and its retry sends it once. No worker runs
 * here: the tests start the send when they choose.
 */
let t: TestApp;
let author: Agent;
let approver: Agent;
let otherApprover: Agent;

before(async () => {
  t = await startTestApp({ env: { POSTAL_ADDRESS: "Service clients, 10 rue de la Paix, 75002 Paris" } });
  author = await signedIn(t.app, await createPerson(t.ctx, "community_manager"));
  approver = await signedIn(t.app, await createPerson(t.ctx, "administrator"));
  otherApprover = await signedIn(t.app, await createPerson(t.ctx, "community_manager"));
});
after(() => t.close());

const count = async (query: string, params: unknown[] = []) =>
  Number((await t.ctx.database.pool.query(query, params)).rows[0].n);

const status = async (id: number) =>
  String(
    (await t.ctx.database.pool.query("select status from newsletter_campaigns where id = $1", [id])).rows[0]
      .status,
  );

const jobs = (queue: string, id: number) =>
  count("select count(*) n from pgboss.job where name = $1 and (data->>'campaignId')::bigint = $2", [
    queue,
    id,
  ]);

const archived = (id: number) =>
  count(
    "select count(*) n from archive_staff_publications where place_type = 'newsletter' and place_id = $1",
    [id],
  );

const audited = (action: string, id: number) =>
  count("select count(*) n from audit_log where action = $1 and subject_id = $2", [
    `newsletter.campaign_${action}`,
    String(id),
  ]);

/** A letter written and submitted by `author`, waiting for someone else's approval. */
async function submitted(subject: string): Promise<{ id: number; path: string }> {
  await author.get("/admin/lettres/nouvelle");
  const created = await author.post("/admin/lettres/nouvelle", {
    subjectFr: subject,
    bodyFr: "Bonjour,\n\nLes frais de tenue de compte baissent au 1er janvier.",
    subjectEn: "",
    bodyEn: "",
  });
  assert.equal(created.statusCode, 303);
  const path = String(created.headers.location);
  await author.get(path);
  assert.equal((await author.post(`${path}/soumettre`)).statusCode, 303);
  await approver.get(path);
  await otherApprover.get(path);
  return { id: Number(path.split("/").at(-1)), path };
}

const approve = (agent: Agent, path: string) => agent.post(`${path}/approuver`, { sendAt: "" });
const CHANGED = /la lettre a changé d&#39;état entre-temps|la lettre a changé d'état entre-temps/;

test("two approvals at once approve once: one archive entry, one send job; the second is told", async () => {
  for (let round = 1; round <= 3; round++) {
    const { id, path } = await submitted(`Vos frais baissent, essai ${round}`);
    const [a, b] = await Promise.all([approve(approver, path), approve(otherApprover, path)]);
    assert.deepEqual([a.statusCode, b.statusCode].sort(), [303, 409], `round ${round}`);
    assert.match((a.statusCode === 409 ? a : b).body, CHANGED);
    assert.equal(await status(id), "approved");
    assert.equal(await audited("approved", id), 1);
    assert.equal(await archived(id), 1);
    assert.equal(await jobs("newsletter-campaign", id), 1);
  }
});

test("an approval and a return to draft at once: one of them happens, the other is told", async () => {
  for (let round = 1; round <= 3; round++) {
    const { id, path } = await submitted(`Nouvelle carte, essai ${round}`);
    const [approval, returned] = await Promise.all([
      approve(approver, path),
      otherApprover.post(`${path}/renvoyer`),
    ]);
    assert.deepEqual([approval.statusCode, returned.statusCode].sort(), [303, 409], `round ${round}`);
    assert.match((approval.statusCode === 409 ? approval : returned).body, CHANGED);
    if (approval.statusCode === 303) {
      assert.equal(await status(id), "approved");
      assert.equal(await audited("returned", id), 0);
      assert.equal(await jobs("newsletter-campaign", id), 1);
    } else {
      assert.equal(await status(id), "draft");
      assert.equal(await audited("approved", id), 0);
      assert.equal(await archived(id), 0, "what was not approved is not archived as sent");
      assert.equal(await jobs("newsletter-campaign", id), 0);
    }
  }
});

test("a step on a letter that does not exist is not found, not 'changed meanwhile'", async () => {
  await approver.get("/admin/lettres");
  assert.equal((await approver.post("/admin/lettres/999999/renvoyer")).statusCode, 404);
});

test("a failure at the last step of an approval leaves the letter waiting, with no archive entry and no send job", async () => {
  const { id, path } = await submitted("Taux du livret au 1er février");
  // The audit log refuses the approval's entry, the last write of the command.
  await t.ctx.database.pool.query(`
    create function refuse_approval_audit() returns trigger language plpgsql as $$
    begin
      if new.action = 'newsletter.campaign_approved' then raise exception 'audit log unavailable'; end if;
      return new;
    end $$;
    create trigger refuse_approval_audit before insert on audit_log
      for each row execute function refuse_approval_audit();`);
  try {
    const failed = await approve(approver, path);
    assert.equal(failed.statusCode, 500);
    assert.doesNotMatch(failed.body, /audit log unavailable|at .*\.ts:\d+/, "no internals shown");
  } finally {
    await t.ctx.database.pool.query(
      "drop trigger refuse_approval_audit on audit_log; drop function refuse_approval_audit();",
    );
  }
  assert.equal(await status(id), "awaiting_approval");
  assert.equal(await archived(id), 0);
  assert.equal(await jobs("newsletter-campaign", id), 0, "no send starts for an approval never recorded");

  // Once the log is back, the same approval goes through whole.
  assert.equal((await approve(approver, path)).statusCode, 303);
  assert.equal(await status(id), "approved");
  assert.equal(await archived(id), 1);
  assert.equal(await jobs("newsletter-campaign", id), 1);
});

/** Makes the audit log refuse entries of one action while `run` runs, as the last write of a command. */
async function withAuditRefusing(action: string, run: () => Promise<void>): Promise<void> {
  await t.ctx.database.pool.query(`
    create function refuse_audit() returns trigger language plpgsql as $$
    begin
      if new.action = '${action}' then raise exception 'audit log unavailable'; end if;
      return new;
    end $$;
    create trigger refuse_audit before insert on audit_log for each row execute function refuse_audit();`);
  try {
    await run();
  } finally {
    await t.ctx.database.pool.query("drop trigger refuse_audit on audit_log; drop function refuse_audit();");
  }
}

test("a letter whose audit entry fails is not written, nor its change; a test whose audit entry fails queues no mail", async () => {
  const subject = "Un courrier jamais enregistré";
  const draft = { subjectFr: subject, bodyFr: "Bonjour,\n\nÀ bientôt.", subjectEn: "", bodyEn: "" };
  await author.get("/admin/lettres/nouvelle");
  await withAuditRefusing("newsletter.campaign_written", async () => {
    assert.equal((await author.post("/admin/lettres/nouvelle", draft)).statusCode, 500);
  });
  assert.equal(
    await count("select count(*) n from newsletter_campaigns where subject_fr = $1", [subject]),
    0,
  );

  const created = await author.post("/admin/lettres/nouvelle", draft);
  const path = String(created.headers.location);
  const id = Number(path.split("/").at(-1));
  await author.get(path);
  await withAuditRefusing("newsletter.campaign_edited", async () => {
    const edit = await author.post(`${path}/modifier`, { ...draft, subjectFr: "Un autre objet" });
    assert.equal(edit.statusCode, 500);
  });
  const subjects = await t.ctx.database.pool.query(
    "select subject_fr from newsletter_campaigns where id = $1",
    [id],
  );
  assert.equal(subjects.rows[0].subject_fr, subject, "the change is not kept without its audit entry");

  const tests = () =>
    count(
      "select count(*) n from mail_outbox where category = 'newsletter.campaign-test' and subject like $1",
      [`%${subject}%`],
    );
  await withAuditRefusing("newsletter.campaign_tested", async () => {
    assert.equal((await author.post(`${path}/test`)).statusCode, 500);
  });
  assert.equal(await tests(), 0, "no test mail without its audit entry");
  assert.equal((await author.post(`${path}/test`)).statusCode, 303);
  assert.equal(await tests(), 1);
  assert.equal(await audited("tested", id), 1);
});

test("a start that fails on the way leaves the letter approved; its retry sends it once, even run twice at once", async () => {
  for (let i = 1; i <= 3; i++)
    await t.ctx.database.pool.query(
      "insert into newsletter_subscribers (email, locale, status, confirmed_at) values ($1, 'fr', 'active', now())",
      [`abonne${i}@exemple.fr`],
    );
  const { id, path } = await submitted("Nos agences ouvrent le samedi");
  assert.equal((await approve(approver, path)).statusCode, 303);
  await ensureNewsletterQueues(t.ctx);
  // The queue refuses the delivery jobs, the start's last write.
  await t.ctx.database.pool.query(`
    create function refuse_delivery_job() returns trigger language plpgsql as $$
    begin
      if new.name = 'newsletter-delivery' then raise exception 'job queue unavailable'; end if;
      return new;
    end $$;
    create trigger refuse_delivery_job before insert on pgboss.job
      for each row execute function refuse_delivery_job();`);
  try {
    await assert.rejects(startCampaign(t.ctx, id), (error: Error) =>
      /job queue unavailable/.test(String(error.cause ?? error)),
    );
  } finally {
    await t.ctx.database.pool.query(
      "drop trigger refuse_delivery_job on pgboss.job; drop function refuse_delivery_job();",
    );
  }
  assert.equal(await status(id), "approved", "not left 'sending' with nothing to send");
  assert.equal(await count("select count(*) n from newsletter_deliveries where campaign_id = $1", [id]), 0);

  // The job's retry, and another run of it at the same moment: one start.
  await Promise.all([startCampaign(t.ctx, id), startCampaign(t.ctx, id)]);
  assert.equal(await status(id), "sending");
  assert.equal(await count("select count(*) n from newsletter_deliveries where campaign_id = $1", [id]), 3);
  assert.equal(await jobs("newsletter-delivery", id), 1, "one batch, queued once");
});
