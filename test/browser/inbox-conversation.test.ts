import assert from "node:assert/strict";
import { test } from "node:test";
import type { Page } from "playwright-core";
import { saveCannedReply } from "../../src/features/inbox/canned-replies.ts";
import { receive, registerSource } from "../../src/features/inbox/index.ts";
import { currentTotp } from "../../src/platform/auth/totp.ts";
import { assertAccessible, browserSuite } from "../helpers/browser.ts";
import { staffActor, teamWith } from "../helpers/inbox.ts";
import { createPerson, PASSWORD } from "../helpers/people.ts";

/**
 * An advisor opens a conversation, inserts a canned reply (its variables filled), sends it and
 * sees it in the thread, in French and in English; axe-core checks each page on the way.
 */
const sent: string[] = [];
registerSource({
  name: "browser_conversation",
  publicReplies: false,
  deliver: async (_ctx, out) => {
    sent.push(out.body);
    return {};
  },
});

const WORDS = {
  "fr-FR": {
    email: "Adresse e-mail",
    password: "Mot de passe",
    signIn: "Se connecter",
    code: /Code à 6 chiffres/,
    confirm: "Valider",
    canned: "Réponse type",
    insert: "Insérer",
    reply: "Votre réponse",
    send: "Envoyer la réponse",
    sent: "Réponse envoyée.",
    greeting: "Bonjour Julie, Claire Martin vous répond.",
  },
  "en-GB": {
    email: "E-mail address",
    password: "Password",
    signIn: "Sign in",
    code: /6-digit code/,
    confirm: "Confirm",
    canned: "Canned reply",
    insert: "Insert",
    reply: "Your reply",
    send: "Send the reply",
    sent: "Reply sent.",
    greeting: "Bonjour Julie, Claire Martin vous répond.",
  },
} as const;

browserSuite("the inbox's conversation page in the browser", {}, (suite) => {
  async function signIn(
    page: Page,
    person: { email: string; totpSecret: string | null },
    words: (typeof WORDS)["fr-FR" | "en-GB"],
  ) {
    await page.goto(`${suite.base}/connexion`);
    await page.getByLabel(words.email).fill(person.email);
    await page.getByLabel(words.password).fill(PASSWORD);
    await page.getByRole("button", { name: words.signIn, exact: true }).click();
    await page.waitForURL(/second-facteur/);
    await page.getByLabel(words.code).fill(currentTotp(person.totpSecret!));
    await page.getByRole("button", { name: words.confirm }).click();
    await page.waitForURL(/\/admin$/);
  }

  test("an advisor inserts a canned reply and sends it, in French and in English", async () => {
    const ctx = suite.t.ctx;
    const manager = await staffActor(ctx, "community_manager", "Inès Garcia");
    await saveCannedReply(ctx, manager, null, {
      shortcut: "bonjour",
      locale: "fr",
      title: "Salutation",
      body: "Bonjour {prenom}, {conseiller} vous répond.",
    });
    for (const locale of ["fr-FR", "en-GB"] as const) {
      const words = WORDS[locale];
      const advisor = await createPerson(ctx, "advisor", undefined, "Claire Martin");
      await teamWith(ctx, `particuliers-${locale}`, [{ id: advisor.id }]);
      const { conversationId } = await receive(ctx, {
        source: "browser_conversation",
        threadKey: `browser-${locale}`,
        subject: `Carte bloquée (${locale})`,
        body: "Bonjour, ma carte est bloquée depuis ce matin, que faire ?",
        from: { email: `julie.${locale}@exemple.fr`, name: "Julie Moreau" },
        receivedAt: ctx.clock.now(),
        teamSlug: `particuliers-${locale}`,
      });
      const page = await suite.page({ locale });
      await signIn(page, advisor, words);
      await page.goto(`${suite.base}/admin/boite/${conversationId}`);
      await page.getByRole("heading", { name: `Carte bloquée (${locale})` }).waitFor();
      await assertAccessible(page);

      await page.getByLabel(words.canned).selectOption({ label: "/bonjour · Salutation (FR)" });
      await page.getByRole("button", { name: words.insert }).click();
      await page.waitForFunction(
        (text) => (document.getElementById("composer-body") as HTMLTextAreaElement | null)?.value === text,
        words.greeting,
      );
      await page.getByRole("button", { name: words.send }).click();
      await page.getByText(words.sent).waitFor();
      await page.locator(".inbox-message--outgoing").getByText(words.greeting).waitFor();
      await assertAccessible(page);
      assert.equal(sent.at(-1), words.greeting);
    }
  });

  test("without script, the insert button puts the canned reply in the composer", async () => {
    const ctx = suite.t.ctx;
    const advisor = await createPerson(ctx, "advisor", undefined, "Claire Martin");
    await teamWith(ctx, "sans-script", [{ id: advisor.id }]);
    const { conversationId } = await receive(ctx, {
      source: "browser_conversation",
      threadKey: "browser-no-script",
      subject: "Virement en attente",
      body: "Mon virement est en attente, pourquoi ?",
      from: { email: "julie.sans.script@exemple.fr", name: "Julie Moreau" },
      receivedAt: ctx.clock.now(),
      teamSlug: "sans-script",
    });
    const page = await suite.page({ javaScriptEnabled: false });
    await signIn(page, advisor, WORDS["fr-FR"]);
    await page.goto(`${suite.base}/admin/boite/${conversationId}`);
    await page.getByLabel("Réponse type").selectOption({ label: "/bonjour · Salutation (FR)" });
    await page.getByRole("button", { name: "Insérer" }).click();
    await page.waitForURL(/\/repondre$/);
    // axe-core runs as a script: it checks this page in the test above, with script on.
    assert.match(
      await page.locator("#composer-body").inputValue(),
      /^Bonjour Julie, Claire Martin vous répond\.$/,
    );
  });
});
