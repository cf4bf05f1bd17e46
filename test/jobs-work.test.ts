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
  await jobs.work<{ n: number }>(queue, async ({ n }) => void ran.push(n), { pollSeconds: 60 });
  for (let i = 0; i < 100 && ran.length < 12; i++) await sleep(100);
  assert.deepEqual(
    [...ran].sort((a, b) => a - b),
    [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
  );
});

async function statesOf(queue: string): Promise<Record<string, string>> {
  const { rows } = await database.pool.query<{ n: number; state: string }>(
    "select (data->>'n')::int as n, state from pgboss.job where name = $1 order by 1",
    [queue],
  );
  return Object.fromEntries(rows.map((row) => [row.n, row.state]));
}

test("in a batch, a job that fails is retried alone: the others are completed", async () => {
  const queue = "batch-one-fails";
  await jobs.queue(queue, { retryLimit: 1, retryDelay: 60, retryBackoff: false });
  for (let n = 1; n <= 5; n++) await jobs.send(queue, { n });
  const ran: number[] = [];
  await jobs.work<{ n: number }>(
    queue,
    async ({ n }) => {
      ran.push(n);
      if (n === 3) throw new Error("the relay refused it");
    },
    { batchSize: 5, pollSeconds: 60 },
  );
  const inHand = async () =>
    Object.values(await statesOf(queue)).some((state) => state === "created" || state === "active");
  for (let i = 0; i < 100 && (await inHand()); i++) await sleep(100);
  assert.deepEqual(await statesOf(queue), {
    1: "completed",
    2: "completed",
    3: "retry",
    4: "completed",
    5: "completed",
  });
  assert.deepEqual(
    [...ran].sort((a, b) => a - b),
    [1, 2, 3, 4, 5],
  );
});

test("jobs worked together come to their handler several at a time, each once", async () => {
  const queue = "worked-together";
  await jobs.queue(queue, { retryLimit: 0, retryDelay: 1, retryBackoff: false });
  for (let n = 1; n <= 7; n++) await jobs.send(queue, { n });
  const calls: number[][] = [];
  await jobs.workTogether<{ n: number }>(
    queue,
    async (items) => void calls.push(items.map((item) => item.data.n)),
    {
      batchSize: 4,
      pollSeconds: 60,
    },
  );
  for (let i = 0; i < 100 && calls.flat().length < 7; i++) await sleep(100);
  assert.deepEqual(
    calls.flat().sort((a, b) => a - b),
    [1, 2, 3, 4, 5, 6, 7],
  );
  assert.deepEqual(
    calls.map((items) => items.length),
    [4, 3],
  );
});

test("jobs worked together: those the handler says failed are retried alone, the others completed", async () => {
  const queue = "together-one-fails";
  await jobs.queue(queue, { retryLimit: 1, retryDelay: 60, retryBackoff: false });
  for (let n = 1; n <= 4; n++) await jobs.send(queue, { n });
  await jobs.workTogether<{ n: number }>(
    queue,
    async (items) => items.map(({ data }) => (data.n === 2 ? new Error("the relay failed") : undefined)),
    { batchSize: 4, pollSeconds: 60 },
  );
  const inHand = async () =>
    Object.values(await statesOf(queue)).some((state) => state === "created" || state === "active");
  for (let i = 0; i < 100 && (await inHand()); i++) await sleep(100);
  assert.deepEqual(await statesOf(queue), { 1: "completed", 2: "retry", 3: "completed", 4: "completed" });
});
