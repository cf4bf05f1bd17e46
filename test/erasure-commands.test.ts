import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import type { Agent } from "./helpers/agent.ts";
import { startTestApp, type TestApp } from "./helpers/app.ts";
import { someCategories } from "./helpers/community.ts";
import { createPerson, signedIn } from "./helpers/people.ts";

/**
 * Erasing a person on request is one command with the DPO's answer: the account, the words
 * that named them, the answer, the request's closing and the audit entries go together or not
 * at all, and two DPOs answering at once erase and answer once.
 */
let t: TestApp;
let dpo: Agent;
let otherDpo: Agent;

before(async () => {
  t = await startTestApp({ env: { DPO_CONTACT: "dpo@banque.example" } });
  await someCategories(t.ctx);
  dpo = await signedIn(t.app, await createPerson(t.ctx, "dpo"));
  otherDpo = await signedIn(t.app, await createPerson(t.ctx, "dpo"));
});
after(() => t.close());

const count = async (query: string, params: unknown[] = []) =>
  Number((await t.ctx.database.pool.query(query, params)).rows[0].n);

async function erasureRequest(email: string, name: string): Promise<number> {
  const person = await createPerson(t.ctx, "member", email, name);
  const member = await signedIn(t.app, person);
  await member.get("/compte/donnees");
  const asked = await member.post("/compte/demandes", { kind: "erasure", details: "Je quitte la banque." });
  assert.equal(asked.statusCode, 303);
  const { rows } = await t.ctx.database.pool.query(
    "select id from privacy_requests where email = $1 order by id desc limit 1",
    [email],
  );
  return Number(rows[0].id);
}

const answerErasing = (agent: Agent, id: number) =>
  agent.post(`/admin/demandes/${id}/repondre`, {
    answer: "Vos données sont effacées.",
    outcome: "answered",
    erase: "1",
  });

test("a failure at the last step of an erasure leaves the person, the request and the log as they were", async () => {
  const email = "interrompu@exemple.fr";
  const id = await erasureRequest(email, "Irène Interrompue");
  // The audit log refuses the answer's entry, the last write of the command.
  await t.ctx.database.pool.query(`
    create function refuse_answer_audit() returns trigger language plpgsql as $$
    begin
      if new.action = 'privacy.request_answered' then raise exception 'audit log unavailable'; end if;
      return new;
    end $$;
    create trigger refuse_answer_audit before insert on audit_log
      for each row execute function refuse_answer_audit();`);
  // The acknowledgement of the request is in the outbox already; the answer must not join it.
  const mailsBefore = await count("select count(*) n from mail_outbox where recipient = $1", [email]);
  try {
    await dpo.get(`/admin/demandes/${id}`);
    const failed = await answerErasing(dpo, id);
    assert.equal(failed.statusCode, 500);
    assert.doesNotMatch(failed.body, /audit log unavailable|at .*\.ts:\d+/, "no internals shown");
  } finally {
    await t.ctx.database.pool.query(
      "drop trigger refuse_answer_audit on audit_log; drop function refuse_answer_audit();",
    );
  }
  assert.equal(await count("select count(*) n from accounts where email = $1", [email]), 1, "not erased");
  assert.equal(
    await count("select count(*) n from privacy_requests where id = $1 and status = 'open'", [id]),
    1,
    "still open",
  );
  assert.equal(
    await count(
      "select count(*) n from audit_log where action = 'privacy.request_erasure_executed' and subject_id = $1",
      [String(id)],
    ),
    0,
  );
  assert.equal(
    await count("select count(*) n from mail_outbox where recipient = $1", [email]),
    mailsBefore,
    "no answer mailed",
  );

  // Once the log is back, the same answer goes through whole.
  assert.equal((await answerErasing(dpo, id)).statusCode, 303);
  assert.equal(await count("select count(*) n from accounts where email = $1", [email]), 0);
  assert.equal(
    await count("select count(*) n from privacy_requests where id = $1 and status = 'answered'", [id]),
    1,
  );
});

test("two DPOs answering the same erasure at once: one erasure, one answer; the second is told", async () => {
  const email = "double@exemple.fr";
  const id = await erasureRequest(email, "Dominique Double");
  await dpo.get(`/admin/demandes/${id}`);
  await otherDpo.get(`/admin/demandes/${id}`);
  const [a, b] = await Promise.all([answerErasing(dpo, id), answerErasing(otherDpo, id)]);
  assert.deepEqual([a.statusCode, b.statusCode].sort(), [303, 422]);
  assert.match((a.statusCode === 422 ? a : b).body, /close|clos/i);
  assert.equal(
    await count(
      "select count(*) n from audit_log where action = 'privacy.request_erasure_executed' and subject_id = $1",
      [String(id)],
    ),
    1,
  );
  assert.equal(
    await count(
      "select count(*) n from audit_log where action = 'privacy.request_answered' and subject_id = $1",
      [String(id)],
    ),
    1,
  );
});
