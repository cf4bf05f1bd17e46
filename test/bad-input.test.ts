import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { Agent } from "./helpers/agent.ts";
import { startTestApp, type TestApp } from "./helpers/app.ts";
import { administrator, createPerson, signedIn } from "./helpers/people.ts";

let t: TestApp;
before(async () => {
  t = await startTestApp();
});
after(() => t.close());

const noStackTrace = (body: string) => assert.doesNotMatch(body, /at .*\.(ts|js):\d+|node_modules/);

describe("bad input gets a clear 4xx, never a 500", () => {
  test("empty sign-up form: one message per field, in French", async () => {
    const agent = new Agent(t.app);
    await agent.get("/inscription");
    const response = await agent.post("/inscription", {});
    assert.equal(response.statusCode, 422);
    assert.match(response.body, /Indiquez votre adresse e-mail/);
    assert.match(response.body, /Indiquez le nom qui sera affiché/);
    assert.match(response.body, /au moins 8 caractères/);
  });

  test("too long values are refused with what to fix", async () => {
    const agent = new Agent(t.app);
    await agent.get("/inscription");
    const response = await agent.post("/inscription", {
      email: `${"a".repeat(260)}@exemple.fr`,
      displayName: "x".repeat(41),
      password: "p".repeat(300),
    });
    assert.equal(response.statusCode, 422);
    assert.match(response.body, /254 caractères/);
    assert.match(response.body, /40 caractères/);
    assert.match(response.body, /256 caractères/);
  });

  test("a display name imitating the bank is refused, whatever the spelling", async () => {
    const agent = new Agent(t.app);
    await agent.get("/inscription");
    for (const name of ["Conseiller Banque", "Serv1ce Client", "Banque Confiance"]) {
      const response = await agent.post("/inscription", {
        email: "faux@exemple.fr",
        displayName: name,
        password: "une phrase de passe solide",
      });
      assert.equal(response.statusCode, 422, name);
      assert.match(response.body, /parlez au nom de la banque/);
    }
  });

  test("a 64-character password with spaces and accents is accepted (no composition rules)", async () => {
    const agent = new Agent(t.app);
    await agent.get("/inscription");
    const response = await agent.post("/inscription", {
      email: "long@exemple.fr",
      displayName: "Phrase",
      password: `${"é".repeat(10)} une phrase de passe très longue mais sans chiffre ni majuscule`,
    });
    assert.equal(response.statusCode, 200);
  });

  test("a wrong or missing CSRF token is refused with a translated page", async () => {
    const agent = new Agent(t.app);
    await agent.get("/connexion");
    const wrong = await agent.post(
      "/connexion",
      { email: "a@exemple.fr", password: "x" },
      { csrf: "forged" },
    );
    assert.equal(wrong.statusCode, 403);
    assert.match(wrong.body, /Le formulaire a expiré/);
    const missing = await agent.post("/connexion", { email: "a@exemple.fr", password: "x" }, { csrf: null });
    assert.equal(missing.statusCode, 403);
    const api = await t.app.inject({ method: "POST", url: "/api/v1/me", payload: {} });
    assert.ok([403, 404].includes(api.statusCode));
  });

  test("a wrong content type is 415 with problem+json on the API and a page on HTML routes", async () => {
    const html = await t.app.inject({
      method: "POST",
      url: "/connexion",
      headers: { "content-type": "application/xml" },
      payload: "<a/>",
    });
    assert.equal(html.statusCode, 415);
    assert.match(html.body, /Format non accepté/);
    const json = await t.app.inject({
      method: "POST",
      url: "/api/v1/me",
      headers: { "content-type": "text/csv" },
      payload: "a,b",
    });
    assert.ok(json.statusCode >= 400 && json.statusCode < 500);
    noStackTrace(json.body);
  });

  test("malformed JSON is a 400 problem", async () => {
    const response = await t.app.inject({
      method: "POST",
      url: "/connexion",
      headers: { "content-type": "application/json" },
      payload: "{not json",
    });
    assert.equal(response.statusCode, 400);
    noStackTrace(response.body);
  });

  test("unknown and malformed ids are 404, not 500", async () => {
    const admin = await signedIn(t.app, await administrator(t.ctx));
    for (const id of ["999999", "abc", "-1", "1e9", "99999999999999999999"]) {
      const page = await admin.get(`/admin/boite-mail/${id}`);
      assert.equal(page.statusCode, 404, `mail ${id}`);
      const post = await admin.post(`/admin/comptes/${id}/role`, { role: "advisor" });
      assert.equal(post.statusCode, 404, `account ${id}`);
    }
  });

  test("unknown routes answer problem+json under /api and a page elsewhere", async () => {
    const api = await t.app.inject({ method: "GET", url: "/api/v1/rien" });
    assert.equal(api.statusCode, 404);
    assert.match(api.headers["content-type"] as string, /application\/problem\+json/);
    assert.equal(api.json().status, 404);
    const page = await t.app.inject({ method: "GET", url: "/rien", headers: { "accept-language": "en" } });
    assert.match(page.body, /Page not found/);
  });

  test("an open redirect through ?suite= is not possible", async () => {
    const member = await createPerson(t.ctx, "member");
    const agent = new Agent(t.app);
    await agent.get("/connexion?suite=//evil.example");
    const response = await agent.post("/connexion", {
      email: member.email,
      password: "un mot de passe assez long",
      next: "//evil.example",
    });
    assert.equal(response.headers.location, "/");
  });
});

describe("rate limits", () => {
  test("sign-in attempts are limited per address, with a translated 429 page", async () => {
    const limited = await startTestApp({ limits: { sensitive: 3 } });
    try {
      const agent = new Agent(limited.app);
      await agent.get("/connexion");
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++)
        statuses.push(
          (await agent.post("/connexion", { email: "x@exemple.fr", password: "mauvais mot" })).statusCode,
        );
      assert.deepEqual(statuses, [401, 401, 401, 429, 429]);
      assert.match(agent.lastBody, /Trop de tentatives/);
      assert.equal((await agent.get("/")).statusCode, 200, "other pages stay open");
    } finally {
      await limited.close();
    }
  });
});

describe("metrics", () => {
  test("are readable from loopback only, or with the monitoring token", async () => {
    assert.equal((await t.app.inject({ method: "GET", url: "/metrics" })).statusCode, 200);
    const remote = await t.app.inject({ method: "GET", url: "/metrics", remoteAddress: "203.0.113.9" });
    assert.equal(remote.statusCode, 403);
    const token = "a-monitoring-token-of-32-characters!";
    const guarded = await startTestApp({ env: { METRICS_TOKEN: token } });
    try {
      const without = await guarded.app.inject({ method: "GET", url: "/metrics" });
      assert.equal(without.statusCode, 401, "with a token configured, even loopback must show it");
      const wrong = await guarded.app.inject({
        method: "GET",
        url: "/metrics",
        headers: { authorization: "Bearer nope" },
      });
      assert.equal(wrong.statusCode, 401);
      const right = await guarded.app.inject({
        method: "GET",
        url: "/metrics",
        remoteAddress: "203.0.113.9",
        headers: { authorization: `Bearer ${token}` },
      });
      assert.equal(right.statusCode, 200);
      assert.match(right.body, /http_request_duration_seconds/);
    } finally {
      await guarded.close();
    }
  });
});
