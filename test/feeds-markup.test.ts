import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { after, before, test } from "node:test";
import Parser from "rss-parser";
import { startTestApp, type TestApp } from "./helpers/app.ts";
import { postArticleForm } from "./helpers/articles.ts";
import { someCategories } from "./helpers/community.ts";
import { createPerson, signedIn } from "./helpers/people.ts";

/**
 * Issue 11, M2: a topic titled `… <img src=x onerror=alert(1)>` appeared as HTML in the Atom
 * feed (`<title type="html"><![CDATA[…]]>`) and in RSS descriptions, which feed readers
 * render; the newsroom feed too. Every feed route the server registers is read here, with a
 * topic and an article whose title, summary and body carry markup: the feeds carry it as text.
 */

const TITLE = "Frais & plafonds <img src=x onerror=alert(1)> <script>alert('titre')</script>";
const BODY = "Bonjour <img src=x onerror=alert(2)> et <script>alert('corps')</script> ]]> fin";
const EXCERPT =
  "Résumé <img src=x onerror=alert(3)> <script>alert('résumé')</script> assez long pour passer.";

let t: TestApp;
let categorySlug: string;
const parser = new Parser({ customFields: { item: ["summary", "description"] } });

before(async () => {
  t = await startTestApp();
  await someCategories(t.ctx);
  const person = await createPerson(t.ctx, "member");
  await t.ctx.database.pool.query("update accounts set display_name = $1 where id = $2", [
    "<img src=x onerror=alert(4)>",
    person.id,
  ]);
  const member = await signedIn(t.app, person);
  await member.get("/nouveau-sujet");
  const asked = await member.post("/nouveau-sujet", {
    category: "comptes-et-cartes",
    kind: "question",
    title: TITLE,
    body: BODY,
  });
  assert.equal(asked.statusCode, 303, asked.body.slice(0, 300));
  categorySlug = "comptes-et-cartes";

  const manager = await signedIn(t.app, await createPerson(t.ctx, "community_manager"));
  const published = await postArticleForm(t, manager, "/actualites/nouvel-article", {
    title: TITLE,
    excerpt: EXCERPT,
    body: BODY,
    coverAlt: "",
  });
  assert.equal(published.statusCode, 303, published.body.slice(0, 300));
});
after(() => t.close());

const decodeEntities = (html: string) =>
  html
    .replace(/&#(\d+);/g, (_, code) => String.fromCharCode(Number(code)))
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");

test("no feed carries markup typed by people: titles and summaries are escaped text", async () => {
  const feeds = t.app.routeTable.filter(
    (route) => route.method === "GET" && /flux\.(rss|atom)$/.test(route.url),
  );
  assert.ok(feeds.length >= 6, `only ${feeds.length} feed routes`);
  for (const route of feeds) {
    const url = route.url.replace(":slug", categorySlug);
    const response = await t.app.inject({ method: "GET", url });
    assert.equal(response.statusCode, 200, url);
    const parsed = await parser.parseString(response.body);
    const ours = parsed.items.filter((item) => decodeEntities(item.title ?? "") === TITLE);
    assert.ok(ours.length >= 1, `${url}: the entry is there, and its title reads as typed`);
    for (const item of parsed.items) {
      const record: Record<string, unknown> = { ...item };
      // The fields a reader renders as HTML.
      for (const field of ["title", "content", "content:encoded", "summary", "description"]) {
        const value = record[field];
        if (typeof value !== "string") continue;
        assert.doesNotMatch(
          value,
          /<(img|script)\b/i,
          `${url}: ${field} carries markup: ${value.slice(0, 120)}`,
        );
      }
    }
    // Nothing, anywhere in the document, is an <img> or <script> element or a CDATA holding one.
    assert.doesNotMatch(response.body, /<(img|script)\b/i, url);
  }
});

test("every feed entry is added through addFeedEntry, which escapes people's text", () => {
  const files = readdirSync("src", { recursive: true, withFileTypes: true }).filter((e) =>
    /\.tsx?$/.test(e.name),
  );
  for (const entry of files) {
    const file = path.join(entry.parentPath, entry.name);
    if (file === path.join("src", "platform", "http", "feeds.ts")) continue;
    assert.doesNotMatch(readFileSync(file, "utf8"), /\.addItem\(/, `${file} adds a feed entry by itself`);
  }
});
