import assert from "node:assert/strict";
import { test } from "node:test";
import type { Page } from "playwright-core";
import { receive, registerSource } from "../../src/features/inbox/index.ts";
import { currentTotp } from "../../src/platform/auth/totp.ts";
import { assertAccessible, browserSuite } from "../helpers/browser.ts";
import { teamWith } from "../helpers/inbox.ts";
import { createPerson, PASSWORD } from "../helpers/people.ts";

/**
 * The advisor's inbox in the browser: the staff workspace's layout passes axe-core in French and
 * English and holds at 360 px, a new private message appears in the list and in the header's
 * count without reloading, and the list is worked from the keyboard (`?` lists the keys).
 */
registerSource({ name: "test_browser_messages", publicReplies: false, deliver: async () => ({}) });

browserSuite("the inbox in the browser", {}, (suite) => {
  async function signIn(page: Page, person: { email: string; totpSecret: string | null }) {
    await page.goto(`${suite.base}/connexion`);
    await page.getByLabel("Adresse e-mail").fill(person.email);
    await page.getByLabel("Mot de passe").fill(PASSWORD);
    await page.getByRole("button", { name: "Se connecter" }).click();
    await page.waitForURL(/second-facteur/);
    await page.getByLabel(/Code à 6 chiffres/).fill(currentTotp(person.totpSecret!));
    await page.getByRole("button", { name: "Valider" }).click();
    await page.waitForURL(/\/admin$/);
  }

  let thread = 0;
  const privateMessage = (subject: string, body: string) =>
    receive(suite.t.ctx, {
      source: "test_browser_messages",
      threadKey: `browser-${++thread}`,
      subject,
      body,
      from: { email: `client-${thread}@exemple.fr`, name: "Julie Moreau" },
      receivedAt: suite.t.ctx.clock.now(),
      teamSlug: "particuliers",
    });

  const overflows = (page: Page) =>
    page.evaluate<boolean>("document.documentElement.scrollWidth > window.innerWidth");

  test("an advisor opens the inbox and sees a new private message arrive live; the workspace passes axe", async () => {
    const person = await createPerson(suite.t.ctx, "advisor", undefined, "Claire Martin");
    await teamWith(suite.t.ctx, "particuliers", [{ id: person.id }]);
    await privateMessage("Carte bloquée au distributeur", "Ma carte est restée bloquée hier soir.");

    const page = await suite.page();
    await signIn(page, person);
    await assertAccessible(page);
    const areas = page.getByRole("navigation", { name: "Espaces de travail" });
    await areas.getByRole("link", { name: /Boîte de réception/ }).click();
    await page.getByRole("heading", { name: "Boîte de réception", level: 1 }).waitFor();
    await page.getByRole("link", { name: "Carte bloquée au distributeur" }).waitFor();
    assert.equal(await page.locator(".site-footer").count(), 0, "no public footer in the workspace");
    await assertAccessible(page);
    const counter = areas.locator("[data-live-count] .counter");
    assert.equal(await counter.textContent(), "1");

    // A member writes: the list and the header follow, without reloading.
    await privateMessage(
      "Virement en attente depuis lundi",
      "Mon virement vers mon livret n'est pas arrivé.",
    );
    await page.getByRole("link", { name: "Virement en attente depuis lundi" }).waitFor();
    await page.waitForFunction(
      () => document.querySelector("[data-live-count] .counter")?.textContent === "2",
    );
    await page.getByText("La liste a été mise à jour.").waitFor({ state: "attached" });
    await assertAccessible(page);

    // The keyboard: ? lists the keys in a dialog, j chooses the first conversation, / searches.
    await page.locator("body").press("?");
    const dialog = page.getByRole("dialog", { name: "Raccourcis clavier" });
    await dialog.waitFor();
    await assertAccessible(page);
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "hidden" });
    await page.keyboard.press("j");
    assert.equal(
      await page.evaluate<string>("document.activeElement.textContent"),
      "Virement en attente depuis lundi",
    );
    await page.keyboard.press("j");
    assert.equal(
      await page.evaluate<string>("document.activeElement.textContent"),
      "Carte bloquée au distributeur",
    );
    await page.keyboard.press("k");
    await page.keyboard.press("/");
    assert.equal(await page.evaluate<string>("document.activeElement.id"), "inbox-q");
    await page.keyboard.type("virement");
    await page.keyboard.press("Enter");
    await page.waitForURL(/q=virement/);
    assert.equal(await page.getByRole("link", { name: "Carte bloquée au distributeur" }).count(), 0);
    await page.getByRole("link", { name: "Virement en attente depuis lundi" }).waitFor();
    await page.keyboard.press("j");
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/admin\/boite\/\d+$/);

    // g then i: back to the inbox from anywhere in the workspace.
    await page.goto(`${suite.base}/admin`);
    await page.keyboard.press("g");
    await page.keyboard.press("i");
    await page.waitForURL(/\/admin\/boite$/);

    // In English, the same pages pass too.
    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("heading", { name: "Inbox", level: 1 }).waitFor();
    assert.equal(await page.getAttribute("html", "lang"), "en");
    await assertAccessible(page);
    await page.goto(`${suite.base}/admin`);
    await assertAccessible(page);
    await page.locator("body").press("?");
    await page.getByRole("dialog", { name: "Keyboard shortcuts" }).waitFor();
    await assertAccessible(page);
  });

  test("the workspace holds at 360 px: nothing scrolls sideways, every area in reach", async () => {
    const person = await createPerson(suite.t.ctx, "administrator", undefined, "Inès Admin");
    const page = await suite.page({ viewport: { width: 360, height: 740 } });
    await signIn(page, person);
    for (const path of [
      "/admin",
      "/admin/boite",
      "/admin/boite?vue=en-retard",
      "/moderation",
      "/admin/comptes",
    ]) {
      await page.goto(`${suite.base}${path}`);
      assert.equal(await overflows(page), false, `${path} scrolls sideways at 360 px`);
      await assertAccessible(page);
    }
    const areas = page.getByRole("navigation", { name: "Espaces de travail" }).getByRole("link");
    assert.ok((await areas.count()) >= 8, "an administrator reaches every area");
    for (const link of await areas.all()) {
      const box = (await link.boundingBox())!;
      assert.ok(box.x >= 0 && box.x + box.width <= 360, `${await link.textContent()} inside the screen`);
      assert.ok(box.height >= 24, `${await link.textContent()} at least 24 px high`);
    }
  });
});
