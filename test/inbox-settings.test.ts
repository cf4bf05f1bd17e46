import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { receive, registerSource } from "../src/features/inbox/index.ts";
import type { Actor } from "../src/platform/auth/actor.ts";
import type { Agent } from "./helpers/agent.ts";
import { startTestApp, type TestApp } from "./helpers/app.ts";
import { staffActor, teamWith } from "./helpers/inbox.ts";
import { createPerson, signedIn } from "./helpers/people.ts";

/**
 * The inbox's settings through their pages: teams and members, approvals, service-level targets
 * and opening hours (each refused form keeps what was typed), the due times they give a new
 * conversation across a public holiday, and an advisor's own availability.
 */
registerSource({ name: "test_settings", publicReplies: false, deliver: async () => ({}) });

let t: TestApp;
let manager: Agent;
let advisorAgent: Agent;
let claire: Actor;
let hugo: Actor;
let teamId: number;

before(async () => {
  t = await startTestApp();
  manager = await signedIn(t.app, await createPerson(t.ctx, "community_manager"));
  const advisorPerson = await createPerson(t.ctx, "advisor", undefined, "Claire Martin");
  advisorAgent = await signedIn(t.app, advisorPerson);
  claire = { ...(await staffActor(t.ctx, "advisor", "Inutile")), id: advisorPerson.id };
  hugo = await staffActor(t.ctx, "advisor", "Hugo Bernard");
  teamId = await teamWith(t.ctx, "particuliers", [{ id: claire.id }, { id: hugo.id }]);
});
after(() => t.close());

const rows = async (query: string, params: unknown[] = []) =>
  (await t.ctx.database.pool.query(query, params)).rows;
const auditActions = async () =>
  (await rows("select action from audit_log order by id")).map((r) => r.action);

/** Every target of the form, with the ones given overriding the defaults typed here. */
function targetsForm(over: Record<string, string> = {}): Record<string, string> {
  const form: Record<string, string> = {};
  for (const priority of ["low", "normal", "high", "urgent"])
    for (const [kind, hours] of [
      ["first", "4"],
      ["next", "9"],
      ["resolution", "45"],
    ] as const) {
      form[`${kind}-${priority}-h`] = hours;
      form[`${kind}-${priority}-m`] = "0";
    }
  return { ...form, ...over };
}

test("a team is created with its names, renamed, and refused with what was typed kept", async () => {
  await manager.get("/admin/boite/reglages");
  const refused = await manager.post("/admin/boite/reglages/equipes", {
    slug: "Crédit Immo",
    nameFr: "Crédit immobilier",
    nameEn: "",
  });
  assert.equal(refused.statusCode, 422);
  assert.match(refused.body, /value="Crédit Immo"/);
  assert.match(refused.body, /value="Crédit immobilier"/);
  assert.match(refused.body, /Écrivez l&#39;identifiant en minuscules|Écrivez l'identifiant en minuscules/);
  assert.match(refused.body, /Écrivez le nom de l(&#39;|')équipe/);

  const created = await manager.post("/admin/boite/reglages/equipes", {
    slug: "credit-immobilier",
    nameFr: "Crédit immobilier",
    nameEn: "Mortgages",
  });
  assert.equal(created.statusCode, 303);
  const [team] = await rows("select * from inbox_teams where slug = 'credit-immobilier'");
  assert.equal(created.headers.location, `/admin/boite/reglages/equipes/${team.id}`);
  const again = await manager.post("/admin/boite/reglages/equipes", {
    slug: "credit-immobilier",
    nameFr: "Autre",
    nameEn: "Other",
  });
  assert.equal(again.statusCode, 422);
  assert.match(again.body, /déjà cet identifiant/);

  await manager.get(`/admin/boite/reglages/equipes/${team.id}`);
  const renamed = await manager.post(`/admin/boite/reglages/equipes/${team.id}`, {
    nameFr: "Crédit immobilier et prêts",
    nameEn: "Mortgages and loans",
  });
  assert.equal(renamed.statusCode, 303);
  assert.equal(
    (await rows("select name_fr from inbox_teams where id = $1", [team.id]))[0].name_fr,
    "Crédit immobilier et prêts",
  );
  assert.ok((await auditActions()).includes("inbox.team_renamed"));
});

test("members: only staff who may work the inbox are added; availability and capacity are set, capacity checked", async () => {
  const member = await createPerson(t.ctx, "member");
  const dpo = await createPerson(t.ctx, "dpo");
  const page = await manager.get(`/admin/boite/reglages/equipes/${teamId}`);
  assert.equal(page.statusCode, 200);
  for (const who of [member, dpo]) {
    const refused = await manager.post(`/admin/boite/reglages/equipes/${teamId}/membres`, {
      accountId: String(who.id),
      capacity: "10",
    });
    assert.equal(refused.statusCode, 422, `a ${who.role} is no inbox worker`);
  }
  const newcomer = await staffActor(t.ctx, "advisor", "Nina Petit");
  const badCapacity = await manager.post(`/admin/boite/reglages/equipes/${teamId}/membres`, {
    accountId: String(newcomer.id),
    capacity: "mille",
  });
  assert.equal(badCapacity.statusCode, 422);
  assert.match(badCapacity.body, /value="mille"/);
  const added = await manager.post(`/admin/boite/reglages/equipes/${teamId}/membres`, {
    accountId: String(newcomer.id),
    capacity: "12",
  });
  assert.equal(added.statusCode, 303);
  const changed = await manager.post(`/admin/boite/reglages/equipes/${teamId}/membres/${newcomer.id}`, {
    capacity: "3",
  });
  assert.equal(changed.statusCode, 303);
  const [row] = await rows(
    "select available, capacity from inbox_team_members where team_id = $1 and account_id = $2",
    [teamId, newcomer.id],
  );
  assert.deepEqual({ ...row }, { available: false, capacity: 3 }, "an unticked box is unavailable");
  const tooMany = await manager.post(`/admin/boite/reglages/equipes/${teamId}/membres/${newcomer.id}`, {
    available: "1",
    capacity: "501",
  });
  assert.equal(tooMany.statusCode, 422);
  assert.match(tooMany.body, /id="field-capacity-\d+-error"/);
  const removed = await manager.post(
    `/admin/boite/reglages/equipes/${teamId}/membres/${newcomer.id}/retirer`,
  );
  assert.equal(removed.statusCode, 303);
  assert.equal(
    (await manager.post(`/admin/boite/reglages/equipes/${teamId}/membres/${newcomer.id}/retirer`)).statusCode,
    404,
  );
  const actions = await auditActions();
  for (const action of ["inbox.member_added", "inbox.member_changed", "inbox.member_removed"])
    assert.ok(actions.includes(action), action);
});

test("an advisor's replies are set to wait for approval by a checkbox, and lifted the same way", async () => {
  await manager.get("/admin/boite/reglages");
  const set = await manager.post("/admin/boite/reglages/approbation", {
    shown: String(hugo.id),
    needsApproval: String(hugo.id),
  });
  assert.equal(set.statusCode, 303);
  assert.equal(
    (await rows("select needs_approval from inbox_advisors where account_id = $1", [hugo.id]))[0]
      .needs_approval,
    true,
  );
  await manager.post("/admin/boite/reglages/approbation", { shown: String(hugo.id) });
  assert.equal(
    (await rows("select needs_approval from inbox_advisors where account_id = $1", [hugo.id]))[0]
      .needs_approval,
    false,
  );
  const actions = await auditActions();
  assert.ok(actions.includes("inbox.approval_required") && actions.includes("inbox.approval_lifted"));
});

test("service-level targets are typed in hours and minutes, refused with every typed value kept, and stored in minutes", async () => {
  await manager.get(`/admin/boite/reglages/equipes/${teamId}`);
  const refused = await manager.post(
    `/admin/boite/reglages/equipes/${teamId}/niveaux`,
    targetsForm({
      "first-normal-h": "deux",
      "next-high-m": "75",
      "resolution-low-h": "1",
      "first-urgent-h": "0",
      "first-urgent-m": "0",
    }),
  );
  assert.equal(refused.statusCode, 422);
  assert.match(refused.body, /name="first-normal-h"[^>]*value="deux"/);
  assert.match(refused.body, /name="next-high-m"[^>]*value="75"/);
  assert.match(refused.body, /Un délai ne peut pas être nul/);
  assert.match(refused.body, /La résolution ne peut pas être due avant la première réponse/);
  assert.equal((await rows("select * from inbox_service_levels where team_id = $1", [teamId])).length, 0);

  const saved = await manager.post(
    `/admin/boite/reglages/equipes/${teamId}/niveaux`,
    targetsForm({
      "first-normal-h": "2",
      "first-normal-m": "30",
      "resolution-normal-h": "10",
      "resolution-normal-m": "",
    }),
  );
  assert.equal(saved.statusCode, 303);
  const [normal] = await rows(
    "select first_response_minutes, next_response_minutes, resolution_minutes from inbox_service_levels where team_id = $1 and priority = 'normal'",
    [teamId],
  );
  assert.deepEqual(
    { ...normal },
    { first_response_minutes: 150, next_response_minutes: 540, resolution_minutes: 600 },
  );
  const page = await manager.get(`/admin/boite/reglages/equipes/${teamId}`);
  assert.match(page.body, /name="first-normal-h"[^>]*value="2"/);
  assert.match(page.body, /name="first-normal-m"[^>]*value="30"/);
  assert.ok((await auditActions()).includes("inbox.service_levels_changed"));
});

test("the targets give a new conversation its due times in opening hours, across a public holiday", async () => {
  // Thursday 30 April 2026, 17:00 in Paris; Friday 1 May is a public holiday, then the weekend.
  const realNow = t.ctx.clock.now;
  const thursday = new Date("2026-04-30T17:00:00+02:00");
  t.ctx.clock.now = () => thursday;
  try {
    const { conversationId } = await receive(t.ctx, {
      source: "test_settings",
      threadKey: "due-times",
      subject: "Plafond de carte",
      body: "Bonjour, comment relever le plafond de ma carte ?",
      from: { email: "julie.moreau@exemple.fr", name: "Julie Moreau" },
      receivedAt: t.ctx.clock.now(),
      teamSlug: "particuliers",
    });
    const [due] = await rows(
      "select first_response_due_at, resolution_due_at from inbox_conversations where id = $1",
      [conversationId],
    );
    // 2 h 30: one hour on Thursday, then Monday 4 May from 9:00.
    assert.equal(
      due.first_response_due_at.toISOString(),
      new Date("2026-05-04T10:30:00+02:00").toISOString(),
    );
    // 10 h: one hour on Thursday, nine on Monday.
    assert.equal(due.resolution_due_at.toISOString(), new Date("2026-05-04T18:00:00+02:00").toISOString());
  } finally {
    t.ctx.clock.now = realNow;
  }
});

test("opening hours: closing before opening and a week with no open day are refused with the times kept; a change applies at once", async () => {
  const page = await manager.get("/admin/boite/reglages/horaires");
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /name="ouvre-1"[^>]*value="09:00"/);
  const week = (over: Record<string, string>) => {
    const form: Record<string, string> = {};
    for (const day of [1, 2, 3, 4, 5])
      Object.assign(form, { [`ouvert-${day}`]: "1", [`ouvre-${day}`]: "09:00", [`ferme-${day}`]: "18:00" });
    return { ...form, ...over };
  };
  const backwards = await manager.post(
    "/admin/boite/reglages/horaires",
    week({ "ouvre-2": "17:00", "ferme-2": "08:30", "ouvre-3": "9h" }),
  );
  assert.equal(backwards.statusCode, 422);
  assert.match(backwards.body, /name="ouvre-2"[^>]*value="17:00"/);
  assert.match(backwards.body, /name="ferme-2"[^>]*value="08:30"/);
  assert.match(backwards.body, /L(&#39;|')heure de fermeture doit venir après/);
  assert.match(backwards.body, /Écrivez les heures au format 09:00/);
  const closed = await manager.post("/admin/boite/reglages/horaires", {
    "ouvre-1": "09:00",
    "ferme-1": "18:00",
  });
  assert.equal(closed.statusCode, 422);
  assert.match(closed.body, /Cochez au moins un jour/);

  // Open on Saturday mornings too: a conversation on Friday evening is due on Saturday.
  const saved = await manager.post(
    "/admin/boite/reglages/horaires",
    week({ "ouvert-6": "1", "ouvre-6": "09:00", "ferme-6": "12:00" }),
  );
  assert.equal(saved.statusCode, 303);
  assert.equal((await rows("select * from inbox_opening_hours")).length, 6);
  const { conversationId } = await receive(t.ctx, {
    source: "test_settings",
    threadKey: "saturday",
    subject: "Virement",
    body: "Mon virement est-il parti ?",
    from: { email: "paul@exemple.fr", name: "Paul" },
    receivedAt: new Date("2026-06-05T17:30:00+02:00"),
    teamSlug: "particuliers",
  });
  const [due] = await rows("select first_response_due_at from inbox_conversations where id = $1", [
    conversationId,
  ]);
  assert.equal(due.first_response_due_at.toISOString(), new Date("2026-06-06T11:00:00+02:00").toISOString());
  assert.ok((await auditActions()).includes("inbox.opening_hours_changed"));
});

test("an advisor marks themselves away (their own rows only) and automatic assignment passes them by", async () => {
  const page = await advisorAgent.get("/admin/boite/disponibilite");
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /Me marquer absent/);
  const away = await advisorAgent.post("/admin/boite/disponibilite", {
    available: "0",
    back: "https://ailleurs.example/",
  });
  assert.equal(away.statusCode, 303);
  assert.equal(away.headers.location, "/admin/boite/disponibilite", "a return target elsewhere is refused");
  const mine = await rows(
    "select account_id, available from inbox_team_members where team_id = $1 order by account_id",
    [teamId],
  );
  assert.deepEqual(
    mine.map((r) => [Number(r.account_id), r.available]),
    [
      [claire.id, false],
      [hugo.id, true],
    ],
  );
  for (let i = 0; i < 3; i++) {
    const { conversationId } = await receive(t.ctx, {
      source: "test_settings",
      threadKey: `away-${i}`,
      subject: "Question",
      body: "Bonjour, une question sur mon contrat.",
      from: { email: `away${i}@exemple.fr`, name: "Client" },
      receivedAt: t.ctx.clock.now(),
      teamSlug: "particuliers",
    });
    const [c] = await rows("select assignee_id from inbox_conversations where id = $1", [conversationId]);
    assert.equal(Number(c.assignee_id), hugo.id);
  }
  const back = await advisorAgent.post("/admin/boite/disponibilite", {
    available: "1",
    back: "/admin/boite",
  });
  assert.equal(back.headers.location, "/admin/boite");
  const actions = await auditActions();
  assert.ok(actions.includes("inbox.unavailable") && actions.includes("inbox.available"));
  // An advisor cannot reach the settings.
  assert.equal((await advisorAgent.get("/admin/boite/reglages")).statusCode, 403);
});
