import assert from "node:assert/strict";
import { test } from "node:test";
import { assertAccessible, browserSuite, signInWithPassword } from "../helpers/browser.ts";
import { namedContent } from "../helpers/named-community.ts";
import { createPerson, PASSWORD } from "../helpers/people.ts";

/** A member's own pages and actions in the community, through axe-core and by keyboard. */
browserSuite("a member's community pages in the browser", { prepare: namedContent }, (suite) => {
  test("a member marks a post useful by keyboard and follows the topic; notifications and settings pass axe-core", async () => {
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
