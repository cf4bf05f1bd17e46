import assert from "node:assert/strict";
import { test } from "node:test";
import type { Page } from "playwright-core";
import { currentTotp } from "../../src/platform/auth/totp.ts";
import { assertAccessible, browserSuite, signInWithPassword } from "../helpers/browser.ts";
import { namedContent, SOLVED, UNANSWERED } from "../helpers/named-community.ts";
import { createPerson, PASSWORD } from "../helpers/people.ts";

browserSuite("community journeys in the browser", { prepare: namedContent }, (suite) => {
  const signIn = (page: Page, email: string, password: string) =>
    signInWithPassword(page, suite.base, email, password);

  test("a visitor searches with and without accents, by keyboard, and opens a solved topic", async () => {
    const page = await suite.page();
    await page.goto(suite.base);
    await assertAccessible(page);
    await page.getByLabel("Rechercher dans la communauté").focus();
    await page.keyboard.type("penalites");
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/recherche\?q=penalites/);
    await assertAccessible(page);
    await page.getByRole("link", { name: UNANSWERED }).waitFor();

    await page.getByLabel("Rechercher dans la communauté").fill("carte à l'étranger");
    await page.getByRole("button", { name: "Rechercher" }).click();
    await page.getByRole("link", { name: SOLVED }).click();
    await page.getByText("Réponse acceptée").first().waitFor();
    await page.getByText("Conseiller vérifié").first().waitFor();
    await assertAccessible(page);
  });

  test("a member asks, an advisor answers with TOTP, the asker accepts; solved in listings and search", async () => {
    const member = await createPerson(suite.t.ctx, "member", "camille.question@exemple.fr");
    const asker = await suite.page();
    await signIn(asker, member.email, PASSWORD);
    await asker.getByRole("link", { name: "Poser une question" }).click();
    await assertAccessible(asker);
    await asker.getByLabel("Catégorie").selectOption("epargne-et-placements");
    await asker.getByLabel("Titre").fill("Plafond du Livret A atteint, que faire des intérêts ?");
    await asker
      .getByLabel("Votre message")
      .fill("Mon livret est au plafond. Les intérêts de fin d'année sont-ils perdus ?");
    // Similar topics appear under the title once typed (one request, 600 ms after the last
    // keystroke): wait for them, so the list does not move the button as it is clicked.
    await asker.locator("#similar-topics a").first().waitFor();
    await asker.getByRole("button", { name: "Publier" }).click();
    await asker.waitForURL(/\/t\/plafond-du-livret-a/);
    await asker
      .getByRole("heading", { name: "Plafond du Livret A atteint, que faire des intérêts ?" })
      .waitFor();
    await assertAccessible(asker);
    const topicUrl = asker.url();

    const advisorAccount = await createPerson(suite.t.ctx, "advisor");
    const advisor = await suite.page();
    await signIn(advisor, advisorAccount.email, PASSWORD);
    await advisor.waitForURL(/second-facteur/);
    await advisor.getByLabel(/Code à 6 chiffres/).fill(currentTotp(advisorAccount.totpSecret!));
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

    await asker.goto(`${suite.base}/?liste=resolus`);
    await asker.getByRole("link", { name: /Plafond du Livret A atteint/ }).waitFor();
    await assertAccessible(asker);
    await asker.goto(`${suite.base}/recherche?q=livret+plafond`);
    const hit = asker.locator("li", {
      has: asker.getByRole("link", { name: /Plafond du Livret A atteint/ }),
    });
    await hit.getByText("Résolu").waitFor();
  });

  test("with script: a reply appears without reloading, and live on another reader's page; @mentions are suggested", async () => {
    const writerPerson = await createPerson(suite.t.ctx, "member", undefined, "Bérénice Direct");
    const writer = await suite.page();
    await signIn(writer, writerPerson.email, PASSWORD);
    await writer.goto(`${suite.base}/nouveau-sujet`);
    await writer.getByLabel("Titre").fill("Opposition carte");
    await writer.locator("#similar-topics a").first().waitFor();
    await assertAccessible(writer);
    await writer.getByLabel("Titre").fill("Application bloquée après la mise à jour 5");
    await writer.getByLabel("Votre message").fill("Depuis ce matin, impossible de me connecter.");
    await writer.getByRole("button", { name: /Publier/ }).click();
    await writer.waitForURL(/\/t\//);

    // The reader's page follows the topic once its live stream answers (the stream never ends, so
    // waiting for the network to go idle would only time out).
    const reader = await suite.page();
    const following = reader.waitForResponse((r) => new URL(r.url()).pathname.endsWith("/direct"));
    await reader.goto(writer.url());
    await following;

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
    const member = await createPerson(suite.t.ctx, "member");
    const page = await suite.page();
    await signIn(page, member.email, PASSWORD);
    await page.goto(`${suite.base}/?liste=sans-reponse`);
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
    const fresh = await suite.page();
    await fresh.goto(topic);
    const html = await fresh.content();
    assert.match(html, /\[IBAN masqué\]/);
    assert.match(html, /\[téléphone masqué\]/);
    assert.match(html, /\[carte masquée\]/);
    assert.doesNotMatch(html, /FR76 3000|4111 1111|06 12 34 56 78/);
  });

  test("someone signing up as 'Conseiller Banque' is refused with a clear reason", async () => {
    const page = await suite.page();
    await page.goto(`${suite.base}/inscription`);
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
