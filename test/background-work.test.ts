import assert from "node:assert/strict";
import type { AddressInfo } from "node:net";
import { after, before, test } from "node:test";
import cronParser from "cron-parser";
import { SMTPServer } from "smtp-server";
import { schedules, startBackgroundWork } from "../src/background.ts";
import { SCHEDULE_TIME_ZONE } from "../src/platform/jobs/jobs.ts";
import { uniqueKey } from "../src/platform/mail/outbox.ts";
import { Agent, lastMailTo } from "./helpers/agent.ts";
import { startTestApp, type TestApp } from "./helpers/app.ts";
import { someCategories } from "./helpers/community.ts";
import { deliverMail } from "./helpers/mail.ts";
import { administrator, createPerson, signedIn } from "./helpers/people.ts";

/**
 * Issue 13 §3: background work runs on pg-boss, once per cluster. Two app instances share one
 * database, both run the workers and the schedules, and a day of schedules is played hour by
 * hour with both instances running every job that falls due (the worst case: pg-boss gives
 * each run to one of them). Every reminder, digest and e-mail still leaves once.
 */
let one: TestApp;
let two: TestApp;
before(async () => {
  one = await startTestApp();
  two = await startTestApp({ sameDatabaseAs: one });
  await someCategories(one.ctx);
});
after(async () => {
  await two.close();
  await one.close();
});

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

async function count(sql: string, values: unknown[] = []): Promise<number> {
  return (await one.ctx.database.pool.query<{ n: number }>(sql, values)).rows[0]!.n;
}

/** Whether a schedule's cron (read in Paris time) falls due during the hour starting at `at`. */
function dueWithin(cron: string, at: Date): boolean {
  const next = cronParser
    .parseExpression(cron, { tz: SCHEDULE_TIME_ZONE, currentDate: new Date(at.getTime() - 1) })
    .next()
    .toDate();
  return next.getTime() < at.getTime() + HOUR;
}

test("a day of schedules on two instances: each DPO reminder, re-permission and digest is sent once", async () => {
  // Work for the day: DPO reminders due, prospects to ask again, a member's daily digest.
  const requests = 12;
  await one.ctx.database.pool.query(
    `insert into privacy_requests (kind, email, locale, status, received_at)
     select 'access', 'journee' || n || '@exemple.fr', 'fr', 'open', $1::timestamptz
       from generate_series(1, ${requests}) n`,
    [new Date(Date.now() - 25 * DAY)],
  );
  const prospects = 8;
  await one.ctx.database.pool.query(
    `insert into newsletter_subscribers (email, locale, status, created_at, last_action_at)
     select 'journee.prospect' || n || '@exemple.fr', 'fr', 'active', now() - interval '35 months 15 days',
            now() - interval '35 months 15 days'
       from generate_series(1, ${prospects}) n`,
  );
  const asker = await createPerson(one.ctx, "member", "journee.digest@exemple.fr", "Inès Digest");
  const askerAgent = await signedIn(one.app, asker);
  await askerAgent.get("/compte/notifications");
  await askerAgent.post("/compte/notifications", {
    reply: "daily",
    mention: "off",
    quote: "off",
    accepted: "immediate",
  });
  await askerAgent.get("/nouveau-sujet");
  const topic = await askerAgent.post("/nouveau-sujet", {
    category: "comptes-et-cartes",
    kind: "question",
    title: "Virement instantané refusé, pourquoi ?",
    body: "Mon virement instantané a été refusé ce matin.",
  });
  const topicPath = topic.headers.location as string;
  const helper = await signedIn(two.app, await createPerson(two.ctx, "member"));
  await helper.get(topicPath);
  await helper.post(`/t/${topicPath.split("/").at(-1)}/repondre`, {
    body: "Le plafond était peut-être atteint.",
  });

  // Midnight in Paris, then each hour of the day, on both instances at once.
  const midnight = new Date(
    cronParser.parseExpression("0 0 * * *", { tz: SCHEDULE_TIME_ZONE }).prev().toDate().getTime(),
  );
  const clocks = [one.ctx.clock.now, two.ctx.clock.now];
  const ran = new Map<string, number>();
  try {
    for (let hour = 0; hour < 24; hour++) {
      const at = new Date(midnight.getTime() + hour * HOUR);
      one.ctx.clock.now = () => at;
      two.ctx.clock.now = () => at;
      const due = (t: TestApp) => schedules(t.ctx).filter((job) => dueWithin(job.cron, at));
      await Promise.all([...due(one), ...due(two)].map((job) => job.run()));
      for (const job of due(one)) ran.set(job.name, (ran.get(job.name) ?? 0) + 1);
      await Promise.all([deliverMail(one.ctx), deliverMail(two.ctx)]);
    }
  } finally {
    one.ctx.clock.now = clocks[0]!;
    two.ctx.clock.now = clocks[1]!;
  }
  assert.equal(ran.get("privacy-housekeeping"), 24, "hourly");
  assert.equal(ran.get("community-digests"), 1, "once a day, at 7 in Paris");

  assert.equal(
    await count(
      "select count(*)::int as n from mailbox_messages where recipients like '%dpo@%' and subject like '%due le%'",
    ),
    requests,
    "one reminder per request",
  );
  assert.equal(
    await count("select count(*)::int as n from audit_log where action = 'privacy.request_reminder_sent'"),
    requests,
  );
  assert.equal(
    await count(
      "select count(*)::int as n from mailbox_messages where recipients like 'journee.prospect%@exemple.fr'",
    ),
    prospects,
    "one re-permission e-mail per prospect",
  );
  assert.equal(
    await count("select count(*)::int as n from mailbox_messages where recipients = $1", [asker.email]),
    1,
    "one digest",
  );
  assert.match((await lastMailTo(one.ctx.db, asker.email)).subject, /nouveauté/);
  assert.equal(
    await count("select count(*)::int as n from mail_outbox where status <> 'sent'"),
    0,
    "nothing left queued",
  );
});

test("an SMTP outage: the member's request succeeds, the mail stays queued with the relay's answer, and a later try sends it", async () => {
  // An instance whose relay refuses connections (nothing listens on port 9 of this machine).
  const down = await startTestApp({ sameDatabaseAs: one, env: { SMTP_URL: "smtp://127.0.0.1:9" } });
  try {
    const reporter = await signedIn(
      down.app,
      await createPerson(down.ctx, "member", "panne.smtp@exemple.fr"),
    );
    const { rows } = await down.ctx.database.pool.query("select id from community_posts order by id limit 1");
    await reporter.get(`/messages/${rows[0].id}/signaler`);
    const filed = await reporter.post(`/messages/${rows[0].id}/signaler`, {
      reason: "spam",
      explanation: "Ce message renvoie vers un site de placement douteux.",
    });
    assert.ok(filed.statusCode < 400, `the report is filed (${filed.statusCode})`);

    const tried = await down.ctx.outbox.drain();
    assert.equal(tried.retry, 1, "the relay failed: kept for another try");
    const queued = await down.ctx.outbox.latest({ status: "queued" });
    assert.equal(queued.length, 1);
    assert.equal(queued[0]!.recipient, "panne.smtp@exemple.fr");
    assert.equal(queued[0]!.attempts, 1);
    assert.match(
      queued[0]!.lastError ?? "",
      /ECONNREFUSED|ECONNECTION|connect/i,
      "the relay's answer is kept",
    );

    // The relay is back (another instance's transport): the same message leaves, once.
    const retried = await one.ctx.outbox.drain();
    assert.equal(retried.sent, 1);
    assert.match((await lastMailTo(one.ctx.db, "panne.smtp@exemple.fr")).subject, /signalement/i);
    const [sent] = await one.ctx.outbox.latest({ status: "sent", limit: 1 });
    assert.equal(sent?.attempts, 2);
    assert.equal((await one.ctx.outbox.drain()).sent, 0, "never sent twice");
  } finally {
    await down.close();
  }
});

test("a refusal (5xx) fails the message at once, with the relay's answer, for administrators to see", async () => {
  const visitor = new Agent(one.app);
  await visitor.get("/newsletter");
  const asked = await visitor.post(
    "/newsletter",
    { email: "personne@domaine.invalid", consent: "1" },
    { csrf: null },
  );
  assert.equal(asked.statusCode, 200, "the page answers as for anyone");
  const result = await one.ctx.outbox.drain();
  assert.equal(result.failed, 1);
  const [failed] = await one.ctx.outbox.latest({ status: "failed", limit: 1 });
  assert.equal(failed?.recipient, "personne@domaine.invalid");
  assert.match(failed?.lastError ?? "", /550|Domain does not exist/);
  const { rows } = await one.ctx.database.pool.query(
    "select text, html from mail_outbox where recipient = 'personne@domaine.invalid'",
  );
  assert.deepEqual(rows[0], { text: null, html: null }, "the body (and its link) is erased once given up");

  // Administrators read the outbox's state; a moderator may not.
  const admin = await signedIn(one.app, await administrator(one.ctx));
  const page = await admin.get("/admin/courriels?etat=failed");
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /personne@domaine\.invalid/);
  assert.match(page.body, /Domain does not exist/, "with the relay's answer");
  assert.match((await admin.get("/admin")).body, /href="\/admin\/courriels"/, "linked from the console");
  const moderator = await signedIn(one.app, await createPerson(one.ctx, "community_manager"));
  assert.equal((await moderator.get("/admin/courriels")).statusCode, 403);
});

test("messages delivered together: each has its own outcome, the sent ones recorded at once and their bodies erased", async () => {
  const mail = (to: string) => ({
    key: `test.together:${to}`,
    category: "test.together",
    to,
    subject: "Ensemble",
    text: "Bonjour.",
    html: "<p>Bonjour.</p>",
  });
  await one.ctx.db.transaction((tx) =>
    one.ctx.outbox.queueAll(tx, [
      mail("premier@exemple.fr"),
      mail("refuse@domaine.invalid"),
      mail("troisieme@exemple.fr"),
    ]),
  );
  const { rows: queued } = await one.ctx.database.pool.query<{ id: number; recipient: string }>(
    "select id::int, recipient from mail_outbox where category = 'test.together' order by id",
  );
  const asked = [...queued.map((row) => row.id), queued[0]!.id].map((id) => ({ id, lastAttempt: false }));
  // The first is asked twice: the second time it is no longer queued.
  assert.deepEqual(await one.ctx.outbox.deliverAll(asked), ["sent", "failed", "sent", "skipped"]);
  const { rows } = await one.ctx.database.pool.query(
    "select recipient, status, attempts, text, sent_at is not null as dated from mail_outbox where category = 'test.together' order by id",
  );
  assert.deepEqual(rows, [
    { recipient: "premier@exemple.fr", status: "sent", attempts: 1, text: null, dated: true },
    { recipient: "refuse@domaine.invalid", status: "failed", attempts: 1, text: null, dated: false },
    { recipient: "troisieme@exemple.fr", status: "sent", attempts: 1, text: null, dated: true },
  ]);
  assert.equal((await lastMailTo(one.ctx.db, "troisieme@exemple.fr")).subject, "Ensemble");
});

// Last: from here on both instances' workers poll the queues, as `serve` does.
test("both instances start the workers and register each schedule once, in Paris time", async () => {
  await Promise.all([startBackgroundWork(one.ctx), startBackgroundWork(two.ctx)]);
  const registered = await one.ctx.jobs.schedules();
  const expected = schedules(one.ctx).map((job) => job.name);
  assert.deepEqual(registered.map((s) => s.name).sort(), [...expected].sort(), "one row per schedule");
  for (const s of registered) assert.equal(s.timezone, "Europe/Paris", `${s.name} reads Paris time`);
  assert.equal(registered.find((s) => s.name === "community-digests")?.cron, "0 7 * * *");
});

test("a message tried again keeps its Message-ID, so a server that took the first try knows the second; another message has its own", async () => {
  // A relay that answers "try later" to the first message it is given, and keeps what it got.
  const received: string[] = [];
  let refusals = 0;
  const relay = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, _session, callback) {
      let raw = "";
      stream.on("data", (chunk: Buffer) => {
        raw += chunk.toString("latin1");
      });
      stream.on("end", () => {
        received.push(/^message-id:\s*(.+)$/im.exec(raw)?.[1]?.trim() ?? "");
        if (refusals++ === 0) {
          const later = new Error("4.3.0 Try again later") as Error & { responseCode: number };
          later.responseCode = 451;
          return callback(later);
        }
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => relay.listen(0, "127.0.0.1", resolve));
  const { port } = relay.server.address() as AddressInfo;
  const sender = await startTestApp({ sameDatabaseAs: one, env: { SMTP_URL: `smtp://127.0.0.1:${port}` } });
  try {
    for (const n of [1, 2])
      await sender.ctx.outbox.queue(sender.ctx.db, {
        key: uniqueKey("test.message-id"),
        category: "test",
        to: `identifiant.${n}@exemple.fr`,
        subject: `Message ${n}`,
        text: "Bonjour.",
        html: "<p>Bonjour.</p>",
      });
    assert.deepEqual(await sender.ctx.outbox.drain(), { sent: 1, retry: 1, failed: 0, skipped: 0 });
    assert.deepEqual(await sender.ctx.outbox.drain(), { sent: 1, retry: 0, failed: 0, skipped: 0 });
    assert.equal(received.length, 3);
    const [first, second, retried] = received;
    assert.match(first!, /^<[0-9a-f]{32}@[^>]+>$/, "a Message-ID of ours, telling nothing of the message");
    assert.equal(retried, first, "the retry carries the first try's Message-ID");
    assert.notEqual(second, first, "each message its own");
  } finally {
    await sender.close();
    await new Promise<void>((resolve) => relay.close(() => resolve()));
  }
});
