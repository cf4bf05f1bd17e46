import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { startTestApp, type TestApp } from "./helpers/app.ts";

/**
 * Behind a reverse proxy (TRUST_PROXY=true), a client must not choose its own address by
 * writing X-Forwarded-For: not to read /metrics as if it were the machine, not to escape the
 * sign-in rate limit by sending a new address with every guess.
 */
let t: TestApp;
before(async () => {
  t = await startTestApp({ env: { TRUST_PROXY: "true" }, limits: { sensitive: 3 } });
});
after(() => t.close());

const PROXY = "10.0.0.2";

test("/metrics answers a direct connection from the machine only, never a forwarded claim", async () => {
  const metrics = (remoteAddress: string, headers: Record<string, string> = {}) =>
    t.app.inject({ method: "GET", url: "/metrics", remoteAddress, headers });
  assert.equal((await metrics("127.0.0.1")).statusCode, 200);
  assert.equal((await metrics(PROXY, { "x-forwarded-for": "127.0.0.1" })).statusCode, 403);
  // A proxy on the same machine relays the world: what it relays is not "the machine".
  assert.equal((await metrics("127.0.0.1", { "x-forwarded-for": "203.0.113.9" })).statusCode, 403);
  assert.equal((await metrics("203.0.113.9")).statusCode, 403);
});

test("the sign-in limit counts the address the proxy saw, whatever the client wrote before it", async () => {
  const statuses: number[] = [];
  for (let guess = 0; guess < 5; guess++) {
    const response = await t.app.inject({
      method: "POST",
      url: "/connexion",
      remoteAddress: PROXY,
      // The client writes a new address each time; the proxy appends the real one.
      headers: { "x-forwarded-for": `198.51.100.${guess}, 192.0.2.44` },
      payload: { email: "personne@exemple.fr", password: "mauvais" },
    });
    statuses.push(response.statusCode);
  }
  assert.equal(statuses.at(-1), 429, `statuses: ${statuses.join(", ")}`);
});
