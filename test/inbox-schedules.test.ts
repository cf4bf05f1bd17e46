import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { changeConversation } from "../src/features/inbox/conversation-actions.ts";
import { receive } from "../src/features/inbox/receive.ts";
import { applyInboxRetention } from "../src/features/inbox/retention.ts";
import { wakeSnoozed } from "../src/features/inbox/snoozes.ts";
import type { Actor } from "../src/platform/auth/actor.ts";
import { startTestApp, type TestApp } from "./helpers/app.ts";
import { staffActor, teamWith } from "./helpers/inbox.ts";

/**
 * The inbox's timers, run as their schedules run them (the clock moved instead of waited for):
 * a snoozed conversation wakes up; conversations past their retention are anonymised, a
 * complaint kept five years after its answer; resolving by hand sends the satisfaction question;
 * a new priority moves the due times.
 */
let t: TestApp;
let advisor: Actor;
const DAY = 86_400_000;
before(async () => {
  t = await startTestApp();
  advisor = await staffActor(t.ctx, "advisor", "Claire Martin");
  await teamWith(t.ctx, "particuliers", [{ id: advisor.id }]);
});
after(() => t.close());

const pool = () => t.ctx.database.pool;
const row = async (query: string, params: unknown[] = []) => (await pool().query(query, params)).rows[0];
let n = 0;
const write = (body: string, receivedAt = t.ctx.clock.now()) =>
  receive(t.ctx, {
    source: "contact_form",
    threadKey: `schedules-${++n}`,
    subject: `Question ${n}`,
    body,
    from: { email: `client${n}@exemple.fr`, name: "Julie Moreau" },
    receivedAt,
    teamSlug: "particuliers",
  });

test("a snoozed conversation is open and unread again once its time has come, not before", async () => {
  const { conversationId } = await write("Bonjour, quels sont les horaires de l'agence de Lyon ?");
  await pool().query(
    "update inbox_conversations set status = 'snoozed', snoozed_until = now() + interval '2 hours', unread = false where id = $1",
    [conversationId],
  );
  assert.equal(await wakeSnoozed(t.ctx), 0);
  const realNow = t.ctx.clock.now;
  t.ctx.clock.now = () => new Date(Date.now() + 3 * 3600_000);
  try {
    assert.ok((await wakeSnoozed(t.ctx)) >= 1);
  } finally {
    t.ctx.clock.now = realNow;
  }
  const woken = await row("select status, snoozed_until, unread from inbox_conversations where id = $1", [
    conversationId,
  ]);
  assert.deepEqual({ ...woken }, { status: "open", snoozed_until: null, unread: true });
});

test("retention anonymises a conversation three years after its last message; a complaint stays five years after its answer", async () => {
  const old = new Date(Date.now() - 3 * 366 * DAY);
  const ordinary = await write("Bonjour, je voudrais un RIB, je m'appelle Julie Moreau.", old);
  const complaint = await write("Je conteste ces frais injustifiés, c'est inadmissible.", old);
  const recent = await write("Bonjour, une question sur le Livret A.");
  await pool().query(
    `insert into inbox_complaints (conversation_id, received_at, received_on, channel, payment_service, acknowledge_by, answer_by, answered_at, created_at)
     values ($1, $2::timestamptz, ($2::timestamptz)::date, 'contact_form', false, ($2::timestamptz)::date + 14,
             ($2::timestamptz)::date + 60, $2::timestamptz + interval '20 days', $2::timestamptz)`,
    [complaint.conversationId, old],
  );
  const done = await applyInboxRetention(t.ctx);
  assert.ok(done >= 1);
  const subject = async (id: number) =>
    await row(
      "select c.subject, p.erased_at is not null as erased from inbox_conversations c join inbox_correspondents p on p.id = c.correspondent_id where c.id = $1",
      [id],
    );
  assert.equal((await subject(ordinary.conversationId)).erased, true);
  assert.doesNotMatch(
    (
      await row("select string_agg(body, ' ') as text from inbox_messages where conversation_id = $1", [
        ordinary.conversationId,
      ])
    ).text,
    /Julie Moreau/,
  );
  assert.equal(
    (await subject(complaint.conversationId)).erased,
    false,
    "a complaint answered 3 years ago is kept",
  );
  assert.equal((await subject(recent.conversationId)).erased, false);

  const realNow = t.ctx.clock.now;
  t.ctx.clock.now = () => new Date(Date.now() + (2 * 366 + 30) * DAY);
  try {
    await applyInboxRetention(t.ctx);
  } finally {
    t.ctx.clock.now = realNow;
  }
  assert.equal((await subject(complaint.conversationId)).erased, true, "five years after its answer");
  assert.ok(
    await row("select id from inbox_complaints where conversation_id = $1", [complaint.conversationId]),
    "the register entry stays",
  );
});

test("resolving by hand sends the satisfaction question once; a new priority moves the due times", async () => {
  const { conversationId } = await write("Bonjour, comment activer Apple Pay ?");
  await changeConversation(t.ctx, advisor, conversationId, { action: "status", status: "resolved" }, "");
  assert.equal(
    (await row("select count(*)::int n from inbox_satisfaction where conversation_id = $1", [conversationId]))
      .n,
    1,
  );

  const other = await write("Bonjour, une question sur mon prêt.");
  const before = await row("select first_response_due_at from inbox_conversations where id = $1", [
    other.conversationId,
  ]);
  await changeConversation(
    t.ctx,
    advisor,
    other.conversationId,
    { action: "priority", priority: "urgent" },
    "",
  );
  const afterChange = await row(
    "select priority, first_response_due_at from inbox_conversations where id = $1",
    [other.conversationId],
  );
  assert.equal(afterChange.priority, "urgent");
  assert.ok(afterChange.first_response_due_at < before.first_response_due_at, "urgent is due sooner");
});
