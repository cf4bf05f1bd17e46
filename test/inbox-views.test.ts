import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { sql } from "drizzle-orm";
import { answer, receive, registerSource } from "../src/features/inbox/index.ts";
import { inboxList, viewCounts, workerOf } from "../src/features/inbox/lists.ts";
import { inScope, scopeOf } from "../src/features/inbox/policy.ts";
import { scopeCondition } from "../src/features/inbox/scope-query.ts";
import type { Actor } from "../src/platform/auth/actor.ts";
import type { Role } from "../src/platform/auth/roles.ts";
import type { Agent } from "./helpers/agent.ts";
import { startTestApp, type TestApp } from "./helpers/app.ts";
import { staffMember, teamWith } from "./helpers/inbox.ts";
import { createPerson, signedIn } from "./helpers/people.ts";

/**
 * The inbox's lists: each view and its count within the person's scope (the SQL predicate and
 * policy.ts `inScope` agree), filters and search in French and English, counts that stay right
 * when changes happen at once, and the staff workspace the pages are shown in.
 */
registerSource({ name: "test_views", publicReplies: false, deliver: async () => ({}) });

let t: TestApp;
const pool = () => t.ctx.database.pool;
const rows = async (text: string, values: unknown[] = []) => (await pool().query(text, values)).rows;
const words = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");

interface Staff {
  actor: Actor;
  agent: () => Promise<Agent>;
}

async function staff(role: Exclude<Role, "member">, name: string): Promise<Staff> {
  const { person, actor } = await staffMember(t.ctx, role, name);
  let agent: Agent | undefined;
  return { actor, agent: async () => (agent ??= await signedIn(t.app, person)) };
}

let claire: Staff;
let hugo: Staff;
let nina: Staff;
let manager: Staff;
let compliance: Staff;
let admin: Staff;
let particuliers: number;
let credit: number;

before(async () => {
  t = await startTestApp();
  claire = await staff("advisor", "Claire Martin");
  hugo = await staff("advisor", "Hugo Bernard");
  nina = await staff("advisor", "Nina Petit");
  manager = await staff("community_manager", "Léa Roux");
  compliance = await staff("compliance_officer", "Marc Lefèvre");
  admin = await staff("administrator", "Inès Admin");
  particuliers = await teamWith(t.ctx, "particuliers", [{ id: claire.actor.id }, { id: hugo.actor.id }]);
  credit = await teamWith(t.ctx, "credit-immobilier", [{ id: nina.actor.id }]);
});
after(() => t.close());

let n = 0;
const incoming = (over: Partial<Parameters<typeof receive>[1]> = {}) => ({
  source: "test_views",
  threadKey: `views-${++n}`,
  subject: "Question sur le sans contact",
  body: "Bonjour, comment activer le paiement sans contact sur ma carte ?",
  from: { email: `client-views-${n}@exemple.fr`, name: `Client ${n}` },
  receivedAt: t.ctx.clock.now(),
  teamSlug: "particuliers",
  ...over,
});

/** Every view's count for a person, straight from the service. */
const countsOf = async (who: Staff, filters = {}) =>
  viewCounts(t.ctx, await workerOf(t.ctx, who.actor), filters);

test("the SQL scope and policy.ts inScope agree on every kind of conversation, for every role", async () => {
  const [correspondent] = await rows(
    "insert into inbox_correspondents (email, display_name) values ('scope@exemple.fr', 'Scope') returning id",
  );
  const made: {
    id: number;
    teamId: number | null;
    assigneeId: number | null;
    source: string;
    complaint: boolean;
  }[] = [];
  let i = 0;
  for (const teamId of [null, particuliers, credit])
    for (const assigneeId of [null, claire.actor.id, manager.actor.id])
      for (const source of ["email", "community", "newsroom_comment"])
        for (const complaint of [false, true]) {
          const [row] = await rows(
            `insert into inbox_conversations (correspondent_id, source, thread_key, subject, team_id, assignee_id,
               complaint, status, last_client_message_at, last_message_at, created_at, updated_at)
             values ($1, $2, $3, 'Portée', $4, $5, $6, 'resolved', now(), now(), now(), now()) returning id`,
            [correspondent.id, source, `scope-${i++}`, teamId, assigneeId, complaint],
          );
          made.push({ id: Number(row.id), teamId, assigneeId, source, complaint });
        }
  const ids = made.map((c) => c.id);
  for (const who of [claire, nina, manager, compliance, admin, await staff("advisor", "Sans Équipe")]) {
    const { scope } = await workerOf(t.ctx, who.actor);
    const { rows: found } = await t.ctx.db.execute<{ id: string }>(
      sql`select c.id from inbox_conversations c where ${scopeCondition(scope)} and c.id in (${sql.join(
        ids.map((id) => sql`${id}`),
        sql`, `,
      )}) order by c.id`,
    );
    const expected = made.filter((c) => inScope(scope, c)).map((c) => c.id);
    assert.deepEqual(
      found.map((r) => Number(r.id)),
      expected,
      `${who.actor.role} ${who.actor.displayName}`,
    );
    assert.ok(scope.all || expected.length < ids.length, who.actor.displayName);
  }
  // The pure rule, for one actor, as the services build it.
  assert.deepEqual(scopeOf(manager.actor, []), {
    all: false,
    teamIds: [],
    assigneeId: manager.actor.id,
    publicSources: true,
    complaints: false,
  });
  await rows("delete from inbox_conversations where correspondent_id = $1", [correspondent.id]);
});

test("each view lists and counts what it says, within the person's scope; the page's total is the view's count", async () => {
  const before = { claire: await countsOf(claire), nina: await countsOf(nina), admin: await countsOf(admin) };
  // Round robin gives these to Claire and Hugo (both in particuliers).
  for (let k = 0; k < 4; k++) await receive(t.ctx, incoming());
  // Without a team rule a source's conversations go to the first team: this one is taken out of it.
  const unassigned = (await receive(t.ctx, incoming())).conversationId;
  await rows("update inbox_conversations set team_id = null, assignee_id = null where id = $1", [unassigned]);
  const extra: number[] = [];
  for (let k = 0; k < 5; k++) extra.push((await receive(t.ctx, incoming())).conversationId);
  const [overdueId, waitingId, snoozedId, resolvedId, complaintId] = extra as [
    number,
    number,
    number,
    number,
    number,
  ];
  await rows(
    "update inbox_conversations set first_response_due_at = now() - interval '3 hours', assignee_id = $2 where id = $1",
    [overdueId, claire.actor.id],
  );
  await rows("update inbox_conversations set status = 'waiting_on_client', paused_at = now() where id = $1", [
    waitingId,
  ]);
  await rows(
    "update inbox_conversations set status = 'snoozed', snoozed_until = now() + interval '1 day' where id = $1",
    [snoozedId],
  );
  await rows(
    "update inbox_conversations set status = 'resolved', resolved_at = now(), unread = false where id = $1",
    [resolvedId],
  );
  await rows("update inbox_conversations set complaint = true where id = $1", [complaintId]);
  // A paused conversation past its due time is not late: its clocks stopped.
  await rows("update inbox_conversations set resolution_due_at = now() - interval '1 hour' where id = $1", [
    waitingId,
  ]);
  const inCredit = (await receive(t.ctx, incoming({ teamSlug: "credit-immobilier" }))).conversationId;

  const worker = await workerOf(t.ctx, claire.actor);
  const counts = await viewCounts(t.ctx, worker);
  const d = (view: keyof typeof counts) => counts[view] - before.claire[view];
  // Claire's team got 9 new ones: 4 + 5, of which 3 left the open views (waiting, snoozed, resolved).
  assert.equal(d("myTeams"), 6);
  assert.equal(d("all"), 6, "the unassigned one has no team: not in an advisor's scope");
  assert.equal(d("unassigned"), 0);
  assert.equal(d("waiting"), 1);
  assert.equal(d("snoozed"), 1);
  assert.equal(d("resolved"), 1);
  assert.equal(d("complaints"), 1);
  assert.equal(d("overdue"), 1, "the paused one is not late");
  assert.equal(d("unread"), 8, "every new one but the resolved one");

  const adminCounts = await countsOf(admin);
  assert.equal(adminCounts.unassigned - before.admin.unassigned, 1, "administrators see every conversation");
  assert.equal(adminCounts.all - before.admin.all, 8);
  assert.equal((await countsOf(nina)).all - before.nina.all, 1, "Nina sees her team's only");

  for (const view of [
    "mine",
    "myTeams",
    "overdue",
    "complaints",
    "waiting",
    "snoozed",
    "resolved",
  ] as const) {
    const { page } = await inboxList(t.ctx, worker, view, {}, 1);
    assert.equal(page.total, counts[view], view);
    assert.ok(page.items.length <= page.total);
    assert.ok(
      !page.items.some((row) => row.id === inCredit || row.id === unassigned),
      `${view}: out of scope`,
    );
  }
  const overdue = await inboxList(t.ctx, worker, "overdue", {}, 1);
  assert.ok(overdue.page.items.some((row) => row.id === overdueId));
  const mine = await inboxList(t.ctx, worker, "mine", {}, 1);
  assert.ok(mine.page.items.every((row) => row.assigneeId === claire.actor.id));
  assert.ok(mine.page.items.some((row) => row.id === overdueId));

  // The page: the views with their counts, rows linking to the conversation, nothing out of scope.
  const agent = await claire.agent();
  const page = await agent.get("/admin/boite?vue=en-retard");
  assert.equal(page.statusCode, 200);
  assert.match(page.body, new RegExp(`href="/admin/boite/${overdueId}"`));
  assert.doesNotMatch(page.body, new RegExp(`href="/admin/boite/${inCredit}"`));
  assert.match(words(page.body), /En retard de 3 heures/);
  assert.match(words(page.body), new RegExp(`En retard ${counts.overdue} `));
  const all = await agent.get("/admin/boite");
  assert.doesNotMatch(all.body, new RegExp(`href="/admin/boite/${unassigned}"`));
  assert.match(words(all.body), new RegExp(`Mes équipes ${counts.myTeams} `));
  const nothing = await (await nina.agent()).get(`/admin/boite?vue=en-retard`);
  assert.doesNotMatch(nothing.body, new RegExp(`href="/admin/boite/${overdueId}"`));
});

test("filters and search narrow the list and its counts alike; search finds French and English words", async () => {
  const virement = (
    await receive(
      t.ctx,
      incoming({
        subject: "Virements bloqués",
        body: "Mes virements vers l'étranger sont bloqués depuis lundi.",
      }),
    )
  ).conversationId;
  const transfer = (
    await receive(
      t.ctx,
      incoming({
        subject: "Transfers abroad",
        body: "Hello, my transfers abroad have been blocked since Monday. Thank you.",
      }),
    )
  ).conversationId;
  await rows(
    "update inbox_conversations set tags = array['international'], category_slug = 'moyens-de-paiement' where id = $1",
    [virement],
  );
  const worker = await workerOf(t.ctx, admin.actor);
  const ids = async (filters: Parameters<typeof inboxList>[3]) =>
    (await inboxList(t.ctx, worker, "all", filters, 1)).page.items.map((row) => row.id);

  assert.deepEqual(await ids({ search: "virement bloqué" }), [virement], "French stems, accents or not");
  assert.deepEqual(await ids({ search: "transfer blocked" }), [transfer], "English stems");
  assert.deepEqual(await ids({ search: '"transfers abroad" -virement' }), [transfer], "websearch syntax");
  assert.ok((await ids({ language: "en" })).includes(transfer));
  assert.ok(!(await ids({ language: "en" })).includes(virement));
  assert.deepEqual(await ids({ tag: "international" }), [virement]);
  assert.deepEqual(await ids({ category: "moyens-de-paiement" }), [virement]);
  assert.ok((await ids({ team: "particuliers", source: "test_views" })).includes(virement));
  assert.ok(!(await ids({ team: "credit-immobilier" })).includes(virement));
  const negative = await ids({ sentiment: "negative" });
  assert.ok(!negative.includes(transfer) || negative.includes(virement));

  const narrowed = await viewCounts(t.ctx, worker, { search: "virement" });
  assert.equal(narrowed.all, 1);

  // Through the page, without script: the form's fields in the address.
  const page = await (await admin.agent()).get("/admin/boite?q=virements&langue=fr&etiquette=international");
  assert.match(page.body, new RegExp(`href="/admin/boite/${virement}"`));
  assert.doesNotMatch(page.body, new RegExp(`href="/admin/boite/${transfer}"`));
  assert.match(page.body, /value="virements"/);
  assert.match(words(page.body), /Effacer les filtres/);
  // A made-up source or language narrows nothing rather than failing.
  assert.equal(
    (await (await admin.agent()).get("/admin/boite?source=inconnue&langue=xx&vue=rien")).statusCode,
    200,
  );
});

test("counts stay right when changes happen at once", async () => {
  const worker = await workerOf(t.ctx, claire.actor);
  const start = await viewCounts(t.ctx, worker);
  // Two clients write at the same moment; the counts, read just before, are not kept past them.
  const second = incoming();
  const [a, b] = await Promise.all([receive(t.ctx, incoming()), receive(t.ctx, second)]);
  const after = await viewCounts(t.ctx, worker);
  assert.equal(after.myTeams - start.myTeams, 2);
  assert.equal(after.unread - start.unread, 2);

  // One advisor answers one while a client writes in the other, at once.
  const [first] = await rows("select assignee_id from inbox_conversations where id = $1", [a.conversationId]);
  const advisor = [claire, hugo].find((s) => s.actor.id === Number(first.assignee_id))!;
  await Promise.all([
    answer(t.ctx, advisor.actor, a.conversationId, {
      body: "Bonjour, c'est fait.",
      public: false,
      statusAfter: "waiting_on_client",
    }),
    receive(t.ctx, { ...second, body: "Et pour Apple Pay ?", externalId: `again-${b.conversationId}` }),
  ]);
  const final = await viewCounts(t.ctx, worker);
  const [truth] = await rows(
    `select count(*) filter (where status = 'open')::int as open,
            count(*) filter (where status = 'waiting_on_client')::int as waiting,
            count(*) filter (where unread and status <> 'resolved')::int as unread
       from inbox_conversations where team_id = $1 or assignee_id = $2`,
    [particuliers, claire.actor.id],
  );
  assert.equal(final.all, truth.open);
  assert.equal(final.waiting, truth.waiting);
  assert.equal(final.unread, truth.unread);
  assert.equal(final.waiting - start.waiting, 1);
});

test("staff pages share the workspace's layout: its areas and counts, no public footer; public pages keep theirs", async () => {
  const agent = await claire.agent();
  const inbox = await agent.get("/admin/boite");
  assert.match(inbox.body, /<body[^>]*class="staff"/);
  assert.match(inbox.body, /aria-label="Espaces de travail"/);
  assert.doesNotMatch(inbox.body, /site-footer|Mentions légales|newsletter/i);
  const unread = (await countsOf(claire)).unread;
  assert.match(words(inbox.body), new RegExp(`Boîte de réception ${unread} à lire`));
  assert.match(inbox.body, /data-live-count="\/admin\/boite\/direct"/);
  assert.match(inbox.body, /staff\.[0-9a-f]+\.js/);
  // An advisor's areas: the inbox only (no moderation, no registers).
  assert.doesNotMatch(words(inbox.body), /Modération|Registres|Comptes/);

  const dpo = await signedIn(t.app, await createPerson(t.ctx, "dpo"));
  const console = words((await dpo.get("/admin")).body);
  assert.match(console, /Demandes RGPD/);
  assert.doesNotMatch(console, /Boîte de réception \d/, "the DPO does not work the inbox");

  const home = await agent.get("/");
  assert.match(home.body, /site-footer/);
  assert.doesNotMatch(home.body, /class="staff"/);

  // The live list: htmx (and the script) get the list alone.
  const fragment = await agent.get("/admin/boite", { "hx-request": "true" });
  assert.doesNotMatch(fragment.body, /<html/);
  assert.match(fragment.body, /data-inbox-list/);
  // The live stream is for the script only.
  assert.equal((await agent.get("/admin/boite/direct", { accept: "text/html" })).statusCode, 406);
});
