import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { drizzle } from "drizzle-orm/node-postgres";
import pg from "pg";
import { declareQueue, Jobs } from "../src/platform/jobs/jobs.ts";
import { freshDatabaseUrl } from "./helpers/app.ts";

/**
 * A job written in a transaction needs its queue before the transaction begins: pg-boss adds a
 * queue as a partition of its job table, and a transaction that already wrote a job does not see
 * a partition added since ("no partition of relation job found"). Declared queues are created as
 * pg-boss starts; a queue not declared is refused, whatever the transaction.
 */
let pool: pg.Pool;
let jobs: Jobs;
const RETRIES = { retryLimit: 0, retryDelay: 1, retryBackoff: false };
const first = declareQueue("declared-first", RETRIES);
const second = declareQueue("declared-second", RETRIES);

before(async () => {
  pool = new pg.Pool({ connectionString: await freshDatabaseUrl(), max: 3 });
  jobs = new Jobs(pool, () => {});
});
after(async () => {
  await jobs.stop();
  await pool.end();
});

test("one transaction writes jobs to two queues, the second never used before: both exist at commit", async () => {
  const db = drizzle(pool);
  await db.transaction(async (tx) => {
    await jobs.sendWithin(tx, first, { n: 1 });
    await jobs.sendWithin(tx, second, { n: 2 });
  });
  const { rows } = await pool.query(
    "select name, data from pgboss.job where name like 'declared-%' order by name",
  );
  assert.deepEqual(rows, [
    { name: first, data: { n: 1 } },
    { name: second, data: { n: 2 } },
  ]);
});

test("a queue not declared is refused in a transaction, and the transaction is undone", async () => {
  const db = drizzle(pool);
  await assert.rejects(
    db.transaction((tx) => jobs.sendWithin(tx, "never-declared", { n: 3 })),
    /never-declared is not declared/,
  );
  const { rows } = await pool.query(
    "select count(*)::int as n from pgboss.job where name = 'never-declared'",
  );
  assert.equal(rows[0].n, 0);
});
