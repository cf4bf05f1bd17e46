import assert from "node:assert/strict";
import { test } from "node:test";
import type { Page } from "playwright-core";
import { addDays, isoDay, parisDay } from "../../src/calendar/index.ts";
import { currentTotp } from "../../src/platform/auth/totp.ts";
import { assertAccessible, browserSuite } from "../helpers/browser.ts";
import { staffActor } from "../helpers/inbox.ts";
import { createPerson, PASSWORD } from "../helpers/people.ts";
import { barometerSurvey, type TestSurvey, waveOf } from "../helpers/surveys.ts";

/**
 * A survey as people live it: the community manager reads the editor, its preview and a wave's
 * public link; a visitor answers that link with the keyboard alone, page by page, leaves and
 * comes back to the same address, and sends. axe-core checks every page visited. (The e-mailed
 * invitation's journey is SURVEYS-DISTRIBUTION's.)
 */
const PUBLIC_KEY = "vague-clavier-0123456789";
let survey: TestSurvey;

browserSuite(
  "surveys in the browser",
  {
    prepare: async (t) => {
      const manager = await staffActor(t.ctx, "community_manager");
      survey = await barometerSurvey(t.ctx, manager.id);
      const today = parisDay(t.ctx.clock.now());
      await waveOf(t.ctx, survey, manager.id, {
        label: "Vague du clavier",
        opensOn: isoDay(addDays(today, -1)),
        closesOn: isoDay(addDays(today, 10)),
        publicKey: PUBLIC_KEY,
      });
    },
  },
  (suite) => {
    /** Presses Tab until the focused control is the one named (a question's `q<id>`, a button's text). */
    async function tabTo(page: Page, wanted: { name?: string; text?: string }, most = 80) {
      for (let i = 0; i < most; i++) {
        await page.keyboard.press("Tab");
        const [name, text] = await page.evaluate(() => {
          const element = document.activeElement as HTMLInputElement | null;
          return [element?.name ?? "", element?.textContent?.trim() ?? ""];
        });
        if ((wanted.name && name === wanted.name) || (wanted.text && text === wanted.text)) return;
      }
      assert.fail(`never reached ${JSON.stringify(wanted)} with Tab`);
    }
    const checkedValue = (page: Page, name: string) =>
      page.evaluate(
        (n) =>
          [...document.querySelectorAll<HTMLInputElement>(`input[name="${n}"]:checked`)].map((i) => i.value),
        name,
      );

    test("the community manager reads the editor, the preview and the wave's public link", async () => {
      const person = await createPerson(suite.t.ctx, "community_manager");
      const page = await suite.page();
      await page.goto(`${suite.base}/connexion`);
      await page.getByLabel("Adresse e-mail").fill(person.email);
      await page.getByLabel("Mot de passe").fill(PASSWORD);
      await page.getByRole("button", { name: "Se connecter" }).click();
      await page.waitForURL(/second-facteur/);
      await page.getByLabel(/Code à 6 chiffres/).fill(currentTotp(person.totpSecret!));
      await page.getByRole("button", { name: "Valider" }).click();
      await page.waitForURL(/\/admin$/);
      await page.getByRole("link", { name: "Questionnaires" }).first().click();
      await page.getByRole("heading", { name: "Questionnaires", level: 1 }).waitFor();
      await assertAccessible(page);
      // The survey's own link, in the list (the workspace's areas also name the barometer).
      await page.locator("#main").getByRole("link", { name: "Baromètre de confiance" }).click();
      await page.getByRole("heading", { name: "Vagues" }).waitFor();
      assert.ok(await page.getByText(`/sondages/${PUBLIC_KEY}`).isVisible());
      await assertAccessible(page);
      await page.getByRole("link", { name: "Aperçu de la version" }).click();
      await page.getByText("Rien n'est envoyé").waitFor();
      await assertAccessible(page);
    });

    test("a visitor answers the public link by keyboard, leaves, comes back and sends", async () => {
      const q = survey.questions;
      const page = await suite.page();
      await page.goto(`${suite.base}/sondages/${PUBLIC_KEY}`);
      await page.getByText("Ce questionnaire est anonyme").waitFor();
      await page.getByText(/sans déposer de cookie/).waitFor();
      await assertAccessible(page);
      await tabTo(page, { text: "Commencer" });
      await page.keyboard.press("Enter");
      await page.getByText("Page 1 sur 3").waitFor();
      await assertAccessible(page);
      const address = page.url();

      // Trust: the first choice gets the focus, the arrow moves to "Plutôt". NPS: 0, then right to 8.
      await tabTo(page, { name: `q${q.trust}` });
      await page.keyboard.press("ArrowDown");
      await tabTo(page, { name: `q${q.nps}` });
      for (let i = 0; i < 8; i++) await page.keyboard.press("ArrowRight");
      assert.deepEqual(await checkedValue(page, `q${q.trust}`), ["plutot"]);
      assert.deepEqual(await checkedValue(page, `q${q.nps}`), ["8"]);
      // Next without the satisfaction (optional): page 2.
      await tabTo(page, { text: "Page suivante" });
      await page.keyboard.press("Enter");
      await page.getByText("Page 2 sur 3").waitFor();
      await assertAccessible(page);

      // A box ticked with the space bar, then saved for later.
      await tabTo(page, { name: `q${q.channels}` });
      await page.keyboard.press("Space");
      await tabTo(page, { name: `q${q.comment}` });
      await page.keyboard.type("Réponses rapides sur la communauté.");
      await tabTo(page, { text: "Enregistrer et reprendre plus tard" });
      await page.keyboard.press("Enter");
      await page.getByRole("heading", { name: "Réponses enregistrées" }).waitFor();
      await assertAccessible(page);

      // Another browser at the same address: the answers are there.
      const later = await suite.page();
      await later.goto(address);
      await later.getByText("Page 2 sur 3").waitFor();
      assert.deepEqual(await checkedValue(later, `q${q.channels}`), ["agence"]);
      assert.equal(
        await later.locator(`textarea[name="q${q.comment}"]`).inputValue(),
        "Réponses rapides sur la communauté.",
      );
      await tabTo(later, { text: "Page suivante" });
      await later.keyboard.press("Enter");
      await later.getByText("Page 3 sur 3").waitFor();
      await assertAccessible(later);
      await tabTo(later, { name: "ageBand" });
      await later.keyboard.press("ArrowDown");
      await later.keyboard.press("ArrowDown");
      await tabTo(later, { text: "Envoyer mes réponses" });
      await later.keyboard.press("Enter");
      await later.getByRole("heading", { name: "Merci pour vos réponses" }).waitFor();
      await assertAccessible(later);

      const { rows } = await suite.t.ctx.database.pool.query(
        "select r.age_band, r.account_id, a.question_id, a.choice, a.choices, a.score, a.text from survey_answers a join survey_responses r on r.id = a.response_id order by a.question_id",
      );
      assert.deepEqual(
        rows.map((r) => r.choice ?? r.choices ?? r.score ?? r.text),
        ["plutot", 8, ["agence"], "Réponses rapides sur la communauté."],
      );
      assert.equal(rows[0].age_band, "25-34");
      assert.equal(rows[0].account_id, null);
    });
  },
);
