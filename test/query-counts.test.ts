import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { reply, startTopic } from "../src/features/community/index.ts";
import { suppressionKey } from "../src/features/newsletter/suppression.ts";
import { eraseMember } from "../src/features/privacy/erasure/erasure.ts";
import type { Actor } from "../src/platform/auth/actor.ts";
import { startTestApp, type TestApp } from "./helpers/app.ts";
import { someCategories } from "./helpers/community.ts";
import { actorOf, createPerson, signedIn } from "./helpers/people.ts";
import { countQueries } from "./helpers/queries.ts";

/**
 * A list costs the same number of queries whatever its length: no query per item (issue 13,
 * "Also"). Each test measures a page or an operation with few items, then with more, and the
 * count must not grow.
 */
let t: TestApp;
before(async () => {
  t = await startTestApp();
  await someCategories(t.ctx);
});
after(() => t.close());

const sql = (text: string, values: unknown[] = []) => t.ctx.database.pool.query(text, values);

async function topic(authorId: number, title = "Un sujet pour compter les requêtes") {
  const { rows } = await sql(
    `insert into community_topics (category_id, author_id, kind, title, slug)
     values ((select min(id) from community_categories), $1, 'discussion', $2, 'un-sujet') returning id`,
    [authorId, title],
  );
  return Number(rows[0].id);
}

async function post(topicId: number, authorId: number, position: number, body = "Un message.") {
  const { rows } = await sql(
    `insert into community_posts (topic_id, author_id, position, body_markdown, body_html)
     values ($1, $2, $3, $4, $4) returning id`,
    [topicId, authorId, position, body],
  );
  return Number(rows[0].id);
}

test("the news list runs as many queries for six articles as for two", async () => {
  const author = await createPerson(t.ctx, "community_manager");
  const reader = await signedIn(t.app, await createPerson(t.ctx, "member"));
  let made = 0;
  const addArticles = async (n: number) => {
    for (let i = 0; i < n; i++, made++) {
      const image = await sql(
        `insert into newsroom_images (sha256, content_type, width, height, bytes, uploaded_by)
         values ($1, 'image/png', 10, 10, '\\x00', $2) returning id`,
        [`${made}`.padStart(64, "0"), author.id],
      );
      const comments = await topic(author.id);
      await post(comments, author.id, 1);
      await sql(
        `insert into newsroom_articles (slug, title, excerpt, body_markdown, body_html, cover_image_id, cover_alt,
                                        author_id, comments_topic_id)
         values ('article', 'Un article pour compter', 'Un résumé assez long pour passer.', 'Texte', '<p>Texte</p>',
                 $1, 'Une image', $2, $3)`,
        [image.rows[0].id, author.id, comments],
      );
    }
  };
  await addArticles(2);
  // Once first, so both counts find the header's unread counter kept (platform/short-memory.ts).
  await reader.get("/actualites");
  const few = await countQueries(() => reader.get("/actualites"));
  await addArticles(4);
  const page = await reader.get("/actualites");
  assert.equal((page.body.match(/class="article-cover"/g) ?? []).length, 6, "six covers shown");
  const many = await countQueries(() => reader.get("/actualites"));
  assert.ok(few > 0, "the page was counted, not served from a cache");
  assert.equal(many, few);
});

test("the moderation queue runs as many queries for five reported posts as for one", async () => {
  const moderator = await signedIn(t.app, await createPerson(t.ctx, "community_manager"));
  const author = await createPerson(t.ctx, "member");
  const reporter = await createPerson(t.ctx, "member");
  const report = async () => {
    const postId = await post(await topic(author.id), author.id, 1, "Un message signalé.");
    await sql(
      `insert into moderation_reports (post_id, reporter_id, reason, explanation) values ($1, $2, 'spam', 'Publicité.')`,
      [postId, reporter.id],
    );
  };
  await report();
  // Once first, so both counts find the header's unread counter kept (platform/short-memory.ts).
  await moderator.get("/moderation");
  const few = await countQueries(() => moderator.get("/moderation"));
  for (let i = 0; i < 4; i++) await report();
  const page = await moderator.get("/moderation");
  assert.equal(page.statusCode, 200);
  assert.equal((page.body.match(/Un message signalé\./g) ?? []).length, 5, "five reported posts listed");
  const many = await countQueries(() => moderator.get("/moderation"));
  assert.ok(few > 0);
  assert.equal(many, few);
});

test("erasing a member who withdraws their words runs as many queries for many topics as for one", async () => {
  const other = await createPerson(t.ctx, "member", undefined, "Autre membre");
  const erase = async (topics: number) => {
    const person = await createPerson(t.ctx, "member", undefined, "Hélène Partante");
    const alone: number[] = [];
    const shared: number[] = [];
    for (let i = 0; i < topics; i++) {
      // A topic only they wrote in (it goes), and one where someone answered by name (it stays).
      alone.push(await topic(person.id));
      await post(alone.at(-1)!, person.id, 1);
      shared.push(await topic(person.id));
      await post(shared.at(-1)!, person.id, 1);
      await post(shared.at(-1)!, other.id, 2, "Merci Hélène Partante pour la question.");
    }
    const queries = await countQueries(() =>
      t.ctx.db.transaction((tx) =>
        eraseMember(
          tx,
          { accountId: person.id, email: person.email },
          {
            withdrawPosts: true,
            locale: "fr",
            suppressionKey: suppressionKey(t.ctx.config),
            now: new Date(),
          },
        ),
      ),
    );
    return { queries, alone, shared };
  };
  const few = await erase(1);
  const many = await erase(4);
  assert.equal(many.queries, few.queries);
  const named = await sql(
    "select count(*)::int as n from community_posts where body_markdown like '%Hélène%'",
  );
  assert.equal(named.rows[0].n, 0, "their name is gone from every answer");
  const topics = await sql(
    "select id, title, deleted_at from community_topics where id = any($1::bigint[])",
    [[...many.alone, ...many.shared]],
  );
  for (const row of topics.rows) {
    if (many.alone.includes(Number(row.id))) assert.ok(row.deleted_at, "a topic only they wrote in goes");
    else {
      assert.equal(row.deleted_at, null, "a topic others answered stays");
      assert.equal(row.title, "Sujet retiré à la demande de son auteur");
    }
  }
});

async function member(name: string): Promise<Actor> {
  return actorOf(await createPerson(t.ctx, "member", undefined, name), "member", name);
}

/** A question opened by `asker` in a test category; its topic's id. */
async function question(asker: Actor, title: string): Promise<number> {
  const opened = await startTopic(t.ctx, asker, {
    categorySlug: "comptes-et-cartes",
    kind: "question",
    title,
    body: "Une question assez longue pour être publiée.",
  });
  assert.equal(opened.ok, true);
  return opened.ok === true ? opened.value.id : 0;
}

test("a reply reads its author in one statement, and who to tell in its write: every round trip costs", async () => {
  const asker = await member("Agnès Demande");
  const quoted = await member("Bruno Cité");
  const muted = await member("Chloé Silence");
  const writer = await member("Damien Répond");
  const topicId = await question(asker, "Plafond de paiement relevé pour les vacances ?");
  const first = await reply(t.ctx, quoted, topicId, { body: "Oui, depuis l'application, rubrique Carte." });
  assert.equal(first.ok, true);
  await sql(
    "insert into community_topic_subscriptions (account_id, topic_id, level) values ($1, $2, 'muted')",
    [muted.id, topicId],
  );
  const statements: string[] = [];
  await countQueries(
    () =>
      reply(t.ctx, writer, topicId, {
        body: "Et par téléphone aussi, sans frais.",
        replyToPostId: first.ok === true ? first.value.postId : undefined,
      }),
    (text) => statements.push(text) > 0,
  );
  const readsOfAuthor = statements.filter(
    (text) =>
      /community_posts/.test(text) && /author_id/.test(text) && !/insert into community_posts/.test(text),
  );
  assert.equal(
    readsOfAuthor.length,
    1,
    `the author's counts and reputation in one read:\n${readsOfAuthor.join("\n")}`,
  );
  assert.equal(
    statements.filter((text) => /community_topic_subscriptions/.test(text)).length,
    1,
    "followers and muters read by the reply's own statement",
  );
  const moves = statements.flatMap((text, i) => (/public_page_versions/.test(text) ? [i] : []));
  assert.deepEqual(
    moves,
    [statements.lastIndexOf("commit") - 1],
    "the kept pages' versions move in the reply's transaction, as its last statement",
  );
  const { rows } = await sql(
    "select account_id, kind from community_notifications where topic_id = $1 and actor_id = $2 order by account_id",
    [topicId, writer.id],
  );
  assert.deepEqual(
    rows.map((row) => [Number(row.account_id), row.kind]),
    [
      [asker.id, "reply"],
      [quoted.id, "quote"],
    ].sort((a, b) => Number(a[0]) - Number(b[0])),
    "the follower told of a reply, the quoted author of a quote, the one who muted it nothing",
  );
});

test("a reply that waited for another reply's write still tells that reply's author: who to tell is read again", async () => {
  const asker = await member("Églantine Question");
  const first = await member("Fabrice Premier");
  const second = await member("Gaëlle Seconde");
  const topicId = await question(asker, "Deux réponses au même instant sur le même sujet");
  // The first reply's write, held open: it holds the topic's row and makes its author a follower.
  const other = await t.ctx.database.pool.connect();
  try {
    await other.query("begin");
    await other.query("update community_topics set reply_count = reply_count + 1 where id = $1", [topicId]);
    await other.query(
      `insert into community_posts (topic_id, author_id, position, body_markdown, body_html)
       values ($1, $2, 2, 'La première réponse.', '<p>La première réponse.</p>')`,
      [topicId, first.id],
    );
    await other.query(
      "insert into community_topic_subscriptions (account_id, topic_id, level) values ($1, $2, 'following')",
      [first.id, topicId],
    );
    const answering = reply(t.ctx, second, topicId, { body: "Une réponse écrite pendant la première." });
    // The second reply's statement has started and waits for the row.
    for (let i = 0; i < 100; i++) {
      const { rows } = await sql(
        "select count(*)::int as n from pg_stat_activity where wait_event_type = 'Lock' and query like '%community_topics%'",
      );
      if (rows[0].n > 0) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await other.query("commit");
    const answered = await answering;
    assert.equal(answered.ok, true);
    const postId = answered.ok === true ? answered.value.postId : 0;
    assert.equal(answered.ok === true ? answered.value.position : 0, 3, "counted after the first reply");
    const { rows } = await sql("select account_id from community_notifications where post_id = $1", [postId]);
    assert.deepEqual(
      rows.map((row) => Number(row.account_id)).sort((a, b) => a - b),
      [asker.id, first.id].sort((a, b) => a - b),
      "the asker and the first reply's author are told",
    );
  } finally {
    other.release();
  }
});

test("many e-mails are queued, each with the job that sends it, in as many statements as one", async () => {
  const mail = (n: number) => ({
    key: `test.count:${n}`,
    category: "test.count",
    to: `lecteur${n}@exemple.fr`,
    subject: `Message ${n}`,
    text: "Bonjour.",
    html: "<p>Bonjour.</p>",
  });
  const queue = (mails: ReturnType<typeof mail>[]) =>
    countQueries(
      () => t.ctx.db.transaction((tx) => t.ctx.outbox.queueAll(tx, mails)),
      () => true,
      { jobs: true },
    );
  const one = await queue([mail(0)]);
  const six = await queue([1, 2, 3, 4, 5, 6].map(mail));
  assert.equal(six, one);
  // Each is one message with its own job: sent once, and a key queued again adds nothing.
  assert.equal(await t.ctx.db.transaction((tx) => t.ctx.outbox.queueAll(tx, [mail(3), mail(7)])), 1);
  const { rows } = await sql(
    "select count(*)::int as n from pgboss.job where name = 'mail-outbox' and (data->>'id')::bigint in (select id from mail_outbox where category = 'test.count')",
  );
  assert.equal(rows[0].n, 8);
  assert.deepEqual(await t.ctx.outbox.drain(), { sent: 8, retry: 0, failed: 0, skipped: 0 });
});

test("a member's topic page reads their news with its marks, and writes only when there was news", async () => {
  const person = await createPerson(t.ctx, "member", undefined, "Hortense Nouvelles");
  const asker = actorOf(person, "member", "Hortense Nouvelles");
  const helper = await member("Ivan Nouvelles");
  const topicId = await question(asker, "Virement instantané facturé, est-ce normal ?");
  const reader = await signedIn(t.app, person);
  const { rows: found } = await sql("select slug from community_topics where id = $1", [topicId]);
  const path = `/t/${found[0].slug}/${topicId}`;
  const touches = (text: string) =>
    /community_notifications|replies_mailed_at/.test(text) && !/^select count/i.test(text);
  // Once first, so the counts below find the header's counter kept (platform/short-memory.ts).
  await reader.get(path);
  const quiet = await countQueries(() => reader.get(path), touches);
  assert.equal(quiet, 1, "no news: the page's own read of the member's marks, nothing written");
  assert.equal(
    await reply(t.ctx, helper, topicId, { body: "Il l'est depuis cette année." }).then((r) => r.ok),
    true,
  );
  const statements: string[] = [];
  await countQueries(
    () => reader.get(path),
    (text) => touches(text) && statements.push(text) > 0,
  );
  assert.equal(
    statements.length,
    2,
    `the read, then one statement that reads the news:\n${statements.join("\n")}`,
  );
  const { rows } = await sql(
    "select count(*)::int n from community_notifications where account_id = $1 and read_at is null",
    [asker.id],
  );
  assert.equal(rows[0].n, 0, "what the page shows is read");
});
