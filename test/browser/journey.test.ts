import assert from "node:assert/strict";
import { test } from "node:test";
import type { Page } from "playwright-core";
import { currentTotp } from "../../src/platform/auth/totp.ts";
import { lastMailTo } from "../helpers/agent.ts";
import { assertAccessible, browserSkipReason, browserSuite } from "../helpers/browser.ts";
import { administrator, PASSWORD } from "../helpers/people.ts";

// One line in the run's output when the browser files are skipped (each file's suite says why too).
const skip = browserSkipReason();
if (skip) console.log(`# ${skip}`);

browserSuite("browser journeys", {}, (suite) => {
  /** Every page the journey visits goes through axe-core. */
  async function visit(page: Page, path: string) {
    await page.goto(suite.base + path);
    await assertAccessible(page);
  }

  async function adminPage(admin: { email: string; totpSecret: string }): Promise<Page> {
    const page = await suite.page();
    await visit(page, "/connexion");
    await page.getByLabel("Adresse e-mail").fill(admin.email);
    await page.getByLabel("Mot de passe", { exact: false }).first().fill(PASSWORD);
    await page.getByRole("button", { name: "Se connecter" }).click();
    await page.waitForURL(/second-facteur/);
    await assertAccessible(page);
    await page.getByLabel(/Code à 6 chiffres/).fill(currentTotp(admin.totpSecret));
    await page.getByRole("button", { name: "Valider" }).click();
    await page.waitForURL(/\/admin$/);
    await assertAccessible(page);
    return page;
  }

  test("a newcomer signs up, verifies through the Mailbox, signs in, switches language and signs out; an admin changes a role", async () => {
    const admin = await administrator(suite.t.ctx);
    const member = await (await suite.browser.newContext({ locale: "fr-FR" })).newPage();

    await visit(member, "/");
    await member.getByRole("button", { name: "Tout refuser" }).click();
    await member.getByRole("dialog").waitFor({ state: "detached" });
    await member.getByRole("link", { name: "Créer un compte" }).first().click();
    await assertAccessible(member);
    await member.getByLabel("Adresse e-mail").fill("nouveau.client@exemple.fr");
    await member.getByLabel("Nom affiché").fill("Nouveau Client");
    await member.getByLabel("Mot de passe").fill("azerty");
    await member.getByRole("button", { name: "Créer mon compte" }).click();
    // The rejected form keeps what was typed and says what to fix.
    await assertAccessible(member);
    assert.equal(await member.getByLabel("Adresse e-mail").inputValue(), "nouveau.client@exemple.fr");
    assert.ok(
      await member.getByText("Le mot de passe doit compter au moins 8 caractères.").first().isVisible(),
    );
    await member.getByLabel("Mot de passe").fill("une banque qui répond en public");
    await member.getByRole("button", { name: "Créer mon compte" }).click();
    await member.getByRole("heading", { name: "Vérifiez votre boîte e-mail" }).waitFor();
    await assertAccessible(member);

    // The administrator opens the demo Mailbox and reads the verification link.
    const staff = await adminPage(admin);
    await staff.getByRole("link", { name: "Boîte de réception de démonstration" }).click();
    await assertAccessible(staff);
    await staff
      .getByRole("link", { name: /Confirmez votre adresse e-mail/ })
      .first()
      .click();
    await assertAccessible(staff);
    const link = await staff.locator("a.mail-link").first().getAttribute("href");
    assert.ok(link?.includes("/inscription/verifier?jeton="));

    // HTML e-mails are held to the same accessibility rules as pages.
    const mail = await lastMailTo(suite.t.ctx.db, "nouveau.client@exemple.fr");
    const reader = await suite.page();
    await reader.setContent(mail.html ?? "");
    await assertAccessible(reader);
    await reader.close();

    await member.goto(link!);
    await member.getByRole("heading", { name: "Votre adresse e-mail est confirmée" }).waitFor();
    await assertAccessible(member);
    await member.getByRole("link", { name: "Se connecter" }).last().click();
    await member.getByLabel("Adresse e-mail").fill("nouveau.client@exemple.fr");
    await member.getByLabel("Mot de passe").fill("une banque qui répond en public");
    await member.getByRole("button", { name: "Se connecter" }).click();
    await member.getByRole("link", { name: /Nouveau Client/ }).click();
    await assertAccessible(member);

    await member.getByRole("button", { name: "English" }).click();
    await member.getByRole("heading", { name: "My account" }).waitFor();
    assert.equal(await member.getAttribute("html", "lang"), "en");
    await assertAccessible(member);
    await member.getByRole("button", { name: "Sign out" }).click();
    await member.getByText("You are signed out.").waitFor();
    await assertAccessible(member);

    // The administrator makes the newcomer an advisor.
    await staff.goto(`${suite.base}/admin/comptes?q=nouveau.client`);
    await assertAccessible(staff);
    await staff.getByLabel("Rôle de Nouveau Client").selectOption("advisor");
    await staff.getByRole("button", { name: /Changer.*Nouveau Client/ }).click();
    await staff.getByText("Le rôle a été changé").waitFor();
    await assertAccessible(staff);
    await staff.goto(`${suite.base}/admin/journal`);
    await staff.getByText("account.role_changed").first().waitFor();
    await assertAccessible(staff);
  });

  test("the other public pages pass axe-core, and the layout works at 360 px", async () => {
    const page = await suite.page({ viewport: { width: 360, height: 740 } });
    for (const path of [
      "/accessibilite",
      "/mentions-legales",
      "/confidentialite",
      "/mot-de-passe-oublie",
      "/connexion",
      "/page-absente",
    ]) {
      await visit(page, path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
      assert.equal(overflow, false, `${path} scrolls sideways at 360 px`);
    }
    await page.emulateMedia({ colorScheme: "dark" });
    await visit(page, "/");
  });
});
