import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { drizzle } from "drizzle-orm/node-postgres";
import pg from "pg";
import { declareQueue, Jobs } from "../src/platform/jobs/jobs.ts";
import { freshDatabaseUrl } from "./helpers/app.ts";

/**
 * pg-boss's statements run prepared under names drawn from their text, on our pool and inside
 * our transactions, so PostgreSQL plans each once per connection (src/db/connect.ts asks for
 * generic plans; built again on each call, a generic plan of pg-boss's partitioned table cost
 * milliseconds). One connection here, so its prepared statements are the ones we can see.
 */
let pool: pg.Pool;
let jobs: Jobs;

before(async () => {
  pool = new pg.Pool({ connectionString: await freshDatabaseUrl(), max: 1 });
  jobs = new Jobs(pool, () => {});
});
after(async () => {
  await jobs.stop();
  await pool.end();
});

async function preparedStatements(): Promise<Map<string, string>> {
  const { rows } = await pool.query<{ name: string; statement: string }>(
    "select name, statement from pg_prepared_statements",
  );
  return new Map(rows.map((row) => [row.name, row.statement]));
}

test("sending a job, alone or in a transaction, runs pg-boss's insert prepared, once per connection", async () => {
  const queue = declareQueue("prepared-statements", { retryLimit: 0, retryDelay: 1, retryBackoff: false });
  await jobs.queue(queue, { retryLimit: 0, retryDelay: 1, retryBackoff: false });
  const db = drizzle(pool);
  await jobs.send(queue, { n: 1 });
  await db.transaction((tx) => jobs.sendWithin(tx, queue, { n: 2 }));
  const first = await preparedStatements();
  const inserts = [...first].filter(
    ([name, text]) => name.startsWith("pgboss_") && /INSERT INTO pgboss\.job/i.test(text),
  );
  assert.ok(inserts.length >= 1, `pg-boss's insert is prepared: ${[...first.keys()].join(", ")}`);

  for (let n = 3; n < 8; n++) {
    await jobs.send(queue, { n });
    await db.transaction((tx) => jobs.sendWithin(tx, queue, { n: n + 100 }));
  }
  const later = await preparedStatements();
  assert.deepEqual([...later.keys()].sort(), [...first.keys()].sort(), "no statement prepared twice");
  const { rows } = await pool.query<{ count: number }>(
    "select count(*)::int from pgboss.job where name = $1",
    [queue],
  );
  assert.equal(rows[0]!.count, 12);
});
