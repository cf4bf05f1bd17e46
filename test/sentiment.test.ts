import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import {
  recordSentiment,
  recordSentiments,
  sentimentBreakdown,
  sentimentSeries,
} from "../src/features/sentiment/index.ts";
import { runCommand } from "../src/platform/commands.ts";
import { startTestApp, type TestApp } from "./helpers/app.ts";

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
  const again = await recordSentiment(t.ctx.db, { source: "review", objectId: 1, at, text: HAPPY });
  assert.deepEqual(again, { sentiment: "positive", recorded: false });
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
