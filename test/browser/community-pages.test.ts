import assert from "node:assert/strict";
import { test } from "node:test";
import { assertAccessible, browserSuite } from "../helpers/browser.ts";
import { FRAUD_CATEGORY, namedContent } from "../helpers/named-community.ts";

/**
 * The community's pages, in French and English, pass axe-core: a file of its own, beside the
 * journeys and the member's pages, so that none takes minutes on a slow machine.
 */
browserSuite("community pages in the browser", { prepare: namedContent }, (suite) => {
  test("in English too, the pages pass axe-core", async () => {
    const page = await suite.page({ locale: "en-GB" });
    await page.goto(suite.base);
    assert.equal(await page.getAttribute("html", "lang"), "en");
    await page.getByRole("link", { name: "Solved" }).first().click();
    await assertAccessible(page);
    await page.getByRole("link", { name: FRAUD_CATEGORY }).first().click();
    await assertAccessible(page);
    await page.locator(".topic-list__title a").first().click();
    await assertAccessible(page);
    await page.goto(`${suite.base}/recherche?q=credit`);
    await assertAccessible(page);
  });

  test("news, profiles, help and the report form pass axe-core, in French and English", async () => {
    for (const locale of ["fr-FR", "en-GB"]) {
      const page = await suite.page({ locale });
      for (const path of [
        "/actualites",
        "/aide/reputation",
        "/?liste=meilleurs-annee",
        "/recherche?q=carte&statut=resolu",
      ]) {
        await page.goto(`${suite.base}${path}`);
        await assertAccessible(page);
      }
      await page.goto(`${suite.base}/actualites`);
      await page.locator(".article-card h2 a").first().click();
      await page.locator("img.article-cover").waitFor();
      await assertAccessible(page);
      await page.locator(".comments .author__name").first().click();
      await page.waitForURL(/\/membres\/\d+$/);
      await assertAccessible(page);
      await page.goto(`${suite.base}/?liste=resolus`);
      await page.locator(".topic-list__title a").first().click();
      await page.locator(".post__actions a[href$='/signaler']").first().click();
      await page.waitForURL(/\/signaler$/);
      await assertAccessible(page);
    }
  });
});
