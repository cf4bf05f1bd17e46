import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import { type Database, databaseFromUrl } from "../src/db/connect.ts";
import { Jobs } from "../src/platform/jobs/jobs.ts";
import { freshDatabaseUrl } from "./helpers/app.ts";

/**
 * A worker asks an idle queue for jobs every so often, but takes waiting jobs one after another:
 * a queue that held one job a polling interval fell behind any steady stream (a reply a second
 * and its followers' e-mails) and never caught up.
 */
let database: Database;
let jobs: Jobs;

before(async () => {
  database = databaseFromUrl(await freshDatabaseUrl());
  jobs = new Jobs(database.pool, (error) => assert.fail(String(error)));
});
after(async () => {
  await jobs.stop();
  await database.close();
});

test("jobs waiting in a queue run one after another, not one per polling interval", async () => {
  const queue = "drained-while-waiting";
  await jobs.queue(queue, { retryLimit: 0, retryDelay: 1, retryBackoff: false });
  for (let n = 1; n <= 12; n++) await jobs.send(queue, { n });
  const ran: number[] = [];
  // Asked every minute when idle: the first job is fetched at once, the others only if the
  // worker asks again as soon as it is done.
  await jobs.work<{ n: number }>(queue, async ({ n }) => void ran.push(n), 60);
  for (let i = 0; i < 100 && ran.length < 12; i++) await sleep(100);
  assert.deepEqual(
    [...ran].sort((a, b) => a - b),
    [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
  );
});
