import assert from "node:assert/strict";
import { test } from "node:test";
import type { BrowserContext, Page } from "playwright-core";
import { STORED_ITEMS } from "../../src/features/cookies/catalogue.ts";
import { assertAccessible, browserSuite } from "../helpers/browser.ts";
import { someCategories } from "../helpers/community.ts";
import { createPerson, signedIn } from "../helpers/people.ts";

const DAY = 86_400_000;

/**
 * The cookie banner as visitors meet it: nothing that needs consent before they choose, an
 * allow-list of what is stored, no request to any other site, refusing as easy as accepting,
 * the choice kept six months, videos only after a yes, and all of it without script too.
 */
let videoTopic: string;

browserSuite(
  "cookie choices in the browser",
  {
    prepare: async (t) => {
      await someCategories(t.ctx);
      const member = await signedIn(t.app, await createPerson(t.ctx, "member"));
      await member.get("/nouveau-sujet");
      const created = await member.post("/nouveau-sujet", {
        category: "comptes-et-cartes",
        kind: "discussion",
        title: "La vidéo de la banque sur le virement instantané",
        body: "Elle explique bien les plafonds :\n\nhttps://www.youtube.com/watch?v=dQw4w9WgXcQ\n\nQu'en pensez-vous ?",
      });
      videoTopic = created.headers.location as string;
    },
  },
  (suite) => {
    /** Every origin a page asked something of; other sites' requests are recorded, then refused. */
    async function watchOrigins(context: BrowserContext): Promise<Set<string>> {
      const origins = new Set<string>();
      await context.route(
        (url) => url.origin !== suite.base,
        (route) => route.abort(),
      );
      context.on("request", (request) => origins.add(new URL(request.url()).origin));
      return origins;
    }

    async function stored(page: Page) {
      return {
        cookies: (await page.context().cookies()).map((c) => c.name).sort(),
        local: await page.evaluate(() => Object.keys(localStorage)),
        session: await page.evaluate(() => Object.keys(sessionStorage)),
      };
    }

    test("before any choice: the allowed cookies and storage only, no other site; refusing all holds until six months have passed", async () => {
      const context = await suite.browser.newContext({ locale: "fr-FR" });
      const origins = await watchOrigins(context);
      const page = await context.newPage();
      const counted = page.waitForResponse((r) => r.url().endsWith("/mesure"));
      await page.goto(suite.base);
      await counted;
      const dialog = page.getByRole("dialog", { name: "Vos choix de cookies" });
      await dialog.waitFor();
      // A real dialog: it takes the focus as it opens, so keyboard and screen-reader users meet it first.
      assert.equal(await page.evaluate(() => document.activeElement?.id), "cookie-banner-title");
      await assertAccessible(page);

      const allowed = new Set(STORED_ITEMS.filter((i) => i.kind !== "consent").map((i) => i.name));
      const before = await stored(page);
      assert.deepEqual(before.cookies, ["cf_mesure"], "only the consent-exempt audience cookie");
      for (const key of [...before.local, ...before.session])
        assert.ok(allowed.has(key), `${key} is on the list`);
      assert.deepEqual(before.local, [], "nothing in local storage");
      assert.deepEqual([...origins], [suite.base], "no request to any other site");

      // Three choices of the same size: refusing is no harder than accepting.
      const sizes = await Promise.all(
        ["Tout accepter", "Tout refuser", "Personnaliser"].map((name) =>
          dialog.getByRole(name === "Personnaliser" ? "link" : "button", { name, exact: true }).boundingBox(),
        ),
      );
      for (const size of sizes) {
        assert.ok(size && sizes[0]);
        assert.ok(Math.abs(size.width - sizes[0].width) < 2 && Math.abs(size.height - sizes[0].height) < 2);
      }

      await page.locator("#footer-newsletter-email").fill("pas.perdu@exemple.fr");
      await dialog.getByRole("button", { name: "Tout refuser" }).click();
      await dialog.waitFor({ state: "detached" });
      assert.equal(
        await page.locator("#footer-newsletter-email").inputValue(),
        "pas.perdu@exemple.fr",
        "choosing keeps what was typed on the page",
      );
      assert.equal(await page.evaluate(() => document.activeElement?.id), "main");
      await assertAccessible(page);
      assert.deepEqual(
        (await stored(page)).cookies,
        ["cf_cookies"],
        "the choice, and the measurement cookie gone",
      );

      const requests: string[] = [];
      page.on("request", (r) => requests.push(new URL(r.url()).pathname));
      await page.getByRole("link", { name: "Actualités" }).first().click();
      await page.waitForURL(/\/actualites$/);
      assert.equal(await page.getByRole("dialog").count(), 0, "the choice holds on the next page");
      await assertAccessible(page);
      assert.ok(!requests.includes("/mesure"), "refusing all stops the measurement");

      const realNow = suite.t.ctx.clock.now;
      suite.t.ctx.clock.now = () => new Date(Date.now() + 183 * DAY);
      try {
        await page.reload();
        await page.getByRole("dialog", { name: "Vos choix de cookies" }).waitFor();
      } finally {
        suite.t.ctx.clock.now = realNow;
      }
      assert.deepEqual([...origins], [suite.base]);
    });

    test("Escape closes the banner and closing refuses; accepting shows the video player, and only then", async () => {
      const context = await suite.browser.newContext({ locale: "fr-FR" });
      const origins = await watchOrigins(context);
      const page = await context.newPage();
      await page.goto(suite.base + videoTopic);
      assert.equal(await page.locator("iframe").count(), 0);
      await page.getByRole("link", { name: /Pour la voir ici, autorisez les vidéos/ }).waitFor();
      await assertAccessible(page);
      await page.keyboard.press("Escape");
      await page.getByRole("dialog").waitFor({ state: "detached" });
      const id = (await context.cookies()).find((c) => c.name === "cf_cookies")!.value.split(".")[0];
      const { rows } = await suite.t.ctx.database.pool.query(
        "select purpose, decision from privacy_consent_events where browser_id = $1 order by id",
        [id],
      );
      assert.deepEqual(
        rows.map((r) => `${r.purpose} ${r.decision}`),
        ["cookie_video withdrawn", "audience_measurement withdrawn"],
      );
      assert.deepEqual([...origins], [suite.base], "nothing from the video platform");

      // The footer's "Gérer mes cookies" leads to the same choices; saying yes to videos alone.
      await page.getByRole("link", { name: "Gérer mes cookies", exact: true }).click();
      await assertAccessible(page);
      await page.getByLabel(/J'autorise l'affichage dans les pages des vidéos/).check();
      await page.getByRole("button", { name: "Enregistrer mes choix" }).click();
      await page.getByText("Vos choix de cookies sont enregistrés.").waitFor();
      await page.goto(suite.base + videoTopic);
      const player = page.locator("iframe.video-player");
      await player.waitFor({ state: "attached" });
      assert.equal(await player.getAttribute("src"), "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ");
      // The frame asks for its page once attached, and the browser tells of the request a moment
      // later: looked for during five seconds, not at the instant the element appears.
      for (let waited = 0; !origins.has("https://www.youtube-nocookie.com") && waited < 5_000; waited += 50)
        await page.waitForTimeout(50);
      assert.ok(origins.has("https://www.youtube-nocookie.com"), "the player is asked for once allowed");
    });

    test("without script, the banner is a plain form and the cookie page has the same choices", async () => {
      const context = await suite.browser.newContext({ locale: "fr-FR", javaScriptEnabled: false });
      const origins = await watchOrigins(context);
      const page = await context.newPage();
      // axe-core runs as a script, so it checks these same pages in the tests above, with script on.
      await page.goto(`${suite.base}/actualites`);
      await page.getByRole("link", { name: "Personnaliser" }).click();
      await page.waitForURL(/\/cookies\?retour=%2Factualites$/);
      assert.equal(await page.getByLabel(/J'autorise l'affichage/).isChecked(), false, "off by default");
      assert.equal(await page.getByLabel(/Je m'oppose à la mesure/).isChecked(), false);
      await page.getByRole("button", { name: "Enregistrer mes choix" }).click();
      await page.getByText("Vos choix de cookies sont enregistrés.").waitFor();
      await page.getByText(/Numéro de votre consentement/).waitFor();

      const other = await suite.browser.newContext({ locale: "en-GB", javaScriptEnabled: false });
      const english = await other.newPage();
      await english.goto(`${suite.base}/`);
      await english.getByRole("button", { name: "Accept all" }).click();
      await english.waitForURL(`${suite.base}/`);
      assert.equal(await english.getByRole("dialog").count(), 0);
      assert.deepEqual([...origins], [suite.base]);
    });
  },
);
