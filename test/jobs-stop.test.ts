import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import type pg from "pg";
import { type Database, databaseFromUrl } from "../src/db/connect.ts";
import { Jobs } from "../src/platform/jobs/jobs.ts";
import { freshDatabaseUrl } from "./helpers/app.ts";

/**
 * An orderly stop (SIGTERM, SIGINT) stops the jobs, then closes the pool: whatever the workers
 * were doing at that moment, nothing of theirs runs on the closed pool afterwards, which would end
 * the process (exit 1) instead of its orderly exit 0.
 */
let url: string;
let observer: Database;
const unhandled: unknown[] = [];
const noteUnhandled = (reason: unknown) => unhandled.push(reason);

before(async () => {
  url = await freshDatabaseUrl();
  observer = databaseFromUrl(url);
  process.on("unhandledRejection", noteUnhandled);
});
after(async () => {
  await observer.close();
  process.off("unhandledRejection", noteUnhandled);
});

async function stateOf(queue: string): Promise<string[]> {
  const found = await observer.pool.query<{ state: string }>("select state from pgboss.job where name = $1", [
    queue,
  ]);
  return found.rows.map((row) => row.state);
}

/** The app's pool as pg-boss sees it, where a worker's fetch of `queue` answers only when let go. */
function heldFetches(database: Database, queue: string) {
  let fetching = false;
  let letGo = () => {};
  const released = new Promise<void>((resolve) => (letGo = resolve));
  const pool = {
    query: async (statement: pg.QueryConfig) => {
      const result = await database.pool.query(statement);
      if (/FOR UPDATE SKIP LOCKED/.test(statement.text) && statement.values?.[0] === queue) {
        fetching = true;
        await released;
      }
      return result;
    },
  } as unknown as pg.Pool;
  return { pool, letGo, fetching: () => fetching };
}

async function until(what: string, check: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !check(); i++) await sleep(100);
  assert.ok(check(), `timed out waiting until ${what}`);
}

test("a job whose fetch was on its way when the stop began runs and is recorded before the pool closes", async () => {
  const queue = "stop-while-fetching";
  const database = databaseFromUrl(url);
  const held = heldFetches(database, queue);
  const jobs = new Jobs(held.pool, () => {});
  await jobs.queue(queue, { retryLimit: 2, retryDelay: 1, retryBackoff: false });
  await jobs.send(queue, {});
  let ran = 0;
  await jobs.work(queue, async () => {
    ran++;
    await observer.pool.query("select pg_sleep(0.2)");
  });
  await until("the worker's fetch is on its way", held.fetching);

  const stopping = jobs.stop();
  setTimeout(held.letGo, 700);
  await stopping;
  await database.close();
  await sleep(300);

  assert.deepEqual(unhandled, []);
  assert.equal(ran, 1);
  assert.deepEqual(await stateOf(queue), ["completed"]);
});

test("a job still running when the stop's wait runs out: its outcome, on the closed pool, is reported and the process lives on", async () => {
  const queue = "stop-outlasted";
  const database = databaseFromUrl(url);
  const reported: unknown[] = [];
  const jobs = new Jobs(database.pool, (error) => reported.push(error), 1_000);
  await jobs.queue(queue, { retryLimit: 2, retryDelay: 1, retryBackoff: false });
  await jobs.send(queue, {});
  let started = false;
  let finish = () => {};
  await jobs.work(queue, () => {
    started = true;
    return new Promise<void>((resolve) => (finish = resolve));
  });
  await until("the job runs", () => started);

  await jobs.stop();
  await database.close();
  finish();
  await sleep(300);

  assert.deepEqual(unhandled, []);
  assert.ok(
    reported.some((error) =>
      /outcome of a job of the queue stop-outlasted was not recorded, the process having stopped/.test(
        String(error),
      ),
    ),
    String(reported),
  );
  // pg-boss failed it when its wait ran out: it is tried again at the next start.
  assert.deepEqual(await stateOf(queue), ["retry"]);
});
