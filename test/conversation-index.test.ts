import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import {
  conversationIndexWeeks,
  latestConversationIndexWeek,
} from "../src/features/barometer/conversation-index-query.ts";
import { startTestApp, type TestApp } from "./helpers/app.ts";
import { someCategories } from "./helpers/community.ts";
import { createPerson } from "./helpers/people.ts";
import { barometerSurvey, submitted, waveOf } from "./helpers/surveys.ts";

/**
 * The Conversation Index read from the database on a small hand-built week (Monday 9 March
 * 2026, Paris, UTC+1), each figure computed by hand in the comments.
 */
let t: TestApp;
const at = (local: string) => new Date(`2026-03-${local}+01:00`);

before(async () => {
  t = await startTestApp();
  const pool = t.ctx.database.pool;
  await someCategories(t.ctx);
  const member = (await createPerson(t.ctx, "member")).id;
  const advisor = (await createPerson(t.ctx, "advisor")).id;
  let n = 0;
  const topic = async (author: number, kind: string, created: Date) =>
    (
      await pool.query(
        `insert into community_topics (category_id, author_id, kind, title, slug, created_at, last_posted_at)
         select id, $1, $2, 'Une question assez longue', $3, $4, $4 from community_categories
         where slug = 'comptes-et-cartes' returning id`,
        [author, kind, `sujet-${++n}`, created],
      )
    ).rows[0].id;
  const post = async (topicId: number, author: number, position: number, created: Date) =>
    (
      await pool.query(
        `insert into community_posts (topic_id, author_id, position, body_markdown, body_html, created_at)
         values ($1, $2, $3, 'texte', 'texte', $4) returning id`,
        [topicId, author, position, created],
      )
    ).rows[0].id;
  // Q1: asked Monday 9:00, the advisor answers at 11:00 (2 h) and the answer is accepted: solved.
  const q1 = await topic(member, "question", at("09T09:00:00"));
  await post(q1, member, 1, at("09T09:00:00"));
  const answer = await post(q1, advisor, 2, at("09T11:00:00"));
  await pool.query("update community_topics set accepted_post_id = $1 where id = $2", [answer, q1]);
  // Q2: asked Tuesday 9:00, answered 15:00 (6 h), not solved.
  const q2 = await topic(member, "question", at("10T09:00:00"));
  await post(q2, member, 1, at("10T09:00:00"));
  await post(q2, advisor, 2, at("10T15:00:00"));
  // Q3: asked Wednesday, only another member replies: not answered by the bank.
  const q3 = await topic(member, "question", at("11T09:00:00"));
  await post(q3, member, 1, at("11T09:00:00"));
  await post(q3, member, 2, at("11T10:00:00"));
  // A discussion is not a question; the advisor's announcement is a staff post that is no reply.
  const chat = await topic(member, "discussion", at("11T12:00:00"));
  await post(chat, member, 1, at("11T12:00:00"));
  const news = await topic(advisor, "discussion", at("12T09:00:00"));
  await post(news, advisor, 1, at("12T09:00:00"));

  const { rows } = await pool.query(
    "insert into inbox_correspondents (email, display_name) values ('paul@exemple.fr', 'Paul') returning id",
  );
  const conversation = async (source: string, created: Date, firstResponse: Date | null) =>
    (
      await pool.query(
        `insert into inbox_conversations (correspondent_id, source, thread_key, subject, created_at, updated_at,
           last_client_message_at, last_message_at, first_response_at)
         values ($1, $2, $3, 'Sujet', $4, $4, $4, $4, $5) returning id`,
        [rows[0].id, source, `thread-${++n}`, created, firstResponse],
      )
    ).rows[0].id;
  // Private: answered after 1 h and 3 h, one not answered; the community's conversation is not private.
  const c1 = await conversation("private_message", at("09T10:00:00"), at("09T11:00:00"));
  const c2 = await conversation("email", at("10T10:00:00"), at("10T13:00:00"));
  const c3 = await conversation("contact_form", at("11T10:00:00"), null);
  await conversation("community", at("11T10:00:00"), at("11T10:30:00"));
  const complaint = (conversationId: number, answerBy: string, answeredAt: Date | null) =>
    pool.query(
      `insert into inbox_complaints (conversation_id, received_at, received_on, channel, payment_service,
         acknowledge_by, answer_by, answered_at, created_at)
       values ($1, '2026-01-05T10:00:00Z', '2026-01-05', 'email', false, '2026-01-15', $2, $3, '2026-01-05T10:00:00Z')`,
      [conversationId, answerBy, answeredAt],
    );
  // Due Tuesday, answered that day at 17:00: in time. Due Thursday, answered Friday: late.
  // Due Friday, never answered (the day has passed): late.
  await complaint(c1, "2026-03-10", at("10T17:00:00"));
  await complaint(c2, "2026-03-12", at("13T09:00:00"));
  await complaint(c3, "2026-03-13", null);
  // The barometer's wave runs from 9 to 22 March: NPS answers 9, 10, 10 (promoters), 8 (passive),
  // 3 (detractor) → 60 % − 20 % = 40 points.
  const survey = await barometerSurvey(t.ctx, advisor);
  const wave = await waveOf(t.ctx, survey, advisor, {
    label: "Mars",
    opensOn: "2026-03-09",
    closesOn: "2026-03-22",
  });
  await submitted(
    t.ctx,
    wave,
    [9, 10, 10, 8, 3].map((score) => ({ answers: { [survey.questions.nps]: score } })),
  );
});
after(() => t.close());

test("the week's components and index, as computed by hand", async () => {
  const weeks = await conversationIndexWeeks(t.ctx, {
    from: { year: 2026, month: 3, day: 11 },
    to: { year: 2026, month: 3, day: 15 },
  });
  assert.deepEqual(
    weeks.map((w) => w.week),
    ["2026-03-09"],
  );
  const week = weeks[0]!;
  const c = week.components;
  const value = (name: keyof typeof c) => c[name]?.value;
  // Questions: 3 public (Q1, Q2, Q3) + 3 private; answered 2 + 2 → 4/6.
  assert.equal(c.answered!.n, 6);
  assert.ok(Math.abs(value("answered")! - 4 / 6) < 1e-9);
  // Medians: public (2 h, 6 h) → 4 h; private (1 h, 3 h) → 2 h.
  assert.equal(value("publicResponseTime"), 4);
  assert.equal(value("privateResponseTime"), 2);
  // Staff posts: two answers and one announcement → 2/3 conversation.
  assert.equal(c.conversation!.n, 3);
  assert.ok(Math.abs(value("conversation")! - 2 / 3) < 1e-9);
  // Solved in public: Q1 of 3. Complaints due that week: 3, one in time.
  assert.ok(Math.abs(value("solvedInPublic")! - 1 / 3) < 1e-9);
  assert.equal(c.complaintsInTime!.n, 3);
  assert.ok(Math.abs(value("complaintsInTime")! - 1 / 3) < 1e-9);
  // The wave running that week: NPS 40 on 5 answers.
  assert.equal(c.netPromoters!.n, 5);
  assert.ok(Math.abs(value("netPromoters")! - 40) < 1e-9);
  // Scores: 66.667, 100 × (1 − 4/48) = 91.667, 100 × (1 − 2/48) = 95.833, 66.667, 33.333, 33.333,
  // (40 + 100) / 2 = 70; index (387.5 + 70) / 7 = 65.357. The week before had nothing: no trend.
  assert.ok(Math.abs(week.index! - 457.5 / 7) < 1e-9);
  assert.equal(week.indexTrend, null);
});

test("the latest whole week, as the public report quotes it; none when nothing was measured", async () => {
  // The test's clock is today's: the week of 9 March 2026 is long past, the last week is empty.
  assert.equal(await latestConversationIndexWeek(t.ctx), null);
  const later = { ...t.ctx, clock: { now: () => new Date("2026-03-18T12:00:00+01:00") } };
  const latest = await latestConversationIndexWeek(later);
  assert.equal(latest?.week, "2026-03-09");
  assert.ok(Math.abs(latest!.index! - 457.5 / 7) < 1e-9);
});
