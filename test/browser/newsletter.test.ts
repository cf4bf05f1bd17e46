import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { Browser } from "playwright-core";
import { lastMailTo } from "../helpers/agent.ts";
import { startTestApp, type TestApp } from "../helpers/app.ts";
import { assertAccessible, browserSkipReason, freePort, launchBrowser } from "../helpers/browser.ts";

const skip = browserSkipReason();

/**
 * A visitor reads without being tracked, subscribes from the footer, confirms from the e-mail,
 * and nothing was ticked for them. axe-core checks every page visited.
 */
describe("newsletter in the browser", { skip }, () => {
  let t: TestApp;
  let browser: Browser;
  let base: string;

  before(async () => {
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    t = await startTestApp({ env: { BASE_URL: base } });
    await t.app.listen({ port, host: "127.0.0.1" });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await t?.close();
  });

  test("no cookie, no storage, no third party; a footer sign-up is confirmed from the e-mail", async () => {
    const context = await browser.newContext({ locale: "fr-FR" });
    const page = await context.newPage();
    const origins = new Set<string>();
    page.on("request", (request) => origins.add(new URL(request.url()).origin));
    await page.goto(base);
    await assertAccessible(page);
    assert.deepEqual(await context.cookies(), [], "reading sets no cookie at all");
    // The allow-list: htmx keeps the current page's path in sessionStorage (for the back button
    // after in-place updates). It is strictly functional, ends with the tab and names no one.
    assert.deepEqual(await page.evaluate(() => Object.keys(localStorage)), [], "no local storage");
    assert.deepEqual(
      await page.evaluate(() => Object.keys(sessionStorage)),
      ["htmx-current-path-for-history"],
      "only the allowed session key",
    );
    assert.deepEqual([...origins], [base], "and asks nothing of any other site");

    const consent = page.getByLabel(/J'accepte de recevoir la lettre/);
    assert.equal(await consent.isChecked(), false, "nothing is ticked for the visitor");
    await page.getByLabel("Votre e-mail pour la lettre").fill("ines.lettre@exemple.fr");
    await page.getByRole("button", { name: "S'inscrire" }).click();
    await page.getByText("rien n'est coché pour vous").first().waitFor();
    await assertAccessible(page);
    assert.equal(await page.getByLabel("Votre adresse e-mail").inputValue(), "ines.lettre@exemple.fr");
    await page.locator("#field-consent").check();
    await page.getByRole("button", { name: "S'inscrire" }).first().click();
    await page.getByRole("heading", { name: "Vérifiez votre boîte mail" }).waitFor();
    await assertAccessible(page);

    const mail = await lastMailTo(t.ctx.db, "ines.lettre@exemple.fr");
    await page.goto(mail.link!);
    await assertAccessible(page);
    await page.getByRole("button", { name: "Je confirme mon inscription" }).click();
    await page.getByText("C'est confirmé").waitFor();
    await assertAccessible(page);
    assert.deepEqual(await context.cookies(), [], "still no cookie");
  });
});
