import assert from "node:assert/strict";
import { test } from "node:test";
import type { Page } from "playwright-core";
import { currentTotp } from "../../src/platform/auth/totp.ts";
import { browserSuite } from "../helpers/browser.ts";
import { createPerson, PASSWORD } from "../helpers/people.ts";

interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
  height: number;
}

/** The header's boxes, as laid out by the browser (a string: the test runner's transform stays out of the page). */
const MEASURE = `(() => {
  const box = (element) => {
    const r = element.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, height: r.height };
  };
  const header = document.querySelector(".site-header");
  return {
    brand: box(header.querySelector(".brand")),
    sections: [...header.querySelectorAll(".main-nav li")].map(box),
    mainNav: box(header.querySelector(".main-nav")),
    accountNav: box(header.querySelectorAll("nav")[1]),
    accountItems: [...header.querySelectorAll(".account-menu > li")].map(box),
    lineHeight: Number.parseFloat(getComputedStyle(header.querySelector(".main-nav a")).lineHeight) || 24,
    overflow: document.documentElement.scrollWidth > window.innerWidth,
  };
})()`;

function boxes(page: Page) {
  return page.evaluate<{
    brand: Box;
    sections: Box[];
    mainNav: Box;
    accountNav: Box;
    accountItems: Box[];
    lineHeight: number;
    overflow: boolean;
  }>(MEASURE);
}

browserSuite("the header on a 360 px phone", {}, (suite) => {
  test("brand, sections on one line, then the person's links; whole items wrap; keyboard reaches each", async () => {
    const person = await createPerson(suite.t.ctx, "community_manager", undefined, "Responsable test");
    const page = await suite.page({ viewport: { width: 360, height: 740 } });
    await page.goto(`${suite.base}/connexion`);
    await page.getByLabel("Adresse e-mail").fill(person.email);
    await page.getByLabel("Mot de passe").fill(PASSWORD);
    await page.getByRole("button", { name: "Se connecter" }).click();
    await page.locator("input[name=code]").fill(currentTotp(person.totpSecret!));
    await page.locator("input[name=code]").press("Enter");
    // The public header, as a staff member sees it (the staff pages have the workspace's own).
    await page.goto(`${suite.base}/`);

    const layout = await boxes(page);
    assert.equal(layout.overflow, false, "nothing scrolls sideways");
    assert.equal(layout.sections.length, 3);
    for (const section of layout.sections.slice(1))
      assert.equal(section.top, layout.sections[0]!.top, "Accueil, Actualités and Avis side by side");
    assert.ok(
      layout.mainNav.top >= layout.brand.bottom - 1,
      "the sections under the brand, not squeezed beside it",
    );
    assert.ok(layout.accountNav.top >= layout.mainNav.bottom - 1, "the person's links on their own line");
    for (const item of layout.accountItems) {
      assert.ok(item.right <= 360 && item.left >= 0, "every link inside the screen");
      assert.ok(item.height < layout.lineHeight * 2, "no link broken over two lines");
    }

    // Keyboard, no script needed: skip link, brand, then each header link in reading order.
    const focused: string[] = [];
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press("Tab");
      focused.push(await page.evaluate<string>("document.activeElement.innerText.trim()"));
    }
    assert.deepEqual(focused.slice(2), [
      "Accueil",
      "Actualités",
      "Avis",
      "Espace équipe",
      "Notifications",
      "Responsable test",
    ]);
  });
});
