import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import type { Agent } from "./helpers/agent.ts";
import { startTestApp, type TestApp } from "./helpers/app.ts";
import { staffActor, teamWith } from "./helpers/inbox.ts";
import { createPerson, signedIn } from "./helpers/people.ts";

/**
 * The inbox's reports on conversations whose times the test writes itself (Monday–Friday
 * 9:00–18:00, Paris): medians and 90th percentiles in business hours, service levels met per
 * team and advisor, the backlog by age, complaints by product and cause, the page's charts and
 * tables, and the CSV export with its formulas neutralised.
 */
let t: TestApp;
let reader: Agent;
let advisorId: number;
let teamId: number;
const NOW = new Date("2026-03-13T12:00:00+01:00"); // Friday 13 March 2026
const pool = () => t.ctx.database.pool;

before(async () => {
  t = await startTestApp();
  reader = await signedIn(t.app, await createPerson(t.ctx, "compliance_officer"));
  advisorId = (await staffActor(t.ctx, "advisor", "Claire Martin")).id;
  teamId = await teamWith(t.ctx, "particuliers", [{ id: advisorId }]);
  await pool().query(
    'update inbox_teams set name_fr = \'=HYPERLINK("https://x.example","Cliquez")\' where id = $1',
    [teamId],
  );
  const { rows } = await pool().query(
    "insert into inbox_correspondents (email, display_name) values ('julie@exemple.fr', 'Julie') returning id",
  );
  const correspondent = rows[0].id;
  let n = 0;
  const conversation = async (c: {
    created: string;
    firstResponse?: string;
    firstDue?: string;
    resolved?: string;
    resolutionDue?: string;
    team?: number | null;
    assignee?: number | null;
  }) => {
    const result = await pool().query(
      `insert into inbox_conversations (correspondent_id, source, thread_key, subject, status, team_id, assignee_id,
         created_at, updated_at, last_client_message_at, last_message_at, first_response_at, first_response_due_at,
         resolved_at, resolution_due_at)
       values ($1, 'test', $2, 'Sujet', $3, $4, $5, $6, $6, $6, $6, $7, $8, $9, $10) returning id`,
      [
        correspondent,
        `report-${++n}`,
        c.resolved ? "resolved" : "open",
        c.team === undefined ? teamId : c.team,
        c.assignee === undefined ? advisorId : c.assignee,
        new Date(c.created),
        c.firstResponse ? new Date(c.firstResponse) : null,
        c.firstDue ? new Date(c.firstDue) : null,
        c.resolved ? new Date(c.resolved) : null,
        c.resolutionDue ? new Date(c.resolutionDue) : null,
      ],
    );
    return result.rows[0].id;
  };
  const monday = "2026-03-09T09:00:00+01:00";
  const due = "2026-03-09T13:00:00+01:00"; // 4 business hours
  // First responses after 1, 2, 3 and 5 business hours, and after 10 (Tuesday 10:00): two late.
  await conversation({ created: monday, firstResponse: "2026-03-09T10:00:00+01:00", firstDue: due });
  await conversation({ created: monday, firstResponse: "2026-03-09T11:00:00+01:00", firstDue: due });
  await conversation({ created: monday, firstResponse: "2026-03-09T12:00:00+01:00", firstDue: due });
  await conversation({
    created: monday,
    firstResponse: "2026-03-09T14:00:00+01:00",
    firstDue: due,
    team: null,
    assignee: null,
  });
  await conversation({ created: monday, firstResponse: "2026-03-10T10:00:00+01:00", firstDue: due });
  // Not answered, not yet due: it counts for nothing. Not answered and overdue: missed.
  await conversation({ created: "2026-03-13T11:00:00+01:00", firstDue: "2026-03-13T15:00:00+01:00" });
  await conversation({ created: "2026-03-12T09:00:00+01:00", firstDue: "2026-03-12T13:00:00+01:00" });
  // Resolved in the period after 9 and 14 business hours (over a weekend), both in time.
  await conversation({
    created: "2026-03-05T09:00:00+01:00",
    resolved: "2026-03-05T18:00:00+01:00",
    resolutionDue: "2026-03-06T18:00:00+01:00",
  });
  await conversation({
    created: "2026-03-06T14:00:00+01:00",
    resolved: "2026-03-10T10:00:00+01:00",
    resolutionDue: "2026-03-12T18:00:00+01:00",
  });
  // Opened long ago and still open: the backlog's oldest.
  await conversation({ created: "2026-01-05T09:00:00+01:00" });
  const complaint = async (conversationId: number, product: string | null, cause: string | null) =>
    pool().query(
      `insert into inbox_complaints (conversation_id, received_at, received_on, channel, product, root_cause,
         payment_service, acknowledge_by, answer_by, created_at)
       values ($1, $2, '2026-03-09', 'email', $3, $4, false, '2026-03-20', '2026-05-09', $2)`,
      [conversationId, new Date(monday), product, cause],
    );
  await complaint(await conversation({ created: monday }), "Carte bancaire", "Frais");
  await complaint(await conversation({ created: monday }), "Carte bancaire", null);
  await complaint(await conversation({ created: monday }), "-Crédit immobilier", "Délai");
  t.ctx.clock.now = () => NOW;
});
after(() => t.close());

const csv = async (table: string, days = 30) => {
  const response = await reader.get(`/admin/boite/rapports.csv?tableau=${table}&jours=${days}`);
  assert.equal(response.statusCode, 200);
  assert.match(String(response.headers["content-type"]), /text\/csv/);
  return response.body
    .replace(/^\uFEFF/, "")
    .trim()
    .split("\r\n");
};

test("first-response and resolution times: median and 90th percentile in business hours", async () => {
  // First responses: 1, 2, 3, 5, 10 h → median 3, p90 5 + 0.6 × 5 = 8. Resolutions: 9 and 14 h.
  assert.deepEqual(await csv("delais"), [
    "Mesure,Médiane (h),90e centile (h),Conversations",
    "Première réponse,3,8,5",
    "Résolution,11.5,13.5,2",
  ]);
});

test("service levels met per team and per advisor; a formula in a team's name is neutralised in the CSV", async () => {
  const teams = await csv("equipes");
  assert.equal(
    teams[0],
    "Équipe,Première réponse dans les délais (%),Premières réponses comptées,Résolution dans les délais (%),Résolutions comptées",
  );
  // The team: 3 in time out of 5 decided (1, 2, 3 h in time; 10 h late; the overdue unanswered one).
  assert.equal(teams[1], `"'=HYPERLINK(""https://x.example"",""Cliquez"")",60,5,100,2`);
  assert.equal(teams[2], "Sans équipe,0,1,,0");
  const advisors = await csv("conseillers");
  assert.equal(advisors[1], "Claire Martin,60,5,100,2");
  assert.equal(advisors[2], "Non attribuées,0,1,,0");
});

test("the backlog by age in business days, and complaints by product and root cause", async () => {
  // Open now: eight opened on Monday 9 (4.3 business days), 12 March (1.3), 13 March (0.1), 5 January.
  assert.deepEqual(await csv("anciennete"), [
    "Ancienneté,Conversations",
    "Moins d'un jour,1",
    "1 à 3 jours,1",
    "3 à 7 jours,8",
    "Plus de 7 jours,1",
  ]);
  assert.deepEqual(await csv("reclamations-produits"), [
    "Produit,Réclamations",
    "Carte bancaire,2",
    "'-Crédit immobilier,1",
  ]);
  assert.deepEqual(await csv("reclamations-causes"), [
    "Cause,Réclamations",
    "Délai,1",
    "Frais,1",
    "Non renseigné,1",
  ]);
  // Seven days back from Friday 13 March reach Saturday 7: Monday's complaints are still in.
  assert.equal((await csv("reclamations-produits", 7)).length, 3);
});

test("the page draws each chart as an image with its name, followed by its table and CSV link", async () => {
  const page = await reader.get("/admin/boite/rapports?jours=90");
  assert.equal(page.statusCode, 200);
  const charts =
    page.body.match(
      /<svg[^>]*role="img"[^>]*aria-labelledby="graphique-[a-z-]+-title graphique-[a-z-]+-desc"/g,
    ) ?? [];
  assert.equal(charts.length, 6);
  assert.equal((page.body.match(/<table class="data-table">/g) ?? []).length, 6);
  assert.match(page.body, /href="\/admin\/boite\/rapports.csv\?tableau=equipes&amp;jours=90"/);
  assert.doesNotMatch(page.body, /<svg[^>]*style=/);
  assert.match(page.body, /aria-current="page"[^>]*>90 derniers jours|90 derniers jours/);
  const english = await reader.get("/admin/boite/rapports", { "accept-language": "en" });
  assert.equal(english.statusCode, 200);
});
