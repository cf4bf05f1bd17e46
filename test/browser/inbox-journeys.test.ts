import assert from "node:assert/strict";
import { test } from "node:test";
import type { Page } from "playwright-core";
import { saveCannedReply } from "../../src/features/inbox/canned-replies.ts";
import { currentTotp } from "../../src/platform/auth/totp.ts";
import { assertAccessible, browserSuite } from "../helpers/browser.ts";
import { staffActor, teamWith } from "../helpers/inbox.ts";
import { deliverMail } from "../helpers/mail.ts";
import { createPerson, PASSWORD } from "../helpers/people.ts";

/**
 * The inbox's journeys end to end, two people in two browsers: a member writes to the bank from
 * "Mes messages"; the advisor, inbox open, sees it arrive without reloading, answers with a
 * canned reply; the member reads the answer. The member then complains; the advisor confirms the
 * complaint, sends the dated acknowledgement and a final answer that partly rejects it, with the
 * remedies and the mediator inserted by the composer; the member finds the receipt in Mes messages.
 * axe-core checks every page on the way.
 */
browserSuite("the inbox's journeys in the browser", {}, (suite) => {
  async function signIn(page: Page, person: { email: string; totpSecret: string | null }) {
    await page.goto(`${suite.base}/connexion`);
    await page.getByLabel("Adresse e-mail").fill(person.email);
    await page.getByLabel("Mot de passe").fill(PASSWORD);
    await page.getByRole("button", { name: "Se connecter", exact: true }).click();
    if (person.totpSecret) {
      await page.waitForURL(/second-facteur/);
      await page.getByLabel(/Code à 6 chiffres/).fill(currentTotp(person.totpSecret));
      await page.getByRole("button", { name: "Valider" }).click();
      await page.waitForURL(/\/admin$/);
    }
  }

  test("a member writes, the advisor sees it live and answers with a canned reply; a complaint is acknowledged and answered with the mediator", async () => {
    const ctx = suite.t.ctx;
    const manager = await staffActor(ctx, "community_manager", "Inès Garcia");
    await saveCannedReply(ctx, manager, null, {
      shortcut: "carte",
      locale: "fr",
      title: "Carte bloquée",
      body: "Bonjour {prenom}, votre demande est bien prise en charge. {conseiller}",
    });
    const advisor = await createPerson(ctx, "advisor", undefined, "Claire Martin");
    await teamWith(ctx, "particuliers", [{ id: advisor.id }]);
    const member = await createPerson(ctx, "member", "julie.moreau@exemple.fr", "Julie Moreau");

    const desk = await suite.page();
    await signIn(desk, advisor);
    await desk.goto(`${suite.base}/admin/boite`);
    await desk.getByRole("heading", { name: "Boîte de réception", level: 1 }).waitFor();

    const home = await suite.page();
    await signIn(home, member);
    await home.goto(`${suite.base}/compte/messages`);
    await assertAccessible(home);
    await home.getByRole("link", { name: "Écrire à la banque" }).first().click();
    await home.getByLabel("Objet").fill("Carte refusée chez le boulanger");
    await home
      .getByLabel("Votre message")
      .fill("Bonjour, ma carte a été refusée ce matin, comment la débloquer ?");
    await assertAccessible(home);
    await home.getByRole("button", { name: "Envoyer mon message" }).click();
    await home.getByText("Votre message est envoyé.").waitFor();

    // The advisor's list follows without reloading.
    await desk.getByRole("link", { name: "Carte refusée chez le boulanger" }).click();
    await desk.getByRole("heading", { name: "Carte refusée chez le boulanger" }).waitFor();
    await desk.getByLabel("Réponse type").selectOption({ label: "/carte · Carte bloquée (FR)" });
    await desk.getByRole("button", { name: "Insérer" }).click();
    await desk.waitForFunction(
      () =>
        (document.getElementById("composer-body") as HTMLTextAreaElement | null)?.value ===
        "Bonjour Julie, votre demande est bien prise en charge. Claire Martin",
    );
    await desk.getByRole("button", { name: "Envoyer la réponse" }).click();
    await desk.getByText("Réponse envoyée.").waitFor();
    await assertAccessible(desk);

    // The member reads it in Mes messages (the e-mail only says an answer waits).
    await deliverMail(ctx);
    await home.goto(`${suite.base}/compte/messages`);
    await home.getByRole("link", { name: /Carte refusée chez le boulanger/ }).click();
    await home.getByText("votre demande est bien prise en charge").waitFor();
    await assertAccessible(home);

    // The member complains in the same conversation.
    await home
      .getByLabel("Votre message")
      .fill(
        "C'est inadmissible : trois jours sans carte et personne ne me rappelle. Je demande le remboursement des frais.",
      );
    await home.getByRole("button", { name: "Envoyer ma réponse" }).click();
    await home.getByText("inadmissible").first().waitFor();

    // The advisor confirms the complaint; the legal clocks appear with the acknowledgement to send.
    await desk.reload();
    await desk.getByLabel("Réclamation", { exact: true }).check();
    await desk.getByRole("button", { name: "Confirmer ce classement" }).click();
    await desk.getByRole("button", { name: "Envoyer l'accusé de réception" }).click();
    await desk
      .getByText(/Accusé de réception/)
      .first()
      .waitFor();
    await assertAccessible(desk);
    await desk.getByRole("link", { name: "Rédiger la réponse définitive" }).click();
    await desk.getByLabel("Issue de la réclamation").selectOption({ label: "partiellement fondée" });
    await desk
      .getByLabel("Réponse au client")
      .fill("Nous remboursons les frais de la carte de remplacement.");
    await desk.getByRole("button", { name: "Insérer les voies de recours et le médiateur" }).click();
    assert.match(await desk.getByLabel("Réponse au client").inputValue(), /édiat/);
    await desk.getByLabel("Produit").fill("Carte bancaire");
    await desk.getByLabel("Catégorie").fill("Moyens de paiement");
    await desk.getByLabel("Cause").fill("Blocage antifraude");
    await assertAccessible(desk);
    await desk.getByRole("button", { name: "Envoyer la réponse définitive" }).click();
    await desk.waitForURL(/\/admin\/boite\/\d+/);

    // The member finds the dated receipt of the complaint in Mes messages.
    await home.goto(`${suite.base}/compte/messages`);
    await home.getByRole("link", { name: /accusé de réception du/ }).click();
    await home.getByRole("heading", { name: /Accusé de réception — réclamation/ }).waitFor();
    await assertAccessible(home);
  });
});
