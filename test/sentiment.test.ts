import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import {
  catchUpSentiment,
  recordSentiment,
  recordSentiments,
  recordSurveyResponse,
  sentimentBreakdown,
  sentimentDrivers,
  sentimentSeries,
} from "../src/features/sentiment/index.ts";
import { runCommand } from "../src/platform/commands.ts";
import { startTestApp, type TestApp } from "./helpers/app.ts";
import { someCategories } from "./helpers/community.ts";
import { createPerson } from "./helpers/people.ts";
import { barometerSurvey, submitted, waveOf } from "./helpers/surveys.ts";

/**
 * The sentiment of clients' messages: each recorded once in the caller's transaction, counted per
 * Paris day, source, category and product in the same statement, and read back per day, week or
 * month and by source, category or product.
 */
let t: TestApp;
const day = (year: number, month: number, d: number) => ({ year, month, day: d });
const ANGRY = "Scandaleux, on m'a prélevé deux fois les frais de tenue de compte, c'est inadmissible !";
const HAPPY = "Merci beaucoup, conseillère parfaite, problème réglé en dix minutes, je suis ravie.";
const FLAT = "Quels sont les horaires d'ouverture de l'agence samedi ?";

before(async () => {
  t = await startTestApp();
});
after(() => t.close());

test("a message is recorded once, in the caller's transaction, and counted on its Paris day", async () => {
  // 23:30 in Paris on Sunday 8 March 2026 is 22:30 UTC: the message counts on the 8th.
  const at = new Date("2026-03-08T22:30:00Z");
  const first = await runCommand(t.ctx, (ctx) =>
    recordSentiment(ctx.db, { source: "review", objectId: 1, at, product: "carte", text: ANGRY }),
  );
  assert.deepEqual(first, { sentiment: "negative", recorded: true });
  // Given again (a catch-up reads rows again), it is not classified again: it answers what it was
  // recorded as, and counts nothing.
  const again = await recordSentiment(t.ctx.db, { source: "review", objectId: 1, at, text: HAPPY });
  assert.deepEqual(again, { sentiment: "negative", recorded: false });
  // A transaction that fails records nothing.
  await assert.rejects(
    runCommand(t.ctx, async (ctx) => {
      await recordSentiment(ctx.db, { source: "review", objectId: 2, at, text: ANGRY });
      throw new Error("the review was refused");
    }),
  );
  const { rows } = await t.ctx.database.pool.query(
    "select day::text, source, category, product, positive, neutral, negative from sentiment_daily",
  );
  assert.deepEqual(rows, [
    {
      day: "2026-03-08",
      source: "review",
      category: "",
      product: "carte",
      positive: 0,
      neutral: 0,
      negative: 1,
    },
  ]);
  const words = await t.ctx.database.pool.query(
    "select term, messages from sentiment_daily_terms where term in ('preleve', 'frais') order by term",
  );
  assert.deepEqual(words.rows, [
    { term: "frais", messages: 1 },
    { term: "preleve", messages: 1 },
  ]);
});

test("series per day, week and month, and breakdowns, read the daily counts", async () => {
  const at = (iso: string) => new Date(iso);
  await recordSentiments(t.ctx.db, [
    {
      source: "community",
      objectId: 10,
      at: at("2026-03-09T10:00:00+01:00"),
      category: "cartes",
      text: ANGRY,
    },
    {
      source: "community",
      objectId: 11,
      at: at("2026-03-09T11:00:00+01:00"),
      category: "cartes",
      text: HAPPY,
    },
    {
      source: "community",
      objectId: 12,
      at: at("2026-03-10T11:00:00+01:00"),
      category: "credit",
      text: FLAT,
    },
    {
      source: "private_message",
      objectId: 10,
      at: at("2026-03-16T09:00:00+01:00"),
      text: "ignored: the inbox's own reading is used",
      sentiment: { sentiment: "negative", score: -0.8 },
    },
  ]);
  const filter = { from: day(2026, 3, 1), to: day(2026, 3, 31) };
  const weeks = await sentimentSeries(t.ctx, filter, "week");
  assert.deepEqual(
    weeks.map(({ period, positive, neutral, negative, total }) => ({
      period,
      positive,
      neutral,
      negative,
      total,
    })),
    [
      // Sunday 8 March belongs to the week of Monday 2 March.
      { period: "2026-03-02", positive: 0, neutral: 0, negative: 1, total: 1 },
      { period: "2026-03-09", positive: 1, neutral: 1, negative: 1, total: 3 },
      { period: "2026-03-16", positive: 0, neutral: 0, negative: 1, total: 1 },
    ],
  );
  assert.equal(weeks[1]!.negativeShare.n, 3);
  assert.ok(Math.abs(weeks[1]!.negativeShare.estimate - 1 / 3) < 1e-9);
  const months = await sentimentSeries(t.ctx, { ...filter, sources: ["community"] }, "month");
  assert.deepEqual(
    months.map((m) => [m.period, m.total]),
    [["2026-03-01", 3]],
  );
  const days = await sentimentSeries(t.ctx, { ...filter, categories: ["cartes"] }, "day");
  assert.deepEqual(
    days.map((d) => [d.period, d.negative, d.positive]),
    [["2026-03-09", 1, 1]],
  );
  const bySource = await sentimentBreakdown(t.ctx, filter, "source");
  assert.deepEqual(
    bySource.map((s) => [s.key, s.total, s.negative]),
    [
      ["community", 3, 1],
      ["private_message", 1, 1],
      ["review", 1, 1],
    ],
  );
  const byProduct = await sentimentBreakdown(t.ctx, { ...filter, products: ["carte"] }, "product");
  assert.deepEqual(
    byProduct.map((s) => [s.key, s.total]),
    [["carte", 1]],
  );
});

test("drivers: the words over-represented in this period's negative messages, linked to them", async () => {
  const negative = { sentiment: "negative" as const, score: -0.7 };
  let id = 100;
  const said = (iso: string, text: string) => ({
    source: "email" as const,
    objectId: ++id,
    at: new Date(iso),
    text,
    link: `/admin/messages/${id}`,
    sentiment: negative,
  });
  // Week of 6 April: fees. Week of 13 April: the app down, fees still there.
  await recordSentiments(t.ctx.db, [
    ...[1, 2, 3, 4, 5, 6].map((d) => said(`2026-04-0${d}T10:00:00+02:00`, "encore des frais injustifiés")),
    said("2026-04-07T11:00:00+02:00", "application lente"),
    ...[13, 14, 15, 16, 17].map((d) =>
      said(`2026-04-${d}T10:00:00+02:00`, "application en panne, impossible"),
    ),
    said("2026-04-18T10:00:00+02:00", "toujours des frais injustifiés et application en panne"),
  ]);
  const drivers = await sentimentDrivers(t.ctx, {
    from: day(2026, 4, 13),
    to: day(2026, 4, 19),
    sources: ["email"],
  });
  assert.deepEqual(
    drivers.map((d) => [d.word, d.current, d.previous]),
    [
      // "application" was said once before: less new than "impossible", though said more now.
      ["panne", 6, 0],
      ["impossible", 5, 0],
      ["application", 6, 1],
    ],
  );
  // "frais" fell (6 → 1) and words under 3 messages are left out.
  assert.ok(drivers.every((d) => d.z > 0));
  assert.equal(drivers[0]!.messages.length, 5);
  assert.equal(drivers[0]!.messages[0]!.link, "/admin/messages/113");
  // Nothing said before: nothing to compare, no driver.
  assert.deepEqual(
    await sentimentDrivers(t.ctx, { from: day(2026, 4, 6), to: day(2026, 4, 12), sources: ["email"] }),
    [],
  );
});

test("the catch-up reads clients' posts and private messages once, never the bank's own words", async () => {
  const pool = t.ctx.database.pool;
  await someCategories(t.ctx);
  const member = await createPerson(t.ctx, "member");
  const advisor = await createPerson(t.ctx, "advisor");
  const old = new Date("2026-05-04T10:00:00+02:00");
  const { rows: topics } = await pool.query(
    `insert into community_topics (category_id, author_id, kind, title, slug, created_at, last_posted_at)
     select id, $1, 'question', 'Carte bloquée sans raison', 'carte-bloquee', $2, $2
     from community_categories where slug = 'comptes-et-cartes' returning id`,
    [member.id, old],
  );
  const post = (author: number, position: number, body: string) =>
    pool.query(
      `insert into community_posts (topic_id, author_id, position, body_markdown, body_html, created_at)
       values ($1, $2, $3, $4, $4, $5) returning id`,
      [topics[0].id, author, position, body, old],
    );
  const question = (await post(member.id, 1, ANGRY)).rows[0].id;
  await post(advisor.id, 2, "Nous sommes désolés, je regarde votre dossier tout de suite.");
  const { rows: correspondents } = await pool.query(
    "insert into inbox_correspondents (email, display_name) values ('lea@exemple.fr', 'Léa') returning id",
  );
  const { rows: conversations } = await pool.query(
    `insert into inbox_conversations (correspondent_id, source, thread_key, subject, created_at, updated_at,
       last_client_message_at, last_message_at) values ($1, 'private_message', 'pm-1', 'Virement', $2, $2, $2, $2)
     returning id`,
    [correspondents[0].id, old],
  );
  const message = (direction: string, body: string, sentiment: string | null) =>
    pool.query(
      `insert into inbox_messages (conversation_id, direction, body, sentiment, sentiment_score, delivery, created_at)
       values ($1, $2, $3, $4, $5, $6, $7) returning id`,
      [
        conversations[0].id,
        direction,
        body,
        sentiment,
        sentiment ? 0.6 : null,
        direction === "outgoing" ? "sent" : null,
        old,
      ],
    );
  const incoming = (await message("incoming", HAPPY, "positive")).rows[0].id;
  await message("outgoing", "Avec plaisir, bonne journée.", null);

  // A review reaches the inbox too, but records its own sentiment: the inbox's copy is not counted.
  const { rows: reviewed } = await pool.query(
    `insert into inbox_conversations (correspondent_id, source, thread_key, subject, created_at, updated_at,
       last_client_message_at, last_message_at) values ($1, 'review', 'review-1', 'Avis', $2, $2, $2, $2)
     returning id`,
    [correspondents[0].id, old],
  );
  await pool.query(
    `insert into inbox_messages (conversation_id, direction, body, sentiment, sentiment_score, created_at)
     values ($1, 'incoming', $2, 'negative', -0.9, $3)`,
    [reviewed[0].id, ANGRY, old],
  );

  assert.equal(await catchUpSentiment(t.ctx), 2);
  const { rows } = await pool.query(
    "select source, object_id::int as id, category, sentiment, link from sentiment_messages where day = '2026-05-04' order by source",
  );
  assert.deepEqual(rows, [
    {
      source: "community",
      id: Number(question),
      category: "comptes-et-cartes",
      sentiment: "negative",
      link: `/t/carte-bloquee/${topics[0].id}#message-1`,
    },
    {
      source: "private_message",
      id: Number(incoming),
      category: null,
      sentiment: "positive",
      link: `/admin/boite/${conversations[0].id}`,
    },
  ]);
  // Read again: nothing new, nothing counted twice.
  assert.equal(await catchUpSentiment(t.ctx), 0);
  const { rows: counts } = await pool.query(
    "select source, positive + neutral + negative as total from sentiment_daily where day = '2026-05-04' order by source",
  );
  assert.deepEqual(counts, [
    { source: "community", total: 1 },
    { source: "private_message", total: 1 },
  ]);
});

test("a post committed after a later one was read is recorded the next run; an id never committed is given up", async () => {
  const pool = t.ctx.database.pool;
  await someCategories(t.ctx);
  const member = await createPerson(t.ctx, "member");
  const { rows: topics } = await pool.query(
    `insert into community_topics (category_id, author_id, kind, title, slug)
     select id, $1, 'question', 'Frais de virement', 'frais-de-virement'
     from community_categories where slug = 'comptes-et-cartes' returning id`,
    [member.id],
  );
  const insertPost = (client: { query: typeof pool.query }, position: number, body: string) =>
    client.query(
      `insert into community_posts (topic_id, author_id, position, body_markdown, body_html)
       values ($1, $2, $3, $4, $4) returning id`,
      [topics[0].id, member.id, position, body],
    );
  const recordedIds = async () =>
    (
      await pool.query(
        "select object_id::int as id from sentiment_messages where source = 'community' and object_id between $1 and $2 order by 1",
        [first, first + 2],
      )
    ).rows.map((row) => row.id);
  // Read up to here first, so this test's rows are the only new ones.
  await catchUpSentiment(t.ctx);
  const slow = await pool.connect();
  const undone = await pool.connect();
  let first = 0;
  try {
    await slow.query("begin");
    first = Number((await insertPost(slow, 1, ANGRY)).rows[0].id);
    await undone.query("begin");
    const never = Number((await insertPost(undone, 2, FLAT)).rows[0].id);
    const later = Number((await insertPost(pool, 3, HAPPY)).rows[0].id);
    assert.deepEqual([never, later], [first + 1, first + 2]);

    // The later post is read; the two before it are not committed yet.
    assert.equal(await catchUpSentiment(t.ctx), 1);
    assert.deepEqual(await recordedIds(), [later]);
    await slow.query("commit");
    await undone.query("rollback");
    assert.equal(await catchUpSentiment(t.ctx), 1);
    assert.deepEqual(await recordedIds(), [first, later]);
    const gaps = async () =>
      (await pool.query("select gaps from sentiment_cursors where source = 'community_posts'")).rows[0].gaps;
    assert.deepEqual(
      (await gaps()).map(([id]: [number, number]) => id).filter((id: number) => id >= first),
      [never],
    );
    // Five minutes on, no transaction of ours can still hold it: it is not read again.
    const later5 = { ...t.ctx, clock: { now: () => new Date(t.ctx.clock.now().getTime() + 5 * 60_000) } };
    assert.equal(await catchUpSentiment(later5), 0);
    assert.deepEqual(await gaps(), []);
  } finally {
    slow.release();
    undone.release();
  }
});

test("a survey response's free-text answers are one message: by the submission's job, or the backfill", async () => {
  const pool = t.ctx.database.pool;
  const manager = await createPerson(t.ctx, "community_manager");
  const survey = await barometerSurvey(t.ctx, manager.id);
  const wave = await waveOf(t.ctx, survey, manager.id, {
    label: "Juin",
    opensOn: "2026-06-01",
    closesOn: "2026-06-30",
  });
  await submitted(t.ctx, wave, [
    {
      answers: { [survey.questions.nps]: 2, [survey.questions.comment]: ANGRY },
      submittedAt: "2026-06-10T00:00:00Z",
    },
    {
      answers: { [survey.questions.nps]: 10, [survey.questions.comment]: HAPPY },
      submittedAt: "2026-06-11T00:00:00Z",
    },
    { answers: { [survey.questions.nps]: 8 }, submittedAt: "2026-06-11T00:00:00Z" },
  ]);
  const { rows: responses } = await pool.query(
    "select id from survey_responses where wave_id = $1 order by id",
    [wave],
  );
  // The job of the first submission records it; run again, it records nothing more.
  assert.equal(await recordSurveyResponse(t.ctx, Number(responses[0].id)), 1);
  assert.equal(await recordSurveyResponse(t.ctx, Number(responses[0].id)), 0);
  // A response without free text is no message. The catch-up records the other one.
  assert.equal(await recordSurveyResponse(t.ctx, Number(responses[2].id)), 0);
  assert.equal(await catchUpSentiment(t.ctx), 1);
  const { rows } = await pool.query(
    "select object_id::int as id, sentiment from sentiment_messages where source = 'survey_answer' order by object_id",
  );
  assert.deepEqual(rows, [
    { id: Number(responses[0].id), sentiment: "negative" },
    { id: Number(responses[1].id), sentiment: "positive" },
  ]);
});
