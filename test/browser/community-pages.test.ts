import assert from "node:assert/strict";
import { test } from "node:test";
import { assertAccessible, browserSuite, signInWithPassword } from "../helpers/browser.ts";
import { FRAUD_CATEGORY, namedContent } from "../helpers/named-community.ts";
import { createPerson, PASSWORD } from "../helpers/people.ts";

/**
 * The community's pages, in French and English, pass axe-core: a file of its own, beside the
 * journeys, so that neither takes minutes on a slow machine.
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

  test("news, profiles, help, notifications and settings pass axe-core; a member marks a post useful by keyboard", async () => {
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

    const member = await createPerson(suite.t.ctx, "member");
    const page = await suite.page();
    await signInWithPassword(page, suite.base, member.email, PASSWORD);
    await page.goto(`${suite.base}/?liste=resolus`);
    await page.locator(".topic-list__title a").first().click();
    await assertAccessible(page);
    const useful = page.getByRole("button", { name: /^Utile \(\d+\) \(message n° 1\)$/ });
    // With script the mark toggles in place: the page is not reloaded and the focus stays on it.
    await page.evaluate(() => Object.assign(window, { notReloaded: true }));
    await useful.focus();
    await page.keyboard.press("Enter");
    await page.getByRole("button", { name: /^Utile \(\d+\) \(message n° 1\)$/, pressed: true }).waitFor();
    assert.equal(await page.evaluate(() => "notReloaded" in window), true, "toggled without a reload");
    assert.match(await page.evaluate(() => document.activeElement?.id ?? ""), /^utile-\d+$/);
    await page.getByLabel(/Suivre/).check();
    await page.getByRole("button", { name: "Enregistrer" }).click();
    await page.getByText("Vous suivez ce sujet.").waitFor();
    for (const path of ["/notifications", "/compte/notifications", "/compte/signets", "/compte"]) {
      await page.goto(`${suite.base}${path}`);
      await assertAccessible(page);
    }
  });
});
