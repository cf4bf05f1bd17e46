import assert from "node:assert/strict";
import { test } from "node:test";
import type { Page } from "playwright-core";
import { currentTotp } from "../../src/platform/auth/totp.ts";
import { lastMailTo } from "../helpers/agent.ts";
import { assertAccessible, browserSuite } from "../helpers/browser.ts";
import { createPerson, PASSWORD } from "../helpers/people.ts";
import { invitation } from "../helpers/reviews.ts";

/**
 * Reviews as people live them: a client writes from an invitation link (a short text first: the
 * message says so and nothing typed is lost), a moderator publishes it from the queue, and a
 * visitor reads /avis with the keyboard alone: filters, the review's own page. axe-core checks
 * every page visited.
 */
browserSuite("reviews in the browser", {}, (suite) => {
  async function signIn(page: Page, person: { email: string; totpSecret: string | null }) {
    await page.goto(`${suite.base}/connexion`);
    await page.getByLabel("Adresse e-mail").fill(person.email);
    await page.getByLabel("Mot de passe").fill(PASSWORD);
    await page.getByRole("button", { name: "Se connecter" }).click();
    if (person.totpSecret) {
      await page.waitForURL(/second-facteur/);
      await page.getByLabel(/Code à 6 chiffres/).fill(currentTotp(person.totpSecret));
      await page.getByRole("button", { name: "Valider" }).click();
      await page.waitForURL(/\/admin$/);
    }
  }

  /** Presses Tab until the focused element is the one asked for (by its accessible text), or fails. */
  async function tabTo(page: Page, matches: (text: string, tag: string) => boolean, most = 120) {
    for (let i = 0; i < most; i++) {
      await page.keyboard.press("Tab");
      const [text, tag] = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        const label = element?.id ? document.querySelector(`label[for="${element.id}"]`)?.textContent : "";
        return [`${label ?? ""} ${element?.textContent ?? ""}`.trim(), element?.tagName ?? ""];
      });
      if (matches(text, tag)) return;
    }
    assert.fail("the element was never reached with Tab");
  }

  test("a client writes from an invitation, a moderator publishes, a visitor reads /avis by keyboard", async () => {
    const token = await invitation(suite.t.ctx, {
      product: "epargne",
      firstName: "Inès",
      lastName: "Moreau",
    });
    const client = await suite.page();
    await client.goto(`${suite.base}/avis/invitation/${token}`);
    await client.getByRole("heading", { name: "Donner mon avis" }).waitFor();
    await assertAccessible(client);
    await client.getByLabel("4 étoiles").check();
    await client.getByLabel("Conseil").selectOption("5");
    await client.getByLabel("Titre de votre avis").fill("Un livret ouvert en dix minutes");
    await client.locator("#field-body").fill("Rapide et clair.");
    await client.getByRole("button", { name: "Envoyer mon avis" }).click();
    await client.getByText("Votre avis est trop court").first().waitFor();
    assert.equal(
      await client.getByLabel("Titre de votre avis").inputValue(),
      "Un livret ouvert en dix minutes",
    );
    await assertAccessible(client);
    await client
      .locator("#field-body")
      .fill("Rapide et clair : ma conseillère a ouvert mon livret en dix minutes et m'a tout expliqué.");
    await client.getByRole("button", { name: "Envoyer mon avis" }).click();
    await client.getByRole("heading", { name: "Merci pour votre avis" }).waitFor();
    await assertAccessible(client);

    const moderator = await suite.page();
    await signIn(moderator, await createPerson(suite.t.ctx, "community_manager"));
    await moderator.goto(`${suite.base}/moderation/avis`);
    await assertAccessible(moderator);
    await moderator.getByRole("link", { name: "Un livret ouvert en dix minutes" }).click();
    await moderator.getByText("Avis vérifié").first().waitFor();
    await assertAccessible(moderator);
    await moderator.getByRole("button", { name: "Publier l'avis" }).click();
    await moderator.getByText("Avis publié.").waitFor();
    await assertAccessible(moderator);

    const visitor = await suite.page();
    await visitor.goto(`${suite.base}/avis`);
    await visitor.getByRole("heading", { name: "Avis de nos clients" }).waitFor();
    await visitor.getByText("4 sur 5").first().waitFor();
    await assertAccessible(visitor);
    // Filters with the keyboard alone: the subject list, then the button.
    await tabTo(visitor, (text, tag) => tag === "SELECT" && text.startsWith("Sujet"));
    for (let i = 0; i < 3; i++) await visitor.keyboard.press("ArrowDown");
    assert.equal(await visitor.locator("#filter-product").inputValue(), "epargne");
    await tabTo(visitor, (text, tag) => tag === "BUTTON" && text === "Afficher");
    await visitor.keyboard.press("Enter");
    await visitor.waitForURL(/\/avis\?produit=epargne/);
    await assertAccessible(visitor);
    await tabTo(visitor, (text, tag) => tag === "A" && text === "Un livret ouvert en dix minutes");
    await visitor.keyboard.press("Enter");
    await visitor.getByRole("heading", { level: 1, name: "Un livret ouvert en dix minutes" }).waitFor();
    await visitor.getByText("Par Inès M.").waitFor();
    await assertAccessible(visitor);
    await tabTo(visitor, (text, tag) => tag === "A" && text === "Retour aux avis");
    await visitor.keyboard.press("Enter");
    await visitor.waitForURL(/\/avis$/);
  });

  test("a refused review: the moderator picks a reason, the author reads the statement and corrects it", async () => {
    const token = await invitation(suite.t.ctx, { email: "rachid.benali@exemple.fr", firstName: "Rachid" });
    const author = await suite.page();
    await author.goto(`${suite.base}/avis/invitation/${token}`);
    await author.getByLabel("2 étoiles").check();
    await author.getByLabel("Titre de votre avis").fill("Une autre banque m'a mieux reçu");
    await author
      .locator("#field-body")
      .fill("Chez la banque d'en face, on m'a reçu en dix minutes ; ici, il a fallu trois semaines.");
    await author.getByRole("button", { name: "Envoyer mon avis" }).click();
    await author.getByRole("heading", { name: "Merci pour votre avis" }).waitFor();

    const moderator = await suite.page();
    await signIn(moderator, await createPerson(suite.t.ctx, "community_manager"));
    await moderator.goto(`${suite.base}/moderation/avis`);
    await moderator.getByRole("link", { name: "Une autre banque m'a mieux reçu" }).click();
    await moderator.getByLabel("Motif").selectOption("competitor");
    await moderator
      .getByLabel("Explication pour l'auteur")
      .fill("Décrivez votre expérience avec nous, sans comparer à une autre enseigne.");
    await moderator.getByRole("button", { name: "Refuser l'avis" }).click();
    await moderator.getByText("Avis refusé : l'auteur en reçoit le motif.").waitFor();
    await moderator.goto(`${suite.base}/moderation/avis/reglages`);
    await assertAccessible(moderator);

    const statement = await lastMailTo(suite.t.ctx.db, "rachid.benali@exemple.fr");
    assert.match(statement.subject, /Votre avis n'a pas été publié/);
    await author.goto(statement.link!);
    await author.getByRole("heading", { name: "Motif du refus" }).waitFor();
    await author.getByText(/Mention d'un concurrent/).waitFor();
    await assertAccessible(author);
    await author
      .locator("#field-body")
      .fill(
        "Il a fallu trois semaines pour obtenir un rendez-vous : c'est bien trop long pour un simple prêt.",
      );
    await author.getByRole("button", { name: "Corriger et renvoyer" }).click();
    await author.getByText("Votre avis est enregistré.").waitFor();
    await author.getByText("En attente de vérification").waitFor();
    await assertAccessible(author);
  });
});
