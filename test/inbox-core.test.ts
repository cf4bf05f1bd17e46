import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { answer, type Outgoing, receive, registerSource } from "../src/features/inbox/index.ts";
import type { Actor } from "../src/platform/auth/actor.ts";
import { startTestApp, type TestApp } from "./helpers/app.ts";
import { staffActor, teamWith } from "./helpers/inbox.ts";

/**
 * The inbox's core through a source of the test's own: receiving (threads, duplicates,
 * reopening, reading the message), assigning, answering through the source, approvals, the
 * public-reply guard, and who may work which conversation.
 */
const delivered: Outgoing[] = [];
registerSource({
  name: "test_public",
  publicReplies: true,
  deliver: async (_ctx, out) => {
    delivered.push(out);
    return { externalId: `answer-${out.messageId}` };
  },
});

let t: TestApp;
let first: Actor;
let second: Actor;
let outsider: Actor;

before(async () => {
  t = await startTestApp();
  first = await staffActor(t.ctx, "advisor", "Claire Martin");
  second = await staffActor(t.ctx, "advisor", "Hugo Bernard");
  outsider = await staffActor(t.ctx, "advisor", "Nina Petit");
  await teamWith(t.ctx, "particuliers", [
    { id: first.id, capacity: 2 },
    { id: second.id, capacity: 2 },
  ]);
  await teamWith(t.ctx, "credit-immobilier", [{ id: outsider.id }]);
});
after(() => t.close());

const row = async (query: string, params: unknown[] = []) =>
  (await t.ctx.database.pool.query(query, params)).rows[0];
let n = 0;
const incoming = (over: Partial<Parameters<typeof receive>[1]> = {}) => ({
  source: "test_public",
  threadKey: `thread-${++n}`,
  subject: "Question sur le sans contact",
  body: "Bonjour, comment activer le paiement sans contact sur ma carte ?",
  from: { email: `client${n}@exemple.fr`, name: "Julie Moreau" },
  receivedAt: t.ctx.clock.now(),
  teamSlug: "particuliers",
  ...over,
});

test("a thread is one conversation; the same message delivered twice is kept once; new conversations go round robin within capacity", async () => {
  const a = await receive(t.ctx, incoming({ threadKey: "sans-contact", externalId: "m-1" }));
  assert.equal(a.opened, "new");
  const again = await receive(t.ctx, incoming({ threadKey: "sans-contact", externalId: "m-1" }));
  assert.deepEqual(again, { conversationId: a.conversationId, messageId: null, opened: "existing" });
  const follow = await receive(
    t.ctx,
    incoming({ threadKey: "sans-contact", externalId: "m-2", body: "Et pour Apple Pay ?" }),
  );
  assert.equal(follow.conversationId, a.conversationId);
  assert.equal(
    (await row("select count(*)::int n from inbox_messages where conversation_id = $1", [a.conversationId]))
      .n,
    2,
  );

  const others = [];
  for (let i = 0; i < 4; i++) others.push(await receive(t.ctx, incoming()));
  const assignees = [];
  for (const c of [a, ...others])
    assignees.push(
      (await row("select assignee_id from inbox_conversations where id = $1", [c.conversationId]))
        .assignee_id,
    );
  const counts = new Map<unknown, number>();
  for (const id of assignees)
    counts.set(id === null ? null : Number(id), (counts.get(id === null ? null : Number(id)) ?? 0) + 1);
  assert.equal(counts.get(first.id), 2, "capacity 2");
  assert.equal(counts.get(second.id), 2, "capacity 2");
  assert.equal(counts.get(null), 1, "nobody free: left unassigned in the team");
});

test("a complaint is read as one and its language noted; a client writing after resolution reopens the conversation", async () => {
  const c = await receive(
    t.ctx,
    incoming({
      subject: "Frais injustifiés",
      body: "C'est inadmissible : 3e fois que je signale ces frais prélevés sans explication, et toujours aucune réponse.",
    }),
  );
  const conversation = await row("select * from inbox_conversations where id = $1", [c.conversationId]);
  assert.equal(conversation.complaint, true);
  assert.equal(conversation.sentiment, "negative");
  assert.equal(conversation.language, "fr");
  await t.ctx.database.pool.query(
    "update inbox_conversations set status = 'resolved', resolved_at = now() where id = $1",
    [c.conversationId],
  );
  const again = await receive(
    t.ctx,
    incoming({ threadKey: conversation.thread_key, body: "Toujours rien, merci de me rappeler." }),
  );
  assert.equal(again.opened, "reopened");
  const reopened = await row("select status, reopened_count from inbox_conversations where id = $1", [
    c.conversationId,
  ]);
  assert.deepEqual({ ...reopened }, { status: "open", reopened_count: 1 });
});

test("an answer goes out through its source once, in the conversation's thread; two advisors answering at once are served in turn", async () => {
  const c = await receive(t.ctx, incoming({ externalId: "client-first" }));
  const before = delivered.length;
  const [x, y] = await Promise.allSettled([
    answer(t.ctx, first, c.conversationId, {
      body: "Bonjour, depuis l'application : Cartes, puis Sans contact.",
      public: false,
      statusAfter: "resolved",
    }),
    answer(t.ctx, second, c.conversationId, {
      body: "Bonjour, dans l'application, menu Cartes.",
      public: false,
      statusAfter: "resolved",
    }),
  ]);
  const outcomes = [x, y]
    .map((r) => (r.status === "fulfilled" ? "sent" : (r.reason as { code: string }).code))
    .sort();
  assert.deepEqual(outcomes, ["conversation_resolved", "sent"], "the second sees the first one's resolution");
  assert.equal(delivered.length, before + 1);
  assert.deepEqual(delivered.at(-1)!.earlierExternalIds, ["client-first"]);
  const conversation = await row(
    "select status, first_response_at, unread from inbox_conversations where id = $1",
    [c.conversationId],
  );
  assert.equal(conversation.status, "resolved");
  assert.ok(conversation.first_response_at);
  assert.equal(conversation.unread, false);
});

test("a public answer that confirms a client relationship is refused; a new advisor's answer waits for approval", async () => {
  const c = await receive(t.ctx, incoming());
  await assert.rejects(
    answer(t.ctx, first, c.conversationId, {
      body: "J'ai vérifié votre compte : le virement est bien parti hier.",
      public: true,
      statusAfter: "open",
    }),
    { code: "public_reply_guarded" },
  );
  await t.ctx.database.pool.query(
    "insert into inbox_advisors (account_id, needs_approval) values ($1, true)",
    [second.id],
  );
  const before = delivered.length;
  const sent = await answer(t.ctx, second, c.conversationId, {
    body: "Bonjour, le paiement sans contact s'active depuis l'application, rubrique Cartes.",
    public: true,
    statusAfter: "waiting_on_client",
  });
  assert.equal(sent.delivery, "pending_approval");
  assert.equal(delivered.length, before, "nothing sent before approval");
});

test("an advisor outside the conversation's team cannot see or answer it", async () => {
  const c = await receive(t.ctx, incoming());
  await assert.rejects(
    answer(t.ctx, outsider, c.conversationId, { body: "Bonjour.", public: false, statusAfter: "open" }),
    {
      code: "not_found",
    },
  );
});
