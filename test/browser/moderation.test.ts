import assert from "node:assert/strict";
import { test } from "node:test";
import type { Page } from "playwright-core";
import { currentTotp } from "../../src/platform/auth/totp.ts";
import { lastMailTo } from "../helpers/agent.ts";
import { assertAccessible, browserSuite } from "../helpers/browser.ts";
import { someCategories } from "../helpers/community.ts";
import { createPerson, PASSWORD } from "../helpers/people.ts";

/**
 * The safety loop as people live it: a new member's first post waits, a moderator approves it,
 * a visitor without an account reports it as illegal, the moderator hides it with reasons, and
 * the author reads the statement of reasons and appeals. axe-core checks every page visited.
 */
browserSuite(
  "moderation in the browser",
  { env: { HELD_FIRST_POSTS: "1" }, prepare: (t) => someCategories(t.ctx) },
  (suite) => {
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

    test("held first post approved, reported by a visitor, hidden with reasons, appealed by its author", async () => {
      const member = await createPerson(suite.t.ctx, "member", "nadia.nouvelle@exemple.fr", "Nadia Nouvelle");
      const author = await suite.page();
      await signIn(author, member);
      await author.getByRole("link", { name: "Poser une question" }).click();
      await author.getByLabel("Catégorie").selectOption("comptes-et-cartes");
      await author.getByLabel("Titre").fill("Mon conseiller ne me rappelle jamais");
      await author.getByLabel("Votre message").fill("Trois messages sans réponse, que faire ?");
      await author.getByRole("button", { name: "Publier" }).click();
      await author.waitForURL(/\/compte\/moderation$/);
      await author.getByText(/Votre message sera publié dès qu'un modérateur/).waitFor();
      await author.getByText("En attente de relecture", { exact: true }).waitFor();
      await assertAccessible(author);

      const manager = await createPerson(suite.t.ctx, "community_manager");
      const moderator = await suite.page();
      await signIn(moderator, manager);
      await moderator.goto(`${suite.base}/moderation`);
      await moderator.getByText("Premier message d'un nouveau membre").waitFor();
      await assertAccessible(moderator);
      await moderator.getByRole("link", { name: /Examiner \(Message retenu/ }).click();
      await assertAccessible(moderator);
      await moderator.getByRole("button", { name: "Approuver et publier" }).click();
      await moderator.getByText("Le message est publié sous le nom de son auteur.").waitFor();

      const visitor = await suite.page();
      await visitor.goto(suite.base);
      await visitor.getByRole("link", { name: "Mon conseiller ne me rappelle jamais" }).click();
      await assertAccessible(visitor);
      await visitor.getByRole("link", { name: /Signaler \(message n° 1\)/ }).click();
      await assertAccessible(visitor);
      await visitor.getByLabel("Explication").fill("Ce message met en cause un salarié identifiable.");
      await visitor.getByLabel("Votre adresse e-mail").fill("temoin.navigateur@exemple.fr");
      await visitor.getByRole("button", { name: "Envoyer le signalement" }).click();
      await visitor.getByRole("heading", { name: "Signalement reçu" }).waitFor();
      await assertAccessible(visitor);

      await moderator.goto(`${suite.base}/moderation`);
      await moderator
        .getByRole("link", { name: /Examiner \(Mon conseiller ne me rappelle jamais\)/ })
        .click();
      await assertAccessible(moderator);
      await moderator.getByLabel(/Le masquer/).check();
      await moderator.getByLabel("Règle appliquée").selectOption("abuse");
      await moderator
        .getByLabel("Motifs, envoyés à l'auteur")
        .fill("Le message vise une personne identifiable.");
      await moderator.getByRole("button", { name: "Décider" }).click();
      await moderator.getByText(/l'auteur a reçu les motifs/).waitFor();
      await assertAccessible(moderator);

      const statement = await lastMailTo(suite.t.ctx.db, member.email);
      assert.match(statement.subject, /Décision de modération/);
      await author.goto(statement.link!);
      await author.getByText("Votre message a été masqué.").waitFor();
      await author.getByText("Par un modérateur, une personne de l'équipe.").waitFor();
      await assertAccessible(author);
      await author
        .getByLabel("Pourquoi contestez-vous cette décision ?")
        .fill("Je ne nomme personne ; je décris des appels restés sans réponse.");
      await author.getByRole("button", { name: "Envoyer mon recours" }).click();
      await author.getByText("Recours en cours d'examen").waitFor();
      await assertAccessible(author);

      await moderator.goto(`${suite.base}/moderation`);
      await moderator.getByRole("link", { name: /Examiner \(Recours/ }).click();
      await moderator.getByText("un autre modérateur doit examiner ce recours", { exact: false }).waitFor();
      await assertAccessible(moderator);

      const english = await suite.page({ locale: "en-GB" });
      await english.goto(`${suite.base}/transparence`);
      await english.getByRole("heading", { name: "Transparency report" }).waitFor();
      await assertAccessible(english);
    });
  },
);
