import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { Agent } from "./helpers/agent.ts";
import { startTestApp, type TestApp } from "./helpers/app.ts";

/**
 * Issue 11, L3: the sign-in limit is counted in the database, so two instances behind a load
 * balancer allow the limit once between them, not once each.
 */
let one: TestApp;
let two: TestApp;
const LIMIT = 4;
before(async () => {
  one = await startTestApp({ limits: { sensitive: LIMIT } });
  two = await startTestApp({ limits: { sensitive: LIMIT }, sameDatabaseAs: one });
});
after(async () => {
  await two.close();
  await one.close();
});

test("two instances share one counter of sign-in attempts", async () => {
  const agents = [new Agent(one.app), new Agent(two.app)];
  const statuses: number[] = [];
  for (let attempt = 0; attempt < LIMIT + 2; attempt++) {
    // Alternately through each instance, as a load balancer would send them.
    const agent = agents[attempt % 2]!;
    const response = await agent.post("/connexion", { email: "cible@exemple.fr", password: "devine" });
    statuses.push(response.statusCode);
  }
  assert.deepEqual(statuses, [401, 401, 401, 401, 429, 429], "the limit holds across the instances");
});

test("the counters are unlogged: a hit's commit does not wait for the disk", async () => {
  const { rows } = await one.ctx.database.pool.query(
    "select relpersistence from pg_class where oid = 'rate_limit_counters'::regclass",
  );
  assert.equal(rows[0].relpersistence, "u");
});
