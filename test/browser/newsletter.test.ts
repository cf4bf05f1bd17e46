import assert from "node:assert/strict";
import { test } from "node:test";
import { Agent, lastMailTo } from "../helpers/agent.ts";
import { assertAccessible, browserSuite } from "../helpers/browser.ts";
import { someCategories } from "../helpers/community.ts";
import { createPerson, PASSWORD, signedIn } from "../helpers/people.ts";

/**
 * A visitor reads without being tracked, subscribes from the footer, confirms from the e-mail,
 * and nothing was ticked for them. axe-core checks every page visited.
 */
browserSuite(
  "newsletter and personal data in the browser",
  { prepare: (t) => someCategories(t.ctx) },
  (suite) => {
    test("a footer sign-up is confirmed from the e-mail, and nothing was ticked for the visitor", async () => {
      const page = await suite.page();
      await page.goto(suite.base);
      await assertAccessible(page);
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

      const mail = await lastMailTo(suite.t.ctx.db, "ines.lettre@exemple.fr");
      await page.goto(mail.link!);
      await assertAccessible(page);
      await page.getByRole("button", { name: "Je confirme mon inscription" }).click();
      await page.getByText("C'est confirmé").waitFor();
      await assertAccessible(page);
    });

    test("a member downloads all their data, then erases their account; their post reads 'Ancien membre'", async () => {
      const person = await createPerson(suite.t.ctx, "member", "remi.depart@exemple.fr", "Rémi Départ");
      const api = await signedIn(suite.t.app, person);
      await api.get("/nouveau-sujet");
      const topicPath = (
        await api.post("/nouveau-sujet", {
          category: "comptes-et-cartes",
          kind: "question",
          title: "Transférer mon PEA vers une autre banque",
          body: "Combien de temps prend le transfert ?",
        })
      ).headers.location as string;

      const page = await suite.page({ acceptDownloads: true });
      await page.goto(`${suite.base}/connexion`);
      await page.getByLabel("Adresse e-mail").fill(person.email);
      await page.getByLabel("Mot de passe").fill(PASSWORD);
      await page.getByRole("button", { name: "Se connecter" }).click();
      await page.goto(`${suite.base}/compte`);
      await page.getByRole("link", { name: "Mes données" }).first().click();
      await page.getByRole("heading", { name: "Mes données", exact: true }).waitFor();
      await assertAccessible(page);
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("link", { name: "Télécharger mes données (JSON)" }).click(),
      ]);
      const exported = JSON.parse(await streamText(await download.createReadStream()));
      assert.equal(exported.data.community_topics[0].title, "Transférer mon PEA vers une autre banque");
      assert.equal(exported.data.accounts[0].password_hash, undefined);

      await page.getByRole("link", { name: "Effacer mon compte" }).click();
      await assertAccessible(page);
      await page.getByLabel("Mot de passe").fill(PASSWORD);
      await page.getByLabel("Je comprends que la suppression est définitive.").check();
      await page.getByRole("button", { name: "Supprimer définitivement mon compte" }).click();
      await page.getByRole("heading", { name: "Votre compte est supprimé" }).waitFor();
      await assertAccessible(page);

      await page.goto(`${suite.base}${topicPath}`);
      await page.getByText("Ancien membre").first().waitFor();
      assert.equal(await page.getByText("Rémi Départ").count(), 0);
      await assertAccessible(page);
      assert.equal((await new Agent(suite.t.app).get(topicPath)).statusCode, 200);
    });
  },
);

async function streamText(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString("utf8");
}
