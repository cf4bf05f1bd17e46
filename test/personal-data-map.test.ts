import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { HOLDINGS, NOT_PERSONAL } from "../src/features/privacy/personal-data-map.ts";
import { Agent, lastMailTo } from "./helpers/agent.ts";
import { startTestApp, type TestApp } from "./helpers/app.ts";
import { someCategories } from "./helpers/community.ts";
import { createPerson, PASSWORD, signedIn } from "./helpers/people.ts";

/**
 * Erasure and export reach every place that holds a person. The first test reads the real
 * schema: a new column that can point to a person, and is not in the map, fails it.
 */
let t: TestApp;
before(async () => {
  t = await startTestApp();
  await someCategories(t.ctx);
});
after(() => t.close());

const PERSON_COLUMN =
  /^(account_id|author_id|actor_id|reporter_id|reporter_email|email|new_email|subscriber_id|decided_by|created_by|deleted_by|replaced_by|approved_by|uploaded_by|answered_by|recipients|recipient|address_hash)$/;

test("every column that can point to a person is in the erasure and export map", async () => {
  const { rows } = await t.ctx.database.pool.query<{ table_name: string; column_name: string }>(`
    select table_name, column_name from information_schema.columns
     where table_schema = 'public' order by table_name, column_name`);
  const found = rows
    .filter((row) => PERSON_COLUMN.test(row.column_name))
    .map((row) => `${row.table_name}.${row.column_name}`)
    .filter((column) => !(column in NOT_PERSONAL));
  const mapped = HOLDINGS.map((h) => `${h.table}.${h.column}`);
  assert.deepEqual(
    found.filter((column) => !mapped.includes(column)),
    [],
    "add these to src/features/privacy/personal-data-map.ts: how they are erased and exported",
  );
  assert.deepEqual(
    mapped.filter((column) => !found.includes(column)),
    [],
    "these mapped columns no longer exist",
  );
});

test("a member downloads everything held on them, then erasure reaches every table; posts read 'Ancien membre'", async () => {
  const person = await createPerson(t.ctx, "member", "effacee@exemple.fr", "Élise Effacée");
  const member = await signedIn(t.app, person);
  await member.get("/nouveau-sujet");
  const topic = await member.post("/nouveau-sujet", {
    category: "comptes-et-cartes",
    kind: "question",
    title: "Comment clôturer un livret ?",
    body: "Je souhaite clôturer mon livret jeune.",
  });
  const path = topic.headers.location as string;
  const topicId = path.split("/").at(-1)!;
  const other = await signedIn(t.app, await createPerson(t.ctx, "member"));
  await other.get(path);
  await other.post(`/t/${topicId}/repondre`, { body: "En agence, avec une pièce d'identité." });
  const replyId = (
    await t.ctx.database.pool.query("select id from community_posts where topic_id = $1 and position = 2", [
      topicId,
    ])
  ).rows[0].id;
  await member.get(path);
  await member.post(`/messages/${replyId}/utile`);
  await member.post(`/messages/${replyId}/signet`);
  await member.get(`/messages/${replyId}/signaler`);
  await member.post(`/messages/${replyId}/signaler`, {
    reason: "off_topic",
    explanation: "Pas la bonne réponse.",
  });
  const visitor = new Agent(t.app);
  await visitor.post("/newsletter", { email: person.email, consent: "1" }, { csrf: null });
  const link = new URL((await lastMailTo(t.ctx.db, person.email)).link!);
  await visitor.post(`${link.pathname}${link.search}`, {}, { csrf: null });

  const page = await member.get("/compte/donnees");
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /Pourquoi et combien de temps/);
  const download = await member.get("/compte/donnees.json");
  assert.equal(download.statusCode, 200);
  assert.match(String(download.headers["content-disposition"]), /attachment/);
  const exported = JSON.parse(download.body);
  assert.match(exported.information.purposes, /lettre d'information/);
  for (const table of [
    "accounts",
    "community_topics",
    "community_posts",
    "community_reactions",
    "community_bookmarks",
    "community_topic_subscriptions",
    "moderation_reports",
    "newsletter_subscribers",
    "privacy_consent_events",
  ])
    assert.ok(exported.data[table]?.length > 0, `${table} is in the export`);
  assert.equal(exported.data.accounts[0].password_hash, undefined, "no password hash in the export");

  await member.get("/compte/supprimer");
  const erased = await member.post("/compte/supprimer", { password: PASSWORD, confirm: "yes" });
  assert.equal(erased.statusCode, 200);
  const remaining = async (table: string, column: string, value: unknown) =>
    Number(
      (
        await t.ctx.database.pool.query(`select count(*)::int as n from ${table} where ${column} = $1`, [
          value,
        ])
      ).rows[0].n,
    );
  for (const holding of HOLDINGS) {
    // The farewell e-mail, queued and delivered after the erasure, is addressed to them.
    if (
      holding.key === "subscriber" ||
      holding.table === "mailbox_messages" ||
      holding.table === "mail_outbox"
    )
      continue;
    const value = holding.key === "account" ? person.id : person.email;
    const n = await remaining(holding.table, holding.column, value);
    if (holding.treatment === "delete" || holding.treatment === "unlink")
      assert.equal(n, 0, `${holding.table}.${holding.column} no longer points to the person`);
  }
  assert.ok(
    (await remaining("privacy_consent_events", "email", person.email)) > 0,
    "the proof of consent is kept",
  );
  const thread = await new Agent(t.app).get(path);
  assert.match(thread.body, /Ancien membre/);
  assert.match(thread.body, /clôturer mon livret jeune/, "the public post stays readable");
  assert.doesNotMatch(thread.body, /Élise Effacée/);
  const farewell = await lastMailTo(t.ctx.db, person.email);
  assert.match(farewell.text, /preuve de vos consentements/, "the person is told what is kept, and why");
});
