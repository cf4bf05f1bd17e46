import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { crc32, deflateSync } from "node:zlib";
import Parser from "rss-parser";
import { paintCover } from "../src/demo/covers.ts";
import { Agent } from "./helpers/agent.ts";
import { startTestApp, type TestApp } from "./helpers/app.ts";
import { postArticleForm } from "./helpers/articles.ts";
import { someCategories } from "./helpers/community.ts";
import { createPerson, signedIn } from "./helpers/people.ts";

let t: TestApp;
before(async () => {
  t = await startTestApp();
  await someCategories(t.ctx);
});
after(() => t.close());

const ARTICLE = {
  title: "Nouveaux plafonds de paiement à partir de mars",
  excerpt: "Vos plafonds de paiement par carte augmentent en mars, sans rien à faire de votre côté.",
  body: "Bonjour,\n\nLes plafonds passent de **1 500 €** à **2 500 €** par mois.",
  coverAlt: "Illustration : dégradé bleu.",
};

/**
 * A valid PNG of a few kilobytes that declares `width` × `height` pixels: its single IDAT holds
 * only the first rows (a decompression bomb for whoever decodes it, not for whoever stores it).
 */
function pngDeclaring(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const framed = Buffer.alloc(12 + data.length);
    framed.writeUInt32BE(data.length, 0);
    body.copy(framed, 4);
    framed.writeUInt32BE(crc32(body), 8 + data.length);
    return framed;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // truecolour
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(Buffer.alloc((width * 3 + 1) * 2), { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

describe("the newsroom", () => {
  test("a community manager publishes with a cover; visitors read it, members comment; feeds validate", async () => {
    const manager = await signedIn(t.app, await createPerson(t.ctx, "community_manager"));
    const cover = paintCover([11, 79, 138], [30, 123, 52], [{ x: 600, y: 300, r: 100 }]);
    const published = await postArticleForm(t, manager, "/actualites/nouvel-article", ARTICLE, {
      bytes: cover,
      name: "couverture.png",
      type: "image/png",
    });
    assert.equal(published.statusCode, 303, published.body.slice(0, 300));
    const path = published.headers.location as string;
    assert.match(path, /^\/actualites\/nouveaux-plafonds-de-paiement-a-partir-de-mars\/\d+$/);

    const page = await new Agent(t.app).get(path);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /<strong>2 500 €<\/strong>/);
    const image =
      /<img class="article-cover" src="(\/medias\/[0-9a-f]{64}\.png)" alt="Illustration : dégradé bleu\." width="1200" height="630"/.exec(
        page.body,
      );
    assert.ok(image, "the cover with its description and size");
    const served = await t.app.inject({ url: image[1]! });
    assert.equal(served.headers["content-type"], "image/png");
    assert.equal(served.headers["x-content-type-options"], "nosniff");
    assert.deepEqual(served.rawPayload, cover);

    const reader = await signedIn(t.app, await createPerson(t.ctx, "member"));
    await reader.get(path);
    const id = path.split("/").at(-1);
    const commented = await reader.post(`/actualites/${id}/commenter`, {
      body: "Et pour les cartes à autorisation systématique ?",
    });
    assert.equal(commented.statusCode, 303);
    assert.equal(commented.headers.location, `${path}#message-2`);
    const withComment = await new Agent(t.app).get(path);
    assert.match(withComment.body, /cartes à autorisation systématique/);
    assert.match(withComment.body, /Commentaires : 1/);
    assert.match(
      (await new Agent(t.app).get("/c/actualites")).body,
      /Nouveaux plafonds de paiement/,
      "comments are a community topic",
    );

    const list = await new Agent(t.app).get("/actualites");
    assert.match(list.body, /Nouveaux plafonds de paiement à partir de mars/);
    const parser = new Parser();
    const rss = await parser.parseString((await new Agent(t.app).get("/actualites/flux.rss")).body);
    assert.equal(rss.items[0]?.title, ARTICLE.title);
    const atom = await parser.parseString((await new Agent(t.app).get("/actualites/flux.atom")).body);
    assert.equal(atom.items[0]?.title, ARTICLE.title);

    const journal = await signedIn(t.app, await createPerson(t.ctx, "administrator"));
    assert.match((await journal.get("/admin/journal")).body, /newsroom\.article_published/);
  });

  test("only community managers and administrators write; bad files and missing descriptions are explained", async () => {
    for (const role of ["member", "advisor", "compliance_officer"] as const) {
      const agent = await signedIn(t.app, await createPerson(t.ctx, role));
      assert.equal((await agent.get("/actualites/nouvel-article")).statusCode, 403, role);
    }
    assert.equal((await new Agent(t.app).get("/actualites/nouvel-article")).statusCode, 303);

    const manager = await signedIn(t.app, await createPerson(t.ctx, "community_manager"));
    const notImage = await postArticleForm(t, manager, "/actualites/nouvel-article", ARTICLE, {
      bytes: Buffer.from("<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>"),
      name: "cover.png",
      type: "image/png",
    });
    assert.equal(notImage.statusCode, 422);
    assert.match(notImage.body, /n'est pas une image PNG, JPEG ou WebP/);
    assert.match(
      notImage.body,
      /value="Nouveaux plafonds de paiement à partir de mars"/,
      "nothing typed is lost",
    );

    const noAlt = await postArticleForm(
      t,
      manager,
      "/actualites/nouvel-article",
      { ...ARTICLE, coverAlt: "" },
      { bytes: paintCover([0, 0, 0], [255, 255, 255], []), name: "c.png", type: "image/png" },
    );
    assert.equal(noAlt.statusCode, 422);
    assert.match(noAlt.body, /Décrivez l'image/);

    const bomb = pngDeclaring(60_000, 60_000);
    assert.ok(bomb.length < 4096, `a few kilobytes (${bomb.length} bytes)`);
    const declaredHuge = await postArticleForm(t, manager, "/actualites/nouvel-article", ARTICLE, {
      bytes: bomb,
      name: "couverture.png",
      type: "image/png",
    });
    assert.equal(declaredHuge.statusCode, 422, "a cover declaring 60,000 × 60,000 pixels is refused");
    assert.match(declaredHuge.body, /8 000 pixels de côté et 40 millions de pixels au plus/);
    const tallAndThin = await postArticleForm(t, manager, "/actualites/nouvel-article", ARTICLE, {
      bytes: pngDeclaring(800, 60_000),
      name: "couverture.png",
      type: "image/png",
    });
    assert.equal(tallAndThin.statusCode, 422, "each side is bounded, not only the width");

    const shortExcerpt = await postArticleForm(t, manager, "/actualites/nouvel-article", {
      ...ARTICLE,
      excerpt: "Court.",
    });
    assert.equal(shortExcerpt.statusCode, 422);
    assert.match(shortExcerpt.body, /chapeau est trop court/);
  });
});
