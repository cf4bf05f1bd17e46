import assert from "node:assert/strict";
import { test } from "node:test";
import type { Page } from "playwright-core";
import { showInPage } from "../../src/features/surveys/in-page-invitations.ts";
import { sendInvitations } from "../../src/features/surveys/invitations.ts";
import type { Actor } from "../../src/platform/auth/actor.ts";
import { lastMailTo } from "../helpers/agent.ts";
import { assertAccessible, browserSuite } from "../helpers/browser.ts";
import { createPerson, PASSWORD } from "../helpers/people.ts";

/**
 * A member answers a wave from the link e-mailed to them, by keyboard only: the e-mail, the
 * invitation's page, each question page and the thanks pass axe-core; the same link afterwards
 * says it was used.
 */
let link = "";

browserSuite(
  "survey invitation journey",
  {
    prepare: async (t) => {
      const manager = await createPerson(t.ctx, "community_manager");
      const member = await createPerson(t.ctx, "member", "margot.invitee@exemple.fr", "Margot Lenoir");
      const q = (text: string, params: unknown[]) => t.ctx.database.pool.query(text, params);
      const today = new Date().toLocaleDateString("sv-SE", { timeZone: "Europe/Paris" });
      const { rows: survey } = await q("insert into surveys (created_by) values ($1) returning id", [
        manager.id,
      ]);
      const { rows: version } = await q(
        `insert into survey_versions (survey_id, number, title_fr, title_en, mode, ask_profile, created_by)
         values ($1, 1, 'Baromètre de confiance', 'Trust barometer', 'anonymous', true, $2) returning id`,
        [survey[0].id, manager.id],
      );
      await q(
        `insert into survey_questions (version_id, position, kind, wording_fr, wording_en) values
         ($1, 1, 'trust', 'Faites-vous confiance à votre banque ?', 'Do you trust your bank?'),
         ($1, 2, 'nps', 'Recommanderiez-vous votre banque à un proche ?', 'Would you recommend your bank?')`,
        [version[0].id],
      );
      const { rows: wave } = await q(
        `insert into survey_waves (survey_id, version_id, label, opens_on, closes_on, created_by)
         values ($1, $2, 'Ce mois-ci', $3::date - 1, $3::date + 20, $4) returning id`,
        [survey[0].id, version[0].id, today, manager.id],
      );
      const actor = { id: manager.id, role: "community_manager" } as Actor;
      const sent = await sendInvitations(t.ctx, actor, Number(wave[0].id), {
        contacts: false,
        lists: [],
        tags: "",
        members: true,
        reminderDays: "",
      });
      assert.equal(sent.ok, true);
      assert.ok(member.id);
      assert.equal(await showInPage(t.ctx, actor, Number(wave[0].id), true), true);
      await createPerson(t.ctx, "member", "nadia.site@exemple.fr", "Nadia Roux");
    },
  },
  (suite) => {
    /** Presses Tab until the focused element matches, as a keyboard user would (at most 40 times). */
    async function tabTo(page: Page, selector: string) {
      for (let i = 0; i < 40; i++) {
        await page.keyboard.press("Tab");
        if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
      }
      assert.fail(`Tab never reached ${selector} on ${page.url()}`);
    }

    test("a member answers a wave from the e-mailed link by keyboard, and the link then says it was used", async () => {
      const mail = await lastMailTo(suite.t.ctx.db, "margot.invitee@exemple.fr");
      assert.equal(mail.subject, "Votre avis compte : Baromètre de confiance");
      link = mail.link!;
      assert.ok(link.startsWith(suite.base), link);

      const page = await suite.page();
      // The e-mail itself, as a page of its own.
      await page.setContent(mail.html!);
      await assertAccessible(page);

      await page.goto(link);
      await page.getByRole("heading", { level: 1, name: "Enquête : Baromètre de confiance" }).waitFor();
      assert.match((await page.locator("main").textContent()) ?? "", /Anonyme\./);
      await assertAccessible(page);
      await tabTo(page, "main button[type=submit]");
      await page.keyboard.press("Enter");

      // Page 1 of 2: the trust question and the NPS, chosen with the arrow keys.
      await page.waitForURL(/\/sondages\/reponse\//);
      await page.locator("#progress-label", { hasText: "Page 1 sur 2" }).waitFor();
      await assertAccessible(page);
      await tabTo(page, "input[type=radio]");
      await page.keyboard.press("Space");
      await page.keyboard.press("ArrowDown"); // « plutôt »
      await tabTo(page, "input[type=radio][value='0'], input[type=radio][value='10']");
      await page.keyboard.press("Space");
      await tabTo(page, "button[value=next]");
      await page.keyboard.press("Enter");

      // Page 2 of 2: the profile, all optional; sent as it is.
      await page.locator("#progress-label", { hasText: "Page 2 sur 2" }).waitFor();
      await assertAccessible(page);
      await tabTo(page, "button[value=submit]");
      await page.keyboard.press("Enter");
      await page.getByRole("heading", { level: 1, name: "Merci pour vos réponses" }).waitFor();
      await assertAccessible(page);

      const answers = await suite.t.ctx.database.pool.query(
        "select q.kind, a.choice, a.score from survey_answers a join survey_questions q on q.id = a.question_id order by q.position",
      );
      assert.equal(answers.rows.length, 2);
      assert.equal(answers.rows[0].kind, "trust");
      assert.equal(answers.rows[0].choice, "plutot");

      await page.goto(link);
      await page.getByRole("heading", { level: 1, name: "Vous avez déjà répondu" }).waitFor();
      await assertAccessible(page);
      await page.context().close();
    });

    test("a signed-in member meets the invitation above the header and declines it by keyboard, once for the wave", async () => {
      const page = await suite.page();
      await page.goto(`${suite.base}/connexion`);
      await page.getByLabel("Adresse e-mail").fill("nadia.site@exemple.fr");
      await page.getByLabel("Mot de passe").fill(PASSWORD);
      await page.getByRole("button", { name: "Se connecter" }).click();
      await page.waitForURL((url) => !url.pathname.startsWith("/connexion"));
      await page.goto(`${suite.base}/`);
      const banner = page.getByRole("complementary", { name: "Votre avis compte : Baromètre de confiance" });
      await banner.waitFor();
      await assertAccessible(page);
      await tabTo(page, "aside.survey-invitation button.link-button");
      await page.keyboard.press("Enter");
      await page.getByText("cette enquête ne vous sera plus proposée").waitFor();
      assert.equal(await page.locator("aside.survey-invitation").count(), 0);
      await page.reload();
      assert.equal(await page.locator("aside.survey-invitation").count(), 0, "once for the wave");
      await page.context().close();
    });
  },
);
