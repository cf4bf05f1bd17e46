import assert from "node:assert/strict";
import { test } from "node:test";
import type { Page } from "playwright-core";
import { publishReview } from "../../src/features/reviews/moderation.ts";
import { currentTotp } from "../../src/platform/auth/totp.ts";
import { lastMailTo } from "../helpers/agent.ts";
import { assertAccessible, browserSuite } from "../helpers/browser.ts";
import { staffActor, teamWith } from "../helpers/inbox.ts";
import { createPerson, PASSWORD } from "../helpers/people.ts";
import { today } from "../helpers/reviews.ts";

/**
 * Around a review, end to end: the community team invites a batch of clients from a CSV file;
 * a client follows the link in the e-mail and writes a review; once published, an advisor
 * answers it from the inbox, in public; a visitor reads the answer under the review and the page
 * that says how reviews are handled. axe-core checks every page on the way.
 */
browserSuite("reviews: invited by e-mail, answered from the inbox", {}, (suite) => {
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

  test("a client writes a review from the link e-mailed after an invitation, and an advisor answers it in public from the inbox", async () => {
    const ctx = suite.t.ctx;
    const advisor = await createPerson(ctx, "advisor", undefined, "Claire Martin");
    await teamWith(ctx, "particuliers", [{ id: advisor.id }]);

    const desk = await suite.page();
    await signIn(desk, await createPerson(ctx, "community_manager"));
    await desk.goto(`${suite.base}/admin/avis/invitations`);
    await desk.getByRole("heading", { name: "Invitations à donner un avis", level: 1 }).waitFor();
    await assertAccessible(desk);
    await desk.getByLabel("Fichier CSV (2 Mo au plus)").setInputFiles({
      name: "rendez-vous.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(
        `email;prenom;nom;date_experience;reference;produit\nlea.fontaine@exemple.fr;Léa;Fontaine;${today(ctx)};RDV-2231;banque-en-ligne\npas-une-adresse;Jean;Petit;${today(ctx)};RDV-2232;carte\n`,
      ),
    });
    await desk.getByLabel("Nom du lot").fill("Rendez-vous de la semaine");
    await desk.getByRole("button", { name: "Inviter tout le lot" }).click();
    await desk.getByText("1 client invité · 1 ligne refusée.").waitFor();
    await desk.getByText("adresse e-mail invalide").waitFor();
    await assertAccessible(desk);

    const mail = await lastMailTo(ctx.db, "lea.fontaine@exemple.fr");
    assert.match(mail.text, /Bonjour Léa,/);
    const client = await suite.page();
    await client.goto(mail.link!);
    await client.getByRole("heading", { name: "Donner mon avis" }).waitFor();
    await assertAccessible(client);
    await client.getByLabel("4 étoiles").check();
    await client.getByLabel("Titre de votre avis").fill("Une application claire et rapide");
    await client
      .locator("#field-body")
      .fill(
        "J'ai fait mes premiers virements depuis l'application en quelques minutes, tout est clair et bien expliqué. Merci.",
      );
    await client.getByRole("button", { name: "Envoyer mon avis" }).click();
    await client.getByRole("heading", { name: "Merci pour votre avis" }).waitFor();
    await assertAccessible(client);

    const { rows } = await ctx.database.pool.query(
      "select id from reviews where title = 'Une application claire et rapide'",
    );
    const reviewId = Number(rows[0].id);
    assert.ok(
      (await publishReview(ctx, await staffActor(ctx, "community_manager", "Camille Roy"), reviewId)).ok,
    );

    const inbox = await suite.page();
    await signIn(inbox, advisor);
    await inbox.goto(`${suite.base}/admin/boite`);
    await inbox.getByRole("link", { name: /Avis 4\/5 : Une application claire/ }).click();
    await inbox.getByRole("heading", { name: /Avis 4\/5 : Une application claire/ }).waitFor();
    await assertAccessible(inbox);
    await inbox
      .getByLabel("Votre réponse")
      .fill(
        "Merci pour ce retour ! Une nouvelle version de l'application arrive ce mois-ci, avec les virements programmés.",
      );
    await inbox.getByLabel("En public, là où il a écrit").check();
    await inbox.getByRole("button", { name: "Envoyer la réponse" }).click();
    await inbox.getByText("Réponse envoyée.").waitFor();
    await assertAccessible(inbox);

    const visitor = await suite.page();
    await visitor.goto(`${suite.base}/avis/${reviewId}`);
    await visitor.getByText("Une nouvelle version de l'application arrive ce mois-ci").waitFor();
    await visitor.getByText("Par Léa F.").waitFor();
    await assertAccessible(visitor);
    await visitor.goto(`${suite.base}/avis/fonctionnement`);
    await visitor.getByRole("heading", { name: "Comment nous traitons les avis", level: 1 }).waitFor();
    await assertAccessible(visitor);
  });
});
