import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import type { Agent } from "./helpers/agent.ts";
import { startTestApp, type TestApp } from "./helpers/app.ts";
import { someCategories } from "./helpers/community.ts";
import { createPerson, signedIn } from "./helpers/people.ts";

/**
 * A moderation decision is one command: one transaction for every step (claim, publish or
 * withdraw, decision, statement, reports, audit), its effects after commit. Two moderators
 * acting at once get one result and a clear message for the second; a failure at the last step
 * leaves nothing half-done.
 */
let t: TestApp;
let first: Agent;
let second: Agent;

before(async () => {
  t = await startTestApp({ env: { HELD_FIRST_POSTS: "1" } });
  await someCategories(t.ctx);
  first = await signedIn(t.app, await createPerson(t.ctx, "community_manager"));
  second = await signedIn(t.app, await createPerson(t.ctx, "administrator"));
  await first.get("/moderation");
  await second.get("/moderation");
});
after(() => t.close());

const count = async (query: string, params: unknown[] = []) =>
  Number((await t.ctx.database.pool.query(query, params)).rows[0].n);

async function heldFirstTopic(title: string): Promise<{ heldId: number; authorId: number }> {
  const person = await createPerson(t.ctx, "member");
  const member = await signedIn(t.app, person);
  await member.get("/nouveau-sujet");
  const response = await member.post("/nouveau-sujet", {
    category: "comptes-et-cartes",
    kind: "question",
    title,
    body: "Bonjour, ma carte est refusée depuis ce matin chez tous les commerçants.",
  });
  assert.equal(response.statusCode, 303);
  const { rows } = await t.ctx.database.pool.query(
    "select id from moderation_held_posts where author_id = $1 and status = 'held'",
    [person.id],
  );
  return { heldId: Number(rows[0].id), authorId: person.id };
}

test("two moderators approving the same held post at once publish it once; the second is told", async () => {
  for (let round = 0; round < 3; round++) {
    const title = `Carte refusée partout, essai ${round + 1}`;
    const { heldId } = await heldFirstTopic(title);
    const [a, b] = await Promise.all([
      first.post(`/moderation/retenus/${heldId}/approuver`),
      second.post(`/moderation/retenus/${heldId}/approuver`),
    ]);
    const statuses = [a.statusCode, b.statusCode].sort();
    assert.deepEqual(statuses, [303, 409], `round ${round + 1}`);
    const refused = a.statusCode === 409 ? a : b;
    assert.match(refused.body, /Une autre personne de la modération vient de décider/);
    assert.equal(await count("select count(*) n from community_topics where title = $1", [title]), 1);
    assert.equal(
      await count(
        "select count(*) n from audit_log where action = 'moderation.held_approved' and subject_id = $1",
        [heldId],
      ),
      1,
    );
  }
});

test("approving and refusing the same held post at once: one decision stands", async () => {
  const title = "Prélèvement inconnu sur mon compte";
  const { heldId } = await heldFirstTopic(title);
  const [approve, refuse] = await Promise.all([
    first.post(`/moderation/retenus/${heldId}/approuver`),
    second.post(`/moderation/retenus/${heldId}/refuser`, {
      ground: "spam",
      explanation: "Message publicitaire sans rapport avec la banque.",
    }),
  ]);
  const published = await count("select count(*) n from community_topics where title = $1", [title]);
  const decisions = await count(
    "select count(*) n from moderation_decisions where held_post_id = $1 and action = 'rejected'",
    [heldId],
  );
  assert.equal(published + decisions, 1, "published or refused, never both");
  assert.deepEqual([approve.statusCode, refuse.statusCode].sort(), [303, 409]);
});

test("a failure at the last step of hiding a post leaves nothing half-done", async () => {
  const { heldId } = await heldFirstTopic("Frais de tenue de compte en hausse");
  assert.equal((await first.post(`/moderation/retenus/${heldId}/approuver`)).statusCode, 303);
  const { rows } = await t.ctx.database.pool.query(
    "select published_post_id from moderation_held_posts where id = $1",
    [heldId],
  );
  const postId = Number(rows[0].published_post_id);
  const reporter = await signedIn(t.app, await createPerson(t.ctx, "member"));
  await reporter.get(`/messages/${postId}/signaler`);
  await reporter.post(`/messages/${postId}/signaler`, {
    reason: "abuse",
    explanation: "Propos visant une personne.",
  });
  // The audit log refuses the entry, as a full disk or a lost connection would at that moment.
  await t.ctx.database.pool.query(`
    create function refuse_hidden_audit() returns trigger language plpgsql as $$
    begin
      if new.action = 'moderation.post_hidden' then raise exception 'audit log unavailable'; end if;
      return new;
    end $$;
    create trigger refuse_hidden_audit before insert on audit_log
      for each row execute function refuse_hidden_audit();`);
  try {
    await first.get(`/moderation/messages/${postId}`);
    const failed = await first.post(`/moderation/messages/${postId}`, {
      action: "hide",
      ground: "abuse",
      explanation: "Le message vise une personne identifiable.",
      body: "",
      note: "",
    });
    assert.equal(failed.statusCode, 500);
    assert.doesNotMatch(failed.body, /audit log unavailable|at .*\.ts:\d+/, "no internals shown");
    assert.equal(
      await count("select count(*) n from community_posts where id = $1 and deleted_at is not null", [
        postId,
      ]),
      0,
    );
    assert.equal(await count("select count(*) n from moderation_decisions where post_id = $1", [postId]), 0);
  } finally {
    await t.ctx.database.pool.query(
      "drop trigger refuse_hidden_audit on audit_log; drop function refuse_hidden_audit();",
    );
  }
  // Once the log is back, the same decision goes through whole, once even when sent twice at once.
  const hide = () =>
    first.post(`/moderation/messages/${postId}`, {
      action: "hide",
      ground: "abuse",
      explanation: "Le message vise une personne identifiable.",
      body: "",
      note: "",
    });
  const [x, y] = await Promise.all([hide(), hide()]);
  // The second is told it was already decided (not that the post cannot be found).
  assert.deepEqual([x.statusCode, y.statusCode].sort(), [303, 409]);
  assert.match((x.statusCode === 409 ? x : y).body, /Une autre personne de la modération vient de décider/);
  assert.equal(await count("select count(*) n from moderation_decisions where post_id = $1", [postId]), 1);
  assert.equal(
    await count(
      "select count(*) n from audit_log where action = 'moderation.post_hidden' and subject_id = $1",
      [postId],
    ),
    1,
  );
});

/** A published post with an open report on it. */
async function reportedPost(title: string): Promise<number> {
  const { heldId } = await heldFirstTopic(title);
  assert.equal((await first.post(`/moderation/retenus/${heldId}/approuver`)).statusCode, 303);
  const { rows } = await t.ctx.database.pool.query(
    "select published_post_id from moderation_held_posts where id = $1",
    [heldId],
  );
  const postId = Number(rows[0].published_post_id);
  const reporter = await signedIn(t.app, await createPerson(t.ctx, "member"));
  await reporter.get(`/messages/${postId}/signaler`);
  const reported = await reporter.post(`/messages/${postId}/signaler`, {
    reason: "abuse",
    explanation: "Propos visant une personne.",
  });
  assert.equal(reported.statusCode, 200);
  return postId;
}

const keep = (agent: Agent, postId: number) =>
  agent.post(`/moderation/messages/${postId}`, {
    action: "keep",
    ground: "",
    explanation: "",
    body: "",
    note: "",
  });

test("two moderators dismissing the same reports at once: dismissed once; the second is told it was decided", async () => {
  for (let round = 1; round <= 3; round++) {
    const postId = await reportedPost(`Virement bloqué depuis lundi, essai ${round}`);
    const [a, b] = await Promise.all([keep(first, postId), keep(second, postId)]);
    assert.deepEqual([a.statusCode, b.statusCode].sort(), [303, 409], `round ${round}`);
    assert.match((a.statusCode === 409 ? a : b).body, /Une autre personne de la modération vient de décider/);
    assert.equal(
      await count(
        "select count(*) n from audit_log where action = 'moderation.reports_dismissed' and subject_id = $1",
        [String(postId)],
      ),
      1,
    );
  }
  // Sent again later (a page left open): still told in words, not "page not found".
  const postId = await reportedPost("Virement bloqué, page restée ouverte");
  assert.equal((await keep(first, postId)).statusCode, 303);
  const late = await keep(second, postId);
  assert.equal(late.statusCode, 409);
  assert.match(late.body, /Une autre personne de la modération vient de décider/);
});

test("dismissing and hiding the same post at once: one decision stands", async () => {
  const postId = await reportedPost("Conseiller injoignable depuis une semaine");
  const [dismissed, hidden] = await Promise.all([
    keep(first, postId),
    second.post(`/moderation/messages/${postId}`, {
      action: "hide",
      ground: "abuse",
      explanation: "Le message vise une personne identifiable.",
      body: "",
      note: "",
    }),
  ]);
  assert.deepEqual([dismissed.statusCode, hidden.statusCode].sort(), [303, 409]);
  const wasHidden = await count(
    "select count(*) n from community_posts where id = $1 and deleted_at is not null",
    [postId],
  );
  const wasDismissed = await count(
    "select count(*) n from moderation_reports where post_id = $1 and status = 'dismissed'",
    [postId],
  );
  assert.equal(wasHidden + wasDismissed, 1, "kept or hidden, never both");
});

test("a post nobody reported is still not found", async () => {
  const { rows } = await t.ctx.database.pool.query(
    "select p.id from community_posts p where not exists (select 1 from moderation_reports r where r.post_id = p.id) limit 1",
  );
  assert.equal((await keep(first, Number(rows[0].id))).statusCode, 404);
});
