import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { Agent } from "./helpers/agent.ts";
import { startTestApp, type TestApp } from "./helpers/app.ts";
import { createPerson, PASSWORD } from "./helpers/people.ts";

let t: TestApp;
before(async () => {
  t = await startTestApp();
});
after(() => t.close());

describe("HTTP platform", () => {
  test("a strict Content-Security-Policy: scripts and styles from the site only, no inline", async () => {
    const response = await t.app.inject({ method: "GET", url: "/" });
    const csp = response.headers["content-security-policy"] as string;
    assert.match(csp, /script-src 'self'(;|$)/);
    assert.match(csp, /style-src 'self'(;|$)/);
    assert.match(csp, /frame-ancestors 'none'/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
    assert.doesNotMatch(
      response.body,
      /<script(?![^>]*\bsrc=)[^>]*>|\sstyle="/,
      "no inline script or style in the page",
    );
    assert.equal(response.headers["x-content-type-options"], "nosniff");
  });

  test("assets carry a content hash and a one-year immutable cache; pages are compressed", async () => {
    const compressed = await t.app.inject({
      method: "GET",
      url: "/",
      headers: { "accept-encoding": "gzip" },
    });
    assert.equal(compressed.headers["content-encoding"], "gzip");
    const page = await t.app.inject({ method: "GET", url: "/" });
    const css = /href="(\/assets\/app\.[0-9a-f]{10}\.css)"/.exec(page.body)?.[1];
    assert.ok(css, "the stylesheet URL has a content hash");
    const asset = await t.app.inject({ method: "GET", url: css });
    assert.equal(asset.statusCode, 200);
    assert.equal(asset.headers["cache-control"], "public, max-age=31536000, immutable");
    assert.match(asset.headers["content-type"] as string, /text\/css/);
    assert.equal((await t.app.inject({ method: "GET", url: "/assets/app.0000000000.css" })).statusCode, 404);
  });

  test("the OpenAPI document describes the JSON API only", async () => {
    const doc = (await t.app.inject({ method: "GET", url: "/api/docs/json" })).json();
    const paths = Object.keys(doc.paths);
    assert.ok(paths.includes("/api/v1/me"));
    assert.deepEqual(
      paths.filter((p) => !p.startsWith("/api/v1/")),
      [],
    );
  });

  test("the session cookie is HttpOnly and SameSite=Lax, and the database keeps only its hash", async () => {
    const person = await createPerson(t.ctx, "member");
    const agent = new Agent(t.app);
    await agent.get("/connexion");
    const response = await agent.post("/connexion", { email: person.email, password: PASSWORD });
    const cookie = response.cookies.find((c) => c.name === "confiance_session");
    assert.ok(cookie);
    assert.equal(cookie.httpOnly, true);
    assert.equal(cookie.sameSite, "Lax");
    const { rows } = await t.ctx.database.pool.query("select token_hash from account_sessions");
    assert.ok(
      rows.every(
        (r: { token_hash: string }) => r.token_hash !== cookie.value && /^[0-9a-f]{64}$/.test(r.token_hash),
      ),
    );
  });
});

describe("over HTTPS", () => {
  test("cookies are Secure with the __Host- prefix, and HSTS is sent", async () => {
    const secure = await startTestApp({ env: { BASE_URL: "https://communaute.banque.example" } });
    try {
      const person = await createPerson(secure.ctx, "member");
      const agent = new Agent(secure.app);
      const page = await agent.get("/connexion");
      assert.match(page.headers["strict-transport-security"] as string, /max-age=31536000/);
      const response = await agent.post("/connexion", { email: person.email, password: PASSWORD });
      const cookie = response.cookies.find((c) => c.name === "__Host-confiance_session");
      assert.ok(cookie, "session cookie named __Host-…");
      assert.equal(cookie.secure, true);
      assert.equal(cookie.path, "/");
    } finally {
      await secure.close();
    }
  });
});
