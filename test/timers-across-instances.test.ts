import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { reviewProspects } from "../src/features/newsletter/retention.ts";
import { remindDueRequests } from "../src/features/privacy/requests/requests.ts";
import { startTestApp, type TestApp } from "./helpers/app.ts";
import { deliverMail } from "./helpers/mail.ts";

/**
 * Issue 11, M5: every instance runs the hourly clocks, so each piece of their work is claimed in
 * one statement before anything is sent. Two app instances on one database, running the same
 * work at the same moment, send each reminder and each re-permission e-mail once.
 */
let one: TestApp;
let two: TestApp;
before(async () => {
  one = await startTestApp();
  two = await startTestApp({ sameDatabaseAs: one });
});
after(async () => {
  await two.close();
  await one.close();
});

const DAY = 86_400_000;

async function count(sql: string): Promise<number> {
  return (await one.ctx.database.pool.query<{ n: number }>(sql)).rows[0]!.n;
}

test("two instances remind the DPO of each request due soon exactly once", async () => {
  const requests = 60;
  // Received 25 days ago: the due day is a few days away, inside the reminder's week.
  await one.ctx.database.pool.query(
    `insert into privacy_requests (kind, email, locale, status, received_at)
     select 'access', 'demandeur' || n || '@exemple.fr', 'fr', 'open', $1::timestamptz
       from generate_series(1, ${requests}) n`,
    [new Date(Date.now() - 25 * DAY)],
  );
  const [a, b] = await Promise.all([remindDueRequests(one.ctx), remindDueRequests(two.ctx)]);
  assert.equal(a + b, requests, "each request reminded by one instance only");
  await Promise.all([deliverMail(one.ctx), deliverMail(two.ctx)]);
  assert.equal(
    await count("select count(*)::int as n from audit_log where action = 'privacy.request_reminder_sent'"),
    requests,
  );
  assert.equal(
    await count(
      "select count(*)::int as n from mailbox_messages where recipients like '%dpo@%' and subject like '%due le%'",
    ),
    requests,
    "one e-mail per request",
  );
  assert.equal((await remindDueRequests(one.ctx)) + (await remindDueRequests(two.ctx)), 0, "and never again");
});

test("two instances send each prospect's re-permission e-mail once", async () => {
  const prospects = 40;
  // Collected 35 months and a half ago: within the last month of the register's 3 years.
  await one.ctx.database.pool.query(
    `insert into newsletter_subscribers (email, locale, status, created_at, last_action_at)
     select 'prospect' || n || '@exemple.fr', 'fr', 'active', now() - interval '35 months 15 days',
            now() - interval '35 months 15 days'
       from generate_series(1, ${prospects}) n`,
  );
  const [a, b] = await Promise.all([reviewProspects(one.ctx), reviewProspects(two.ctx)]);
  assert.equal(a.asked + b.asked, prospects);
  await Promise.all([deliverMail(one.ctx), deliverMail(two.ctx)]);
  assert.equal(
    await count(
      "select count(*)::int as n from mailbox_messages where recipients like '%prospect%@exemple.fr%'",
    ),
    prospects,
    "one e-mail per prospect",
  );
});
