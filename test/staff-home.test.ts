import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { seedDemo } from "../src/demo/seed.ts";
import { authorAsActor } from "../src/features/accounts/restrictions.ts";
import { saveCampaign, submitCampaign } from "../src/features/newsletter/campaigns.ts";
import { askAsMember } from "../src/features/privacy/requests/requests.ts";
import { recordAudit } from "../src/platform/audit/service.ts";
import { startTestApp, type TestApp } from "./helpers/app.ts";
import { createPerson, signedIn } from "./helpers/people.ts";

const DAY = 86_400_000;
let t: TestApp;
const query = async (text: string, values: unknown[] = []) =>
  (await t.ctx.database.pool.query(text, values)).rows;
const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");

before(async () => {
  // First posts held, as in production: the demo's newcomers wait in the queue.
  t = await startTestApp({ env: { HELD_FIRST_POSTS: "1" } });
  await seedDemo(t.ctx);
});
after(() => t.close());

async function staffActor(role: Parameters<typeof createPerson>[1]) {
  const person = await createPerson(t.ctx, role);
  return { person, actor: { ...(await authorAsActor(t.ctx, person.id))!, secondFactorDone: true } };
}

describe("staff home", () => {
  test("each role sees the counts of what waits for it, and only those", async () => {
    const [held] = await query(`select count(*)::int as n from moderation_held_posts where status = 'held'`);
    const [reported] = await query(
      `select count(distinct post_id)::int as n from moderation_reports where status = 'open'`,
    );
    assert.ok(held.n > 0 && reported.n > 0, "the demo leaves work in the queue");

    // Two requests: one due in a few days, one past its due day; Julien's is in between.
    const member = (await authorAsActor(t.ctx, (await createPerson(t.ctx, "member")).id))!;
    const late = await askAsMember(t.ctx, member, { kind: "erasure", details: "", locale: "fr" });
    assert.ok(late.ok);
    await query(`update privacy_requests set received_at = $1 where id = $2`, [
      new Date(Date.now() - 45 * DAY),
      late.request.id,
    ]);
    await query(
      `update privacy_requests set received_at = $1 where email = 'julien@demo.confiance.example'`,
      [new Date(Date.now() - 27 * DAY)],
    );

    const writer = await staffActor("community_manager");
    const written = await saveCampaign(t.ctx, writer.actor, null, {
      subjectFr: "Nouveautés de l'application",
      bodyFr: "Voici ce qui change ce mois-ci.",
      subjectEn: "What's new in the app",
      bodyEn: "Here is what changes this month.",
      listIds: [],
      tags: [],
    });
    assert.ok(written.ok);
    await submitCampaign(t.ctx, writer.actor, written.value);

    const home = async (person: { email: string; totpSecret: string | null }) =>
      text((await (await signedIn(t.app, person)).get("/admin")).body);

    const moderator = await home((await staffActor("community_manager")).person);
    assert.match(moderator, new RegExp(`${held.n} messages? retenus? à relire`));
    assert.match(moderator, new RegExp(`${reported.n} messages? signalés?`));
    assert.match(moderator, /Aucun recours/);
    assert.match(moderator, /1 lettre attend votre approbation/, "someone else's letter to approve");
    assert.doesNotMatch(moderator, /demandes? sur les données en cours/);
    for (const area of ["Invitations à donner un avis", "Conformité des avis", "Baromètre de confiance"])
      assert.match(moderator, new RegExp(area), `the community team reaches « ${area} »`);

    assert.match(
      await home(writer.person),
      /Aucune lettre n'attend votre approbation/,
      "not one's own letter",
    );

    const dpo = await home((await staffActor("dpo")).person);
    assert.match(dpo, /2 demandes sur les données en cours/);
    assert.match(dpo, /1 demande à rendre dans les 7 jours/);
    assert.match(dpo, /1 demande en retard/);
    assert.doesNotMatch(dpo, /retenus? à relire|lettres? attend/);

    const advisor = await home((await staffActor("advisor")).person);
    assert.doesNotMatch(advisor, /Ce qui vous attend|retenu|demande|arrivent avec les prochaines versions/);
    assert.match(advisor, /Répondre dans la communauté/);
    assert.match(advisor, /« Conseiller vérifié »/);
    const [unanswered] = await query(
      `select count(*)::int as n from community_topics
        where kind = 'question' and reply_count = 0 and deleted_at is null`,
    );
    assert.ok(unanswered.n > 0);
    assert.match(advisor, new RegExp(`${unanswered.n} questions? attend`));
  });
});

describe("audit log wording", () => {
  test("actions in words, people by name, subjects readable: no raw code alone, no 'person #null'", async () => {
    const admin = await createPerson(t.ctx, "administrator", undefined, "Inès Martin");
    const dpo = await staffActor("dpo");
    await recordAudit(t.ctx.db, {
      actorId: dpo.actor.id,
      actorRole: "dpo",
      action: "privacy.consents_viewed",
      subjectType: "person",
      subjectId: null,
      details: { email: "claire@demo.confiance.example" },
    });
    const agent = await signedIn(t.app, admin);
    const page = (await agent.get("/admin/journal")).body;
    assert.doesNotMatch(page, /#null|person #|\bnull\b/);
    assert.match(text(page), /Preuves de consentement consultées/);
    assert.match(text(page), /Personne : claire@demo\.confiance\.example/);
    assert.match(text(page), /dpo test \(Délégué/i);
    assert.match(text(page), /Compte : Inès Martin/, "her own sign-in names her account");
    assert.match(text(page), /Contacts importés/);
    // Each row's first line is a sentence, never the bare code.
    const rows = [...page.matchAll(/<tr>\s*<td>[^<]*<\/td>\s*<td>([^<]*)<br/g)].map((m) => m[1]!.trim());
    assert.ok(rows.length > 10);
    assert.deepEqual(
      rows.filter((label) => /^[a-z_]+\.[a-z_]+$/.test(label)),
      [],
    );

    const accounts = text((await agent.get("/admin/comptes")).body);
    assert.doesNotMatch(accounts, /Équipe de Inès|Rôle de Inès|de Administration/);
    const team = await createPerson(t.ctx, "advisor", undefined, "Olivier Test");
    assert.ok(team);
    assert.match(text((await agent.get("/admin/comptes")).body), /Équipe d'Olivier Test/);
  });
});
