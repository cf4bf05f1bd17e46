import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { databaseFromUrl } from "../src/db/connect.ts";
import { audienceFigures, lastParisDays } from "../src/features/audience/figures.ts";
import { audienceHits } from "../src/features/audience/schema.ts";
import { firstMonthShown, transparencyFigures } from "../src/features/moderation/transparency.ts";
import { startTestApp, type TestApp } from "./helpers/app.ts";
import { someCategories } from "./helpers/community.ts";
import { createPerson, signedIn } from "./helpers/people.ts";

/**
 * One clock, one calendar: features take "now" from ctx.clock, the database sessions run in UTC,
 * and monthly and daily figures are cut on Paris days. 23:30 UTC on 31 January is 00:30 on
 * 1 February in Paris (UTC+1 in winter): it counts in February.
 */
let t: TestApp;
const LAST_EVENING_OF_JANUARY = new Date("2026-01-31T23:30:00.000Z");

before(async () => {
  t = await startTestApp({ env: { HELD_FIRST_POSTS: "1" } });
  await someCategories(t.ctx);
});
after(() => t.close());

test("a held post and its decision carry the time of ctx.clock, and count in the Paris month", async () => {
  // Signed in at the real time: a session cookie dated in the past would be dropped by the agent.
  const member = await signedIn(t.app, await createPerson(t.ctx, "member"));
  await member.get("/nouveau-sujet");
  const realNow = t.ctx.clock.now;
  t.ctx.clock.now = () => LAST_EVENING_OF_JANUARY;
  try {
    const held = await member.post("/nouveau-sujet", {
      category: "comptes-et-cartes",
      kind: "question",
      title: "Un virement parti le dernier soir du mois",
      body: "Mon virement de fin de mois est-il parti à temps ?",
    });
    assert.equal(held.headers.location, "/compte/moderation", "a new member's first post is held");
  } finally {
    t.ctx.clock.now = realNow;
  }
  const { rows } = await t.ctx.database.pool.query<{ held: Date; decided: Date }>(
    `select h.created_at as held, d.created_at as decided
       from moderation_held_posts h join moderation_decisions d on d.held_post_id = h.id`,
  );
  assert.deepEqual(rows, [{ held: LAST_EVENING_OF_JANUARY, decided: LAST_EVENING_OF_JANUARY }]);

  t.ctx.clock.now = () => new Date("2026-02-10T12:00:00.000Z");
  try {
    const months = await transparencyFigures(t.ctx);
    assert.deepEqual(
      months.map((m) => [m.month, m.automated]),
      [["2026-02", 1]],
      "the automatic hold counts in February, Paris time",
    );
    // A year later the window (the 12 Paris months up to the current one) has moved past it.
    t.ctx.clock.now = () => new Date("2027-02-10T12:00:00.000Z");
    assert.deepEqual(await transparencyFigures(t.ctx), []);
  } finally {
    t.ctx.clock.now = realNow;
  }
});

test("the transparency window starts at midnight in Paris on the first of its first month", () => {
  assert.equal(firstMonthShown(LAST_EVENING_OF_JANUARY).toISOString(), "2025-02-28T23:00:00.000Z");
  // In summer Paris is UTC+2: 1 September 2026 begins at 22:00 UTC on 31 August.
  assert.equal(
    firstMonthShown(new Date("2027-08-15T10:00:00.000Z")).toISOString(),
    "2026-08-31T22:00:00.000Z",
  );
});

test("audience days are Paris days: the last week starts at midnight in Paris, and a late hit counts on the next day", async () => {
  const lateOn31st = new Date("2026-01-31T22:30:00.000Z"); // 23:30 on 31 January in Paris
  await t.ctx.db.insert(audienceHits).values([
    { at: lateOn31st, visitor: "v1", path: "/" },
    { at: LAST_EVENING_OF_JANUARY, visitor: "v2", path: "/" },
  ]);
  const week = lastParisDays(new Date("2026-02-07T10:00:00.000Z"), 7);
  assert.equal(week.from.toISOString(), "2026-01-31T23:00:00.000Z", "1 February, 00:00 in Paris");
  const figures = await audienceFigures(t.ctx.db, week.from, week.to);
  assert.equal(figures.pageViews, 1);
  assert.deepEqual(figures.days, [{ day: "2026-02-01", views: 1, visitors: 1 }]);
  const both = await audienceFigures(t.ctx.db, lateOn31st, week.to);
  assert.deepEqual(
    both.days.map((d) => d.day),
    ["2026-01-31", "2026-02-01"],
  );
});

test("every database session runs in UTC, whatever the database's own default", async () => {
  const name = new URL(t.databaseUrl).pathname.slice(1);
  await t.ctx.database.pool.query(`alter database "${name}" set timezone to 'America/New_York'`);
  const other = databaseFromUrl(t.databaseUrl);
  try {
    const { rows } = await other.pool.query<{ TimeZone: string }>("show timezone");
    assert.equal(rows[0]!.TimeZone, "UTC");
  } finally {
    await other.close();
    await t.ctx.database.pool.query(`alter database "${name}" reset timezone`);
  }
});
