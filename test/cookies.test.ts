import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { audienceFigures, purgeAudience } from "../src/features/audience/figures.ts";
import { Agent } from "./helpers/agent.ts";
import { startTestApp, type TestApp } from "./helpers/app.ts";
import { createPerson, signedIn } from "./helpers/people.ts";

/**
 * The cookie choice and the built-in audience measurement, over real HTTP handling and the real
 * database: what is asked, what is written to the ledger, what the page may load, what is counted.
 */
let t: TestApp;
before(async () => {
  t = await startTestApp();
});
after(() => t.close());

const DAY = 86_400_000;
const banner = /data-cookie-banner/;
const frameSources = (csp: unknown) => /frame-src ([^;]+)/.exec(String(csp))?.[1];

async function ledgerOf(browserId: string) {
  const { rows } = await t.ctx.database.pool.query<{ purpose: string; decision: string; channel: string }>(
    "select purpose, decision, channel from privacy_consent_events where browser_id = $1 order by id",
    [browserId],
  );
  return rows;
}

test("the banner asks until a choice is made; refusing is one click, written to the ledger, and holds", async () => {
  const visitor = new Agent(t.app);
  const home = await visitor.get("/");
  assert.match(home.body, banner);
  for (const label of ["Tout accepter", "Tout refuser", "Personnaliser", "Continuer sans accepter"])
    assert.ok(home.body.includes(label), label);
  assert.equal(home.headers["set-cookie"], undefined, "reading sets no cookie");
  assert.equal(frameSources(home.headers["content-security-policy"]), "'none'", "no frame from anyone");

  const refused = await visitor.post(
    "/cookies",
    { choice: "none", from: "banner", next: "/actualites" },
    { csrf: null },
  );
  assert.equal(refused.statusCode, 303);
  assert.equal(refused.headers.location, "/actualites", "back to the page the visitor was on");
  const raw = visitor.cookie("cf_cookies")!;
  const id = raw.split(".")[0]!;
  assert.deepEqual(await ledgerOf(id), [
    { purpose: "cookie_video", decision: "withdrawn", channel: "cookie_banner" },
    { purpose: "audience_measurement", decision: "withdrawn", channel: "cookie_banner" },
  ]);
  const cookieLine = String(refused.headers["set-cookie"]);
  assert.match(cookieLine, /HttpOnly/);
  assert.match(cookieLine, /SameSite=Lax/);
  const maxAge = Number(/Max-Age=(\d+)/.exec(cookieLine)?.[1]);
  assert.ok(maxAge > 181 * 86_400 && maxAge <= 185 * 86_400, `six months, got ${maxAge / 86_400} days`);

  const next = await visitor.get("/actualites");
  assert.doesNotMatch(next.body, banner, "the choice holds on the next page");
  assert.doesNotMatch(next.body, /data-audience="1"/, "refusing all stops the measurement too");

  // Six months and a day later, the choice no longer holds: the banner asks again.
  const realNow = t.ctx.clock.now;
  t.ctx.clock.now = () => new Date(Date.now() + 186 * DAY);
  try {
    assert.match((await visitor.get("/")).body, banner);
  } finally {
    t.ctx.clock.now = realNow;
  }
});

test("accepting lets the video players in, and only then; the cookie page changes any purpose alone", async () => {
  const visitor = new Agent(t.app);
  await visitor.post("/cookies", { choice: "all", from: "banner", next: "/" }, { csrf: null });
  const home = await visitor.get("/");
  assert.doesNotMatch(home.body, banner);
  assert.equal(
    frameSources(home.headers["content-security-policy"]),
    "https://www.youtube-nocookie.com https://player.vimeo.com",
  );
  assert.match(home.body, /data-videos="1"/);

  const page = await visitor.get("/cookies");
  assert.match(page.body, /name="purpose" value="video" checked/);
  assert.doesNotMatch(page.body, banner, "the page itself does not repeat the banner");
  const id = visitor.cookie("cf_cookies")!.split(".")[0]!;
  // Withdrawing takes the same single step as granting: untick, save.
  const saved = await visitor.post("/cookies", { choice: "custom", next: "/" }, { csrf: null });
  assert.equal(saved.headers.location, "/cookies");
  assert.equal(visitor.cookie("cf_cookies")!.split(".")[0], id, "the same consent number");
  assert.equal(frameSources((await visitor.get("/")).headers["content-security-policy"]), "'none'");
  const ledger = await ledgerOf(id);
  assert.deepEqual(ledger.slice(-2), [
    { purpose: "cookie_video", decision: "withdrawn", channel: "cookie_page" },
    { purpose: "audience_measurement", decision: "granted", channel: "cookie_page" },
  ]);
});

test("another site cannot choose for a visitor; nonsense is sent back to the page", async () => {
  const visitor = new Agent(t.app);
  const forged = await visitor.post(
    "/cookies",
    { choice: "all", from: "banner", next: "/" },
    { csrf: null },
    { "sec-fetch-site": "cross-site" },
  );
  assert.equal(forged.statusCode, 303);
  assert.equal(visitor.cookie("cf_cookies"), undefined, "no choice made");
  const odd = await visitor.post(
    "/cookies",
    { choice: "maybe", next: "https://ailleurs.example" },
    { csrf: null },
  );
  assert.equal(odd.headers.location, "/cookies?retour=%2F", "no open redirect, no choice");
  assert.equal(visitor.cookie("cf_cookies"), undefined);
  const tampered = await new Agent(t.app).get("/", { cookie: "cf_cookies=abc.99999999999.1.1" });
  assert.match(tampered.body, banner, "a malformed choice is no choice");
});

test("the measurement counts pages without query strings, sets its cookie once for 13 months, and respects objections", async () => {
  const visitor = new Agent(t.app, { "user-agent": "Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0" });
  const beacon = (agent: Agent, body: object, headers: Record<string, string> = {}) =>
    t.app.inject({
      method: "POST",
      url: "/mesure",
      headers: {
        "content-type": "text/plain;charset=UTF-8",
        "user-agent": "Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0",
        "sec-fetch-site": "same-origin",
        cookie: agent.cookieHeaderForTests(),
        ...headers,
      },
      payload: JSON.stringify(body),
    });
  const first = await beacon(visitor, {
    p: "/actualites?email=a@b.fr#x",
    r: "https://www.qwant.com/?q=banque",
  });
  assert.equal(first.statusCode, 204);
  const line = String(first.headers["set-cookie"]);
  const expires = new Date(/Expires=([^;]+)/.exec(line)![1]!);
  const months = (expires.getTime() - Date.now()) / (30.44 * DAY);
  assert.ok(months > 12.9 && months <= 13.1, `13 months, got ${months}`);
  const cookie = /cf_mesure=([^;]+)/.exec(line)![1]!;
  const again = await beacon(
    visitor,
    { p: "/", r: "http://localhost:3000/actualites" },
    { cookie: `cf_mesure=${cookie}` },
  );
  assert.equal(again.headers["set-cookie"], undefined, "never re-set, so never extended");

  await beacon(new Agent(t.app), { p: "/" }, { "sec-gpc": "1" });
  await beacon(new Agent(t.app), { p: "/" }, { "user-agent": "Googlebot/2.1" });
  await beacon(new Agent(t.app), { p: "/" }, { "sec-fetch-site": "cross-site" });
  await beacon(new Agent(t.app), { p: "https://ailleurs.example/" });
  const objector = new Agent(t.app);
  await objector.post("/cookies", { choice: "custom", object_audience: "1" }, { csrf: null });
  await beacon(objector, { p: "/" });

  const { rows } = await t.ctx.database.pool.query(
    "select visitor, path, referrer_host from audience_hits order by id",
  );
  assert.deepEqual(
    rows.map((r) => [r.path, r.referrer_host]),
    [
      ["/actualites", "www.qwant.com"],
      ["/", null],
    ],
    "the path without its query, other sites' host only, and nothing from objectors, robots or other sites",
  );
  assert.equal(rows[0].visitor, rows[1].visitor);

  const figures = await audienceFigures(t.ctx.db, new Date(Date.now() - DAY), new Date(Date.now() + DAY));
  assert.equal(figures.pageViews, 2);
  assert.equal(figures.visitors, 1);
  assert.deepEqual(figures.referrers, [{ host: "www.qwant.com", visits: 1 }]);

  const manager = await signedIn(t.app, await createPerson(t.ctx, "community_manager"));
  const page = await manager.get("/admin/audience?jours=7");
  assert.match(page.body, /2 pages vues par 1 visiteurs/);
  assert.match(page.body, /www\.qwant\.com/);
  assert.equal((await new Agent(t.app).get("/admin/audience")).statusCode, 303);

  await t.ctx.database.pool.query(
    "update audience_hits set at = now() - interval '26 months' where path = '/'",
  );
  assert.equal(await purgeAudience(t.ctx.db, new Date(), 25), 1, "raw data older than 25 months is erased");
});
