import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import Parser from "rss-parser";
import { seedDemo } from "../src/demo/seed.ts";
import { Agent } from "./helpers/agent.ts";
import { startTestApp, type TestApp } from "./helpers/app.ts";

let t: TestApp;
before(async () => {
  t = await startTestApp({ env: { BASE_URL: "https://communaute.banque.example" } });
  await seedDemo(t.ctx);
});
after(() => t.close());

const parser = new Parser();

test("the latest topics are published as valid RSS 2.0 and Atom 1.0 with absolute links", async () => {
  const rss = await t.app.inject({ method: "GET", url: "/flux.rss" });
  assert.equal(rss.statusCode, 200);
  assert.match(rss.headers["content-type"] as string, /application\/rss\+xml/);
  assert.match(rss.body, /<rss version="2\.0"/);
  const parsedRss = await parser.parseString(rss.body);
  assert.ok(parsedRss.items.length >= 10);
  assert.match(parsedRss.items[0]!.link!, /^https:\/\/communaute\.banque\.example\/t\/[a-z0-9-]+\/\d+$/);
  // The newest topic first, under its own title (whatever the demo's wording).
  const { rows } = await t.ctx.database.pool.query(
    "select title from community_topics where deleted_at is null order by created_at desc, id desc limit 1",
  );
  assert.equal(parsedRss.items[0]!.title, rows[0].title);

  const atom = await t.app.inject({ method: "GET", url: "/flux.atom" });
  assert.match(atom.headers["content-type"] as string, /application\/atom\+xml/);
  assert.match(atom.body, /<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom"/);
  const parsedAtom = await parser.parseString(atom.body);
  assert.equal(parsedAtom.items.length, parsedRss.items.length);
});

test("each category has its own feeds, and an unknown one is a 404", async () => {
  const { rows } = await t.ctx.database.pool.query(
    `select slug, name from community_categories c
      where exists (select 1 from community_topics where category_id = c.id) order by position limit 1`,
  );
  const { slug, name } = rows[0];
  const parsed = await parser.parseString(
    (await t.app.inject({ method: "GET", url: `/c/${slug}/flux.rss` })).body,
  );
  assert.ok(parsed.title!.startsWith(name), parsed.title);
  assert.ok(parsed.items.length > 0);
  assert.ok(parsed.items.every((item) => item.categories?.includes(name)));
  assert.equal((await t.app.inject({ method: "GET", url: "/c/inconnue/flux.atom" })).statusCode, 404);
});

test("pages announce their feeds and their canonical address; the sitemap lists every topic and article", async () => {
  const home = await new Agent(t.app).get("/?page=1&utm_source=x");
  assert.match(home.body, /<link rel="canonical" href="https:\/\/communaute\.banque\.example\/"/);
  assert.match(home.body, /<link rel="alternate" type="application\/rss\+xml"[^>]+href="\/flux\.rss"/);
  const topic = /href="(\/t\/[^"]+)"/.exec(home.body)![1]!;
  const page = await new Agent(t.app).get(topic);
  assert.match(
    page.body,
    new RegExp(`<link rel="canonical" href="https://communaute\\.banque\\.example${topic}"`),
  );
  assert.match(page.body, /<meta property="og:type" content="article"/);

  const sitemap = await t.app.inject({ method: "GET", url: "/sitemap.xml" });
  assert.match(
    sitemap.body,
    /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www\.sitemaps\.org\/schemas\/sitemap\/0\.9">/,
  );
  const topics = Number(
    (await t.ctx.database.pool.query("select count(*) from community_topics")).rows[0].count,
  );
  const categories = Number(
    (await t.ctx.database.pool.query("select count(*) from community_categories")).rows[0].count,
  );
  const articles = Number(
    (await t.ctx.database.pool.query("select count(*) from newsroom_articles")).rows[0].count,
  );
  assert.ok(articles > 0, "the demo has news");
  assert.equal(
    sitemap.body.match(/<url>/g)?.length,
    2 + categories + topics + articles,
    "home, news, the rest",
  );
  assert.match(
    sitemap.body,
    /<loc>https:\/\/communaute\.banque\.example\/actualites\/[a-z0-9-]+\/\d+<\/loc>/,
  );
  assert.match(sitemap.body, new RegExp(`<loc>https://communaute\\.banque\\.example${topic}</loc>`));
});
