import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { Browser, Page } from "playwright-core";
import { DEMO_PASSWORD, DEMO_STAFF } from "../../src/demo/people.ts";
import { seedDemo } from "../../src/demo/seed.ts";
import { demoTotpCode } from "../../src/features/accounts/demo.ts";
import type { TestApp } from "../helpers/app.ts";
import {
  assertAccessible,
  browserSkipReason,
  closeServedApp,
  servedApp,
  visitorPage,
} from "../helpers/browser.ts";
import { createPerson, PASSWORD } from "../helpers/people.ts";

const skip = browserSkipReason();

describe("community journeys in the browser", { skip }, () => {
  let t: TestApp;
  let browser: Browser;
  let base: string;

  before(async () => {
    ({ t, browser, base } = await servedApp({}, (t) => seedDemo(t.ctx)));
  });
  after(() => closeServedApp({ t, browser }));

  async function newPage(locale = "fr-FR"): Promise<Page> {
    return visitorPage(browser, base, { locale });
  }

  async function signIn(page: Page, email: string, password: string) {
    await page.goto(`${base}/connexion`);
    await page.getByLabel("Adresse e-mail").fill(email);
    await page.getByLabel("Mot de passe").fill(password);
    await page.getByRole("button", { name: "Se connecter" }).click();
  }

  test("a visitor searches with and without accents, by keyboard, and opens a solved topic", async () => {
    const page = await newPage();
    await page.goto(base);
    await assertAccessible(page);
    await page.getByLabel("Rechercher dans la communauté").focus();
    await page.keyboard.type("penalites");
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/recherche\?q=penalites/);
    await assertAccessible(page);
    await page.getByRole("link", { name: /Remboursement anticipé partiel/ }).waitFor();

    await page.getByLabel("Rechercher dans la communauté").fill("carte à l'étranger");
    await page.getByRole("button", { name: "Rechercher" }).click();
    await page.getByRole("link", { name: /Paiement refusé à l'étranger/ }).click();
    await page.getByText("Réponse acceptée").first().waitFor();
    await page.getByText("Conseiller vérifié").first().waitFor();
    await assertAccessible(page);
  });

  test("a member asks, the demo advisor answers with TOTP, the asker accepts; solved in listings and search", async () => {
    const member = await createPerson(t.ctx, "member", "camille.question@exemple.fr");
    const asker = await newPage();
    await signIn(asker, member.email, PASSWORD);
    await asker.getByRole("link", { name: "Poser une question" }).click();
    await assertAccessible(asker);
    await asker.getByLabel("Catégorie").selectOption("epargne-et-placements");
    await asker.getByLabel("Titre").fill("Plafond du Livret A atteint, que faire des intérêts ?");
    await asker
      .getByLabel("Votre message")
      .fill("Mon livret est au plafond. Les intérêts de fin d'année sont-ils perdus ?");
    // Similar topics appear under the title as it is typed: let the list settle before clicking.
    await asker.locator("#similar-topics a").first().waitFor();
    await asker.waitForLoadState("networkidle").catch(() => {});
    await asker.getByRole("button", { name: "Publier" }).click();
    await asker.waitForURL(/\/t\/plafond-du-livret-a/);
    await asker
      .getByRole("heading", { name: "Plafond du Livret A atteint, que faire des intérêts ?" })
      .waitFor();
    await assertAccessible(asker);
    const topicUrl = asker.url();

    const advisorAccount = DEMO_STAFF.find((p) => p.role === "advisor")!;
    const advisor = await newPage();
    await signIn(advisor, advisorAccount.email, DEMO_PASSWORD);
    await advisor.waitForURL(/second-facteur/);
    await advisor.getByLabel(/Code à 6 chiffres/).fill((await demoTotpCode(t.ctx, advisorAccount.email))!);
    await advisor.getByRole("button", { name: "Valider" }).click();
    await advisor.waitForURL(/\/admin/);
    await advisor.goto(topicUrl);
    await advisor.getByText("Vous répondez au nom de la banque").waitFor();
    await assertAccessible(advisor);
    await advisor
      .getByLabel("Votre réponse")
      .fill("Bonjour, les intérêts sont bien versés même au-delà du plafond : rien n'est perdu.");
    await advisor.getByRole("button", { name: "Publier la réponse" }).click();
    await advisor.getByText("rien n'est perdu").waitFor();

    await asker.reload();
    await asker.getByText("Conseiller vérifié").waitFor();
    await asker.getByRole("button", { name: /Marquer comme la réponse/ }).click();
    await asker.getByText("Réponse acceptée").first().waitFor();
    await assertAccessible(asker);

    await asker.goto(`${base}/?liste=resolus`);
    await asker.getByRole("link", { name: /Plafond du Livret A atteint/ }).waitFor();
    await assertAccessible(asker);
    await asker.goto(`${base}/recherche?q=livret+plafond`);
    const hit = asker.locator("li", {
      has: asker.getByRole("link", { name: /Plafond du Livret A atteint/ }),
    });
    await hit.getByText("Résolu").waitFor();
  });

  test("in English too, the pages pass axe-core", async () => {
    const page = await newPage("en-GB");
    await page.goto(base);
    assert.equal(await page.getAttribute("html", "lang"), "en");
    await page.getByRole("link", { name: "Solved" }).first().click();
    await assertAccessible(page);
    await page.getByRole("link", { name: "Sécurité et fraude" }).first().click();
    await assertAccessible(page);
    await page.locator(".topic-list__title a").first().click();
    await assertAccessible(page);
    await page.goto(`${base}/recherche?q=credit`);
    await assertAccessible(page);
  });

  test("news, profiles, help, notifications and settings pass axe-core; a member marks a post useful by keyboard", async () => {
    for (const locale of ["fr-FR", "en-GB"]) {
      const page = await newPage(locale);
      for (const path of [
        "/actualites",
        "/aide/reputation",
        "/?liste=meilleurs-annee",
        "/recherche?q=carte&statut=resolu",
      ]) {
        await page.goto(`${base}${path}`);
        await assertAccessible(page);
      }
      await page.goto(`${base}/actualites`);
      await page.locator(".article-card h2 a").first().click();
      await page.locator("img.article-cover").waitFor();
      await assertAccessible(page);
      await page.locator(".comments .author__name").first().click();
      await page.waitForURL(/\/membres\/\d+$/);
      await assertAccessible(page);
      await page.goto(`${base}/?liste=resolus`);
      await page.locator(".topic-list__title a").first().click();
      await page.locator(".post__actions a[href$='/signaler']").first().click();
      await page.waitForURL(/\/signaler$/);
      await assertAccessible(page);
    }

    const member = await createPerson(t.ctx, "member");
    const page = await newPage();
    await signIn(page, member.email, PASSWORD);
    await page.goto(`${base}/?liste=resolus`);
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
      await page.goto(`${base}${path}`);
      await assertAccessible(page);
    }
  });

  test("with script: a reply appears without reloading, and live on another reader's page; @mentions are suggested", async () => {
    const writerPerson = await createPerson(t.ctx, "member", undefined, "Bérénice Direct");
    const writer = await newPage();
    await signIn(writer, writerPerson.email, PASSWORD);
    await writer.goto(`${base}/nouveau-sujet`);
    await writer.getByLabel("Titre").fill("Opposition carte");
    await writer.locator("#similar-topics a").first().waitFor();
    await assertAccessible(writer);
    await writer.getByLabel("Titre").fill("Application bloquée après la mise à jour 5");
    await writer.getByLabel("Votre message").fill("Depuis ce matin, impossible de me connecter.");
    await writer.getByRole("button", { name: /Publier/ }).click();
    await writer.waitForURL(/\/t\//);

    const reader = await newPage();
    await reader.goto(writer.url());
    await reader.waitForLoadState("networkidle").catch(() => {});

    const box = writer.getByLabel("Votre réponse");
    await box.fill("Merci @ber");
    await writer.getByRole("listbox", { name: "Membres à mentionner" }).waitFor();
    await box.press("ArrowDown");
    await box.press("Enter");
    assert.match(await box.inputValue(), new RegExp(`^Merci @berenice-direct-${writerPerson.id} $`));
    await box.fill("Réglé en réinstallant l'application.");
    const before = writer.url();
    await writer.getByRole("button", { name: "Publier la réponse" }).click();
    await writer.locator("#message-2").getByText("Réglé en réinstallant").waitFor();
    // The reply can show first through the live stream; the fresh reply box follows the post's answer.
    await writer.waitForFunction(
      () => (document.getElementById("field-body") as HTMLTextAreaElement | null)?.value === "",
    );
    assert.equal(writer.url(), before, "no reload");

    await reader.locator("#message-2").getByText("Réglé en réinstallant").waitFor();
    await assertAccessible(reader);
  });

  test("a member pastes an IBAN, a card and a phone number into a reply, sees what will be masked, and only the masked text is published", async () => {
    const member = await createPerson(t.ctx, "member");
    const page = await newPage();
    await signIn(page, member.email, PASSWORD);
    await page.goto(`${base}/?liste=sans-reponse`);
    await page.locator(".topic-list__title a").first().click();
    const topic = page.url();
    await page
      .getByLabel("Votre réponse")
      .fill("Mon IBAN FR76 3000 6000 0112 3456 7890 189, carte 4111 1111 1111 1111, tél. 06 12 34 56 78.");
    // With script, the warning appears while typing; without, when the form is sent.
    await page.locator(".masking-live").getByText("IBAN (numéro de compte) (1)").waitFor();
    await page.getByRole("button", { name: "Publier la réponse" }).click();
    const notice = page.locator("#masking-notice");
    await notice.getByText("Avant publication, nous masquerons ces données personnelles").waitFor();
    await notice.getByText("IBAN (numéro de compte) (1)").waitFor();
    await notice.getByText("numéro de carte bancaire (1)").waitFor();
    await notice.getByText("numéro de téléphone (1)").waitFor();
    await assertAccessible(page);
    await page.getByRole("button", { name: "Publier la réponse" }).click();
    await page.getByText("[IBAN masqué]").first().waitFor();
    const fresh = await newPage();
    await fresh.goto(topic);
    const html = await fresh.content();
    assert.match(html, /\[IBAN masqué\]/);
    assert.match(html, /\[téléphone masqué\]/);
    assert.match(html, /\[carte masquée\]/);
    assert.doesNotMatch(html, /FR76 3000|4111 1111|06 12 34 56 78/);
  });

  test("someone signing up as 'Conseiller Banque' is refused with a clear reason", async () => {
    const page = await newPage();
    await page.goto(`${base}/inscription`);
    await page.getByLabel("Adresse e-mail").fill("imposteur@exemple.fr");
    await page.getByLabel("Nom affiché").fill("Conseiller Banque");
    await page.getByLabel("Mot de passe").fill("une phrase de passe solide");
    await page.getByRole("button", { name: "Créer mon compte" }).click();
    await page
      .getByText(/parlez au nom de la banque/)
      .first()
      .waitFor();
    assert.equal(await page.getByLabel("Nom affiché").inputValue(), "Conseiller Banque");
    await assertAccessible(page);
  });
});
