import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import type pg from "pg";
import { type Database, databaseFromUrl } from "../src/db/connect.ts";
import { Jobs } from "../src/platform/jobs/jobs.ts";
import { freshDatabaseUrl } from "./helpers/app.ts";

/**
 * The database goes away while a job runs (the embedded PostgreSQL killed and restarted, a
 * failover): pg-boss's own worker then cannot record the job's outcome, and the process keeps
 * running (see src/platform/jobs/job-outcome.ts). The job stays active, for its next try.
 */
let database: Database;
let away = false;
const reported: unknown[] = [];
const unhandled: unknown[] = [];
const noteUnhandled = (reason: unknown) => unhandled.push(reason);
let jobs: Jobs;

before(async () => {
  database = databaseFromUrl(await freshDatabaseUrl());
  process.on("unhandledRejection", noteUnhandled);
  // The pool as pg-boss sees it: while `away`, every statement fails as on a server that is down.
  const pool = {
    query: (statement: pg.QueryConfig) =>
      away
        ? Promise.reject(Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" }))
        : database.pool.query(statement),
  } as unknown as pg.Pool;
  jobs = new Jobs(pool, (error) => reported.push(error));
});
after(async () => {
  away = false;
  await jobs.stop();
  await database.close();
  process.off("unhandledRejection", noteUnhandled);
});

async function until(what: string, check: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !check(); i++) await sleep(100);
  assert.ok(check(), `timed out waiting until ${what}`);
}

const notRecorded = (error: unknown) =>
  /outcome of a job of the queue database-away-\w+ was not recorded/.test(String(error));

async function stateOf(queue: string): Promise<string[]> {
  const found = await database.pool.query<{ state: string }>("select state from pgboss.job where name = $1", [
    queue,
  ]);
  return found.rows.map((row) => row.state);
}

for (const [outcome, handler] of [
  ["done", async () => {}],
  [
    "failed",
    async () => {
      throw new Error("the relay did not answer");
    },
  ],
] as const) {
  test(`a job ${outcome} while the database is away: reported, the job stays active, the process lives on`, async () => {
    const queue = `database-away-${outcome}`;
    await jobs.queue(queue, { retryLimit: 2, retryDelay: 1, retryBackoff: false });
    await jobs.send(queue, {});
    let ran = 0;
    const before = reported.filter(notRecorded).length;
    await jobs.work(queue, async () => {
      ran++;
      away = true;
      await handler();
    });
    await until("the outcome is reported", () => reported.filter(notRecorded).length > before);
    // Another turn of the event loop, for a rejection nobody handles to show.
    await sleep(50);
    away = false;
    assert.deepEqual(unhandled, []);
    assert.equal(ran, 1);
    assert.deepEqual(await stateOf(queue), ["active"]);
  });
}
