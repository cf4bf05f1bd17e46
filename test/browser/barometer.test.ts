import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { test } from "node:test";
import type { Page } from "playwright-core";
import { seedBarometer } from "../../src/demo/barometer.ts";
import { currentTotp } from "../../src/platform/auth/totp.ts";
import { assertAccessible, browserSuite } from "../helpers/browser.ts";
import { staffMember } from "../helpers/inbox.ts";
import { PASSWORD } from "../helpers/people.ts";

/**
 * The community manager reads the barometer: opens it from the staff console, reads the latest
 * change in words, compares two waves by keyboard (the dip: a significant drop), and downloads
 * the trust table as CSV. axe-core checks every page on the way.
 */
browserSuite("the trust barometer in the browser", {}, (suite) => {
  async function signIn(page: Page, person: { email: string; totpSecret: string | null }) {
    await page.goto(`${suite.base}/connexion`);
    await page.getByLabel("Adresse e-mail").fill(person.email);
    await page.getByLabel("Mot de passe").fill(PASSWORD);
    await page.getByRole("button", { name: "Se connecter", exact: true }).click();
    await page.waitForURL(/second-facteur/);
    await page.getByLabel(/Code à 6 chiffres/).fill(currentTotp(person.totpSecret!));
    await page.getByRole("button", { name: "Valider" }).click();
    await page.waitForURL(/\/admin$/);
  }

  test("the community manager reads the change between two waves and exports the CSV", async () => {
    const ctx = suite.t.ctx;
    const manager = await staffMember(ctx, "community_manager", "Karim Benali");
    await seedBarometer(ctx, manager.actor, ctx.clock.now());

    const page = await suite.page({ acceptDownloads: true });
    await signIn(page, manager.person);
    await page.getByRole("link", { name: "Baromètre de confiance" }).first().click();
    await page.getByRole("heading", { name: "Baromètre de confiance", level: 1 }).waitFor();
    await assertAccessible(page);
    assert.match(
      (await page.locator("#derniere-evolution").textContent()) ?? "",
      /variation non significative/,
    );

    // The dip: from the eighth wave to the ninth, chosen by keyboard.
    const from = page.getByLabel("Vague de départ");
    const waves = await from.locator("option").allInnerTexts();
    assert.equal(waves.length, 24);
    await from.focus();
    await from.selectOption({ label: waves[7]! });
    await page.keyboard.press("Tab");
    await page.getByLabel("Vague d'arrivée").selectOption({ label: waves[8]! });
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    const result = page.locator("#comparaison");
    await result.waitFor();
    const words = (await result.textContent()) ?? "";
    assert.match(words, new RegExp(`De ${waves[7]} à ${waves[8]}`));
    assert.match(words, /Confiance : baisse significative/);
    await assertAccessible(page);

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: /Télécharger ce tableau \(CSV\) \(Confiance par vague/ }).click(),
    ]);
    assert.equal(download.suggestedFilename(), "barometre-confiance.csv");
    const csv = await readFile((await download.path())!, "utf8");
    const lines = csv
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    assert.equal(lines.length, 25);
    assert.match(lines[9]!, /baisse significative/);

    await page.goto(`${suite.base}/admin/barometre/reglages`);
    await assertAccessible(page);
    await page.goto(`${suite.base}/admin/barometre/rapport-public`);
    await assertAccessible(page);
    await page.getByRole("button", { name: "Publier le rapport" }).click();
    await page.goto(`${suite.base}/barometre-de-confiance`);
    await assertAccessible(page);
  });
});
