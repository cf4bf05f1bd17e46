import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { addDays, parisDay } from "../src/calendar/index.ts";
import { DEMO_TOPICS } from "../src/demo/community.ts";
import { DEMO_LISTS } from "../src/demo/contacts.ts";
import { generatedConversations } from "../src/demo/conversations.ts";
import { seedDemo } from "../src/demo/seed.ts";
import { conversationIndexWeeks, lastWeeks } from "../src/features/barometer/conversation-index-query.ts";
import { contactCounts, findContacts, listsWithCounts } from "../src/features/newsletter/contacts.ts";
import { sentimentBreakdown, sentimentSeries } from "../src/features/sentiment/index.ts";
import { Agent } from "./helpers/agent.ts";
import { startTestApp, type TestApp } from "./helpers/app.ts";

/** Lower-case words, an elided article counting as its own word ("l'appli" → "l'", "appli"). */
function words(title: string): string[] {
  return title.toLowerCase().match(/\p{L}+'|[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * Two titles come from one template when they differ only in one short run of words in the
 * middle ("Premier achat à Orléans : quel apport ?" / "… à Nîmes : …"), the shared part being
 * most of each title.
 */
function sameTemplate(a: string[], b: string[]): boolean {
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < a.length - prefix &&
    suffix < b.length - prefix &&
    a[a.length - 1 - suffix] === b[b.length - 1 - suffix]
  )
    suffix++;
  const shared = prefix + suffix;
  return (
    shared >= 3 &&
    shared * 2 >= Math.max(a.length, b.length) &&
    a.length - shared <= 3 &&
    b.length - shared <= 3
  );
}

describe("demo titles", () => {
  const titles = [...DEMO_TOPICS, ...generatedConversations()].map((topic) => topic.title);

  test("no two demo titles are one template with a word swapped", () => {
    const tokenised = titles.map(words);
    const pairs: string[] = [];
    for (let i = 0; i < titles.length; i++)
      for (let j = i + 1; j < titles.length; j++)
        if (sameTemplate(tokenised[i]!, tokenised[j]!)) pairs.push(`${titles[i]} / ${titles[j]}`);
    assert.deepEqual(pairs, []);
    assert.equal(new Set(titles).size, titles.length, "every title is different");
  });

  test("the check finds the templates the demo used to have", () => {
    assert.ok(
      sameTemplate(
        words("Premier achat à Orléans : quel apport faut-il ?"),
        words("Premier achat à Nîmes : quel apport faut-il ?"),
      ),
    );
    assert.ok(
      sameTemplate(
        words("Frais de retrait à Londres : pourquoi si chers ?"),
        words("Frais de retrait à New York : pourquoi si chers ?"),
      ),
    );
  });

  test("no title says the same thing twice ('dans l'appli dans l'application')", () => {
    const doubled = titles.filter((title) => {
      const w = words(title);
      const pairs = w.slice(1).map((word, i) => `${w[i]} ${word}`);
      return new Set(pairs).size !== pairs.length;
    });
    assert.deepEqual(doubled, []);
    assert.equal(words("Idée : la signature des contrats dans l'appli dans l'application").length, 11);
  });

  test("the generated conversations are the same on every run", () => {
    assert.deepEqual(generatedConversations(), generatedConversations());
  });
});

describe("the demo on a fresh database", () => {
  let t: TestApp;
  let loaded: Awaited<ReturnType<typeof seedDemo>>;
  before(async () => {
    t = await startTestApp();
    loaded = await seedDemo(t.ctx);
  });
  after(() => t.close());

  test("seeds a small CRM: clients and prospects with their lawful basis, tags and lists", async () => {
    assert.equal(loaded.contacts, 16);
    const counts = await contactCounts(t.ctx);
    const active = (kind: string) =>
      counts.filter((c) => c.status === "active" && c.kind === kind).reduce((n, c) => n + c.n, 0);
    assert.equal(active("client"), 8);
    assert.equal(active("prospect"), 8);
    const lists = await listsWithCounts(t.ctx);
    assert.deepEqual(lists.map((l) => l.name).sort(), [...DEMO_LISTS].sort());
    assert.ok(
      lists.every((list) => list.members >= 2),
      "each list has members",
    );

    const contacts = (await findContacts(t.ctx, "")).items;
    assert.equal(contacts.length, 16);
    const julie = contacts.find((c) => c.email === "julie@demo.confiance.example")!;
    assert.ok(julie.accountId, "a member's contact is linked to her account");
    assert.equal(julie.kind, "client");
    assert.deepEqual(julie.lists, ["Lettre mensuelle des clients"]);
    assert.ok(contacts.some((c) => c.tags.includes("crédit immobilier")));
    assert.ok(contacts.some((c) => c.lawfulBasis === "client_soft_opt_in"));
    assert.equal(contacts.filter((c) => c.accountId !== null).length, 4, "four members subscribed");
  });

  test("every contact written to on consent has that consent in the ledger", async () => {
    const { rows } = await t.ctx.database.pool.query(
      `select s.email from newsletter_subscribers s
        where s.lawful_basis = 'consent' and s.status = 'active'
          and not exists (select 1 from privacy_consent_events e
                           where e.email = s.email and e.purpose = 'newsletter' and e.decision = 'granted')`,
    );
    assert.deepEqual(rows, []);
    const { rows: consented } = await t.ctx.database.pool.query(
      `select count(*)::int as n from newsletter_subscribers where lawful_basis = 'consent'`,
    );
    assert.ok(consented[0].n >= 8);
  });

  test("running it again adds no contact", async () => {
    const again = await seedDemo(t.ctx);
    assert.equal(again.contacts, 0);
    assert.equal((await findContacts(t.ctx, "")).total, 16);
  });

  test("the archive carries the demo posts' own dates, not the seeding time", async () => {
    const { rows } = await t.ctx.database.pool.query(
      `select a.at, p.created_at from archive_staff_publications a
         join community_posts p on a.place_type = 'post' and p.id = a.place_id::bigint
        where a.action = 'published'`,
    );
    assert.ok(rows.length > 50, "the team's demo answers are archived");
    const different = rows.filter((r) => r.at.getTime() !== r.created_at.getTime());
    assert.deepEqual(different, []);
    const oldest = Math.min(...rows.map((r) => r.at.getTime()));
    assert.ok(Date.now() - oldest > 30 * 86_400_000, "some archived answers are months old");
  });

  test("a staff badge does not repeat the role in the team ('Responsable de communauté · Communauté')", async () => {
    const home = await new Agent(t.app).get("/actualites");
    const article = /href="(\/actualites\/[a-z0-9-]+\/\d+)"/.exec(home.body)![1]!;
    const page = await new Agent(t.app).get(article);
    assert.match(page.body, /Responsable de communauté/);
    assert.doesNotMatch(page.body, /Responsable de communauté · Communauté/);
  });

  test("the inbox: about two hundred conversations from every source, complaints in every state, some late, a few in English", async () => {
    const q = async (query: string) => (await t.ctx.database.pool.query(query)).rows;
    const [{ n }] = await q("select count(*)::int n from inbox_conversations");
    assert.ok(n >= 180, `${n} conversations`);
    const sources = (await q("select distinct source from inbox_conversations")).map((r) => r.source).sort();
    assert.deepEqual(sources, [
      "community",
      "contact_form",
      "email",
      "newsroom_comment",
      "private_message",
      "review",
    ]);
    const statuses = new Set(
      (await q("select distinct status from inbox_conversations")).map((r) => r.status),
    );
    for (const status of ["open", "waiting_on_client", "snoozed", "resolved"])
      assert.ok(statuses.has(status), status);
    const [register] = await q(`select
        count(*) filter (where acknowledged_at is null and answered_at is null)::int as unacknowledged,
        count(*) filter (where acknowledged_at is not null and answered_at is null)::int as acknowledged,
        count(*) filter (where holding_reply_at is not null)::int as held,
        count(*) filter (where outcome = 'upheld')::int as upheld,
        count(*) filter (where outcome = 'partly_upheld')::int as partly,
        count(*) filter (where outcome = 'rejected')::int as rejected,
        count(*) filter (where answered_at is null and acknowledge_by < (now() at time zone 'Europe/Paris')::date
                         and acknowledged_at is null)::int as late
      from inbox_complaints`);
    for (const [state, count] of Object.entries(register))
      assert.ok(Number(count) > 0, `complaints ${state}: ${count}`);
    const [suggested] = await q(
      "select count(*)::int n from inbox_conversations where complaint and not complaint_confirmed",
    );
    assert.ok(suggested.n > 0, "complaints the classifier suggests, waiting for an advisor");
    const [overdue] = await q(
      "select count(*)::int n from inbox_conversations where status = 'open' and first_response_at is null and first_response_due_at < now()",
    );
    assert.ok(overdue.n > 0, "some late first answers");
    const [english] = await q("select count(*)::int n from inbox_conversations where language = 'en'");
    assert.ok(english.n >= 3, "a few in English");
    const [teams] = await q("select count(distinct team_id)::int n from inbox_conversations");
    assert.equal(teams.n, 2);
  });

  test("the reviews: about 150 over 18 months, mixed, answered through the inbox, four refused with their reason, one held, two updated after the answer", async () => {
    const q = async (query: string) => (await t.ctx.database.pool.query(query)).rows;
    const [counts] = await q(`select count(*)::int total,
        count(*) filter (where status = 'published')::int published,
        count(*) filter (where status = 'refused')::int refused,
        count(*) filter (where status = 'held')::int held,
        count(*) filter (where verified)::int verified,
        count(distinct rating)::int ratings,
        count(*) filter (where conversation_id is not null)::int in_inbox,
        extract(day from now() - min(created_at))::int oldest_days
      from reviews`);
    assert.ok(counts.total >= 140 && counts.total <= 160, `${counts.total} reviews`);
    assert.ok(counts.published >= 130);
    assert.equal(counts.refused, 4);
    assert.equal(counts.held, 1);
    assert.ok(counts.verified > counts.total / 2 && counts.verified < counts.total);
    assert.equal(counts.ratings, 5);
    assert.ok(counts.oldest_days >= 500, `${counts.oldest_days} days`);
    assert.ok(counts.in_inbox >= counts.published);
    const [refusals] = await q(
      "select count(distinct reason)::int reasons, bool_and(explanation <> '') explained from reviews_decisions where decision = 'refused'",
    );
    assert.deepEqual({ ...refusals }, { reasons: 4, explained: true });
    const [answers] = await q("select count(*)::int n from reviews_answers");
    assert.ok(answers.n >= 60, `${answers.n} answers`);
    const [versions] = await q("select count(*)::int n from reviews_versions");
    assert.equal(versions.n, 2);
    const [invitations] = await q(
      "select count(*)::int sent, count(used_at)::int used from reviews_invitations",
    );
    assert.ok(invitations.sent >= counts.verified * 2 - 1 && invitations.used === counts.verified);
    const [filtered] = await q(
      "select count(*)::int n from reviews_invitation_batches where refused_filter is not null",
    );
    assert.equal(filtered.n, 1);
    const visitor = new Agent(t.app);
    assert.equal((await visitor.get("/avis")).statusCode, 200);
    assert.equal((await visitor.get("/avis/fonctionnement")).statusCode, 200);
  });

  test("the barometer's sentiment covers the demo's community and inbox, and its Conversation Index has weeks", async () => {
    const now = parisDay(t.ctx.clock.now());
    const filter = { from: addDays(now, -130), to: now };
    const bySource = await sentimentBreakdown(t.ctx, filter, "source");
    const counted = Object.fromEntries(bySource.map((s) => [s.key, s]));
    for (const source of ["community", "private_message", "email", "contact_form"])
      assert.ok((counted[source]?.total ?? 0) > 0, `sentiment of ${source}`);
    assert.ok(
      bySource.every((s) => s.negative < s.total),
      "not every message is negative",
    );
    assert.ok(
      bySource.some((s) => s.negative > 0),
      "some negative messages",
    );
    const months = await sentimentSeries(t.ctx, filter, "month");
    assert.ok(months.length >= 4, `${months.length} months`);
    const weeks = await conversationIndexWeeks(t.ctx, lastWeeks(now, 8));
    assert.equal(weeks.length, 8);
    assert.ok(weeks.filter((w) => w.index !== null).length >= 6, "most demo weeks have an index");
    assert.ok(weeks.some((w) => w.components.answered && w.components.conversation));
  });
});
