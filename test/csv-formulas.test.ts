import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { after, before, test } from "node:test";
import { parse } from "csv-parse/sync";
import { unzipSync } from "fflate";
import { csvCell } from "../src/platform/csv.ts";
import type { Agent } from "./helpers/agent.ts";
import { startTestApp, type TestApp } from "./helpers/app.ts";
import { barometerSurvey, barometerWave } from "./helpers/barometer.ts";
import { someCategories } from "./helpers/community.ts";
import { createPerson, signedIn } from "./helpers/people.ts";

/**
 * Issue 11, L7: CSV exports carried formulas as typed (`=HYPERLINK(…)` as a display name in a
 * person's export, in the register export). Every CSV goes through one writer
 * (src/platform/csv.ts); this file finds every place in the source that makes a CSV, checks
 * that each is one of the exports tried below, and tries each with formulas in the data.
 */

const FORMULA = /^[=+\-@\t\r]/;
const HYPERLINK = '=HYPERLINK("http://x.io","Ici")';
const WRITER = path.join("src", "platform", "csv.ts");

/** The source files that make a CSV, and the export of this file that tries each. */
const EXPORTS: Record<string, string> = {
  [path.join("src", "features", "privacy", "registers", "register-routes.tsx")]: "register",
  [path.join("src", "features", "archive", "routes.tsx")]: "archive",
  [path.join("src", "features", "archive", "service.ts")]: "archive",
  [path.join("src", "features", "privacy", "erasure", "export-archive.ts")]: "personal data",
  [path.join("src", "features", "inbox", "complaints", "register-csv.ts")]: "register of complaints",
  [path.join("src", "features", "inbox", "complaints", "routes.tsx")]: "register of complaints",
  [path.join("src", "features", "inbox", "reports", "routes.tsx")]: "inbox reports",
  [path.join("src", "features", "reviews", "around-routes.tsx")]: "reviews' conformity report",
  [path.join("src", "features", "reviews", "conformity.ts")]: "reviews' conformity report",
  [path.join("src", "features", "barometer", "routes.tsx")]: "barometer's figures",
};

let t: TestApp;
let member: { id: number; email: string; totpSecret: string | null };
let memberAgent: Agent;
let dpo: Agent;
let officer: Agent;

before(async () => {
  t = await startTestApp();
  await someCategories(t.ctx);
  member = await createPerson(t.ctx, "member");
  await t.ctx.database.pool.query("update accounts set display_name = $1 where id = $2", [
    HYPERLINK,
    member.id,
  ]);
  memberAgent = await signedIn(t.app, member);
  await memberAgent.get("/nouveau-sujet");
  const asked = await memberAgent.post("/nouveau-sujet", {
    category: "comptes-et-cartes",
    kind: "question",
    title: "@SUM(1+1) frais de tenue de compte",
    body: "-2+3 voilà ma question sur les frais",
  });
  assert.equal(asked.statusCode, 303, asked.body.slice(0, 200));

  // A staff answer, archived word for word with its author's name.
  const advisor = await createPerson(t.ctx, "advisor");
  await t.ctx.database.pool.query("update accounts set display_name = $1 where id = $2", [
    "+33 Conseil",
    advisor.id,
  ]);
  const advisorAgent = await signedIn(t.app, advisor);
  const topic = String(asked.headers.location);
  await advisorAgent.get(topic);
  const id = /\/(\d+)$/.exec(topic)![1];
  const answered = await advisorAgent.post(`/t/${id}/repondre`, { body: `${HYPERLINK} et la réponse` });
  assert.ok(answered.statusCode === 303, `answer: ${answered.statusCode}`);

  await t.ctx.database.pool.query(
    "update privacy_processing_register set purposes = $1 where key = (select min(key) from privacy_processing_register)",
    [HYPERLINK],
  );
  dpo = await signedIn(t.app, await createPerson(t.ctx, "dpo"));
  officer = await signedIn(t.app, await createPerson(t.ctx, "compliance_officer"));
});
after(() => t.close());

function assertNeutralised(csv: string, label: string) {
  assert.ok(csv.startsWith("\uFEFF"), `${label}: byte-order mark`);
  const rows: string[][] = parse(csv.slice(1), { relax_column_count: true });
  for (const row of rows)
    for (const cell of row)
      assert.doesNotMatch(cell, FORMULA, `${label}: a formula cell ${JSON.stringify(cell)}`);
  return rows.flat();
}

test("the one writer neutralises every cell a spreadsheet would read as a formula", () => {
  for (const start of ["=", "+", "-", "@", "\t", "\r"]) assert.equal(csvCell(`${start}1+1`), `'${start}1+1`);
  assert.equal(csvCell("Frais = 3 €"), "Frais = 3 €");
  assert.equal(csvCell(-3), -3, "numbers stay numbers");
  assert.equal(csvCell(new Date("2026-03-12T10:00:00Z")), "2026-03-12T10:00:00.000Z");
  assert.equal(csvCell({ a: "=1" }), '{"a":"=1"}');
});

test("the register export neutralises formulas", async () => {
  const response = await dpo.get("/admin/registre.csv");
  assert.equal(response.statusCode, 200);
  const cells = assertNeutralised(response.body, "register");
  assert.ok(cells.includes(`'${HYPERLINK}`));
});

test("the archive export neutralises formulas", async () => {
  const response = await officer.get("/admin/archives?format=csv");
  assert.equal(response.statusCode, 200);
  const cells = assertNeutralised(response.body, "archive");
  assert.ok(cells.some((cell) => cell.startsWith(`'${HYPERLINK}`)));
  assert.ok(cells.includes("'+33 Conseil"));
});

test("a person's own data export neutralises formulas in every CSV of the zip", async () => {
  const response = await memberAgent.get("/compte/donnees.zip");
  assert.equal(response.statusCode, 200);
  const files = unzipSync(response.rawPayload);
  const csvs = Object.entries(files).filter(([name]) => name.endsWith(".csv"));
  assert.ok(csvs.length > 2);
  const cells = csvs.flatMap(([name, bytes]) =>
    assertNeutralised(new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes), name),
  );
  assert.ok(cells.includes(`'${HYPERLINK}`), "the display name is there, neutralised");
  assert.ok(cells.some((cell) => cell.startsWith("'@SUM(1+1)")));
});

test("the register of complaints' export neutralises formulas (a product typed as a formula stays text)", async () => {
  const pool = t.ctx.database.pool;
  const [person] = (
    await pool.query("insert into inbox_correspondents (email, display_name) values ($1, $2) returning id", [
      "formule@exemple.fr",
      HYPERLINK,
    ])
  ).rows;
  const [conversation] = (
    await pool.query(
      `insert into inbox_conversations (correspondent_id, source, thread_key, subject, last_client_message_at, last_message_at, created_at, updated_at)
       values ($1, 'contact_form', 'csv-formula', $2, now(), now(), now(), now()) returning id`,
      [person.id, "=1+1"],
    )
  ).rows;
  await pool.query(
    `insert into inbox_complaints (conversation_id, received_at, received_on, channel, payment_service, acknowledge_by, answer_by, product, root_cause, created_at)
     values ($1, now() - interval '1 hour', current_date, 'contact_form', false, current_date + 14, current_date + 60, $2, '@SUM(1+1)', now())`,
    [conversation.id, HYPERLINK],
  );
  const response = await officer.get("/admin/reclamations.csv");
  assert.equal(response.statusCode, 200);
  const cells = assertNeutralised(response.body, "register of complaints");
  assert.ok(cells.includes(`'${HYPERLINK}`), "the product is there, neutralised");
  // The inbox's reports count complaints by product and by cause: the same typed text, the same care.
  for (const table of ["reclamations-produits", "reclamations-causes"]) {
    const report = await officer.get(`/admin/boite/rapports.csv?tableau=${table}&jours=7`);
    assert.equal(report.statusCode, 200);
    const reported = assertNeutralised(report.body, `inbox report ${table}`);
    assert.ok(reported.includes(`'${HYPERLINK}`) || reported.includes("'@SUM(1+1)"), table);
  }
});

test("the reviews' conformity report: a batch named as a formula in the register, the CSV written by the one writer", async () => {
  // What the report writes is counted, not typed; the one writer is still the only way out.
  await t.ctx.database.pool.query(
    "insert into reviews_invitation_batches (origin, label, invited, refused_filter, created_at) values ('api', $1, 0, $2, now())",
    [HYPERLINK, "=note"],
  );
  const report = await officer.get("/admin/avis/conformite.csv");
  assert.equal(report.statusCode, 200);
  assertNeutralised(report.body, "reviews' conformity report");
});

test("the barometer's figures: a wave named as a formula stays text in every figure's CSV", async () => {
  const manager = await createPerson(t.ctx, "community_manager");
  const survey = await barometerSurvey(t.ctx, manager.id);
  await barometerWave(t.ctx, survey, {
    label: HYPERLINK,
    opensOn: "2025-01-01",
    closesOn: "2025-01-31",
    k: 200,
    n: 400,
    createdBy: manager.id,
  });
  const agent = await signedIn(t.app, manager);
  const csv = await agent.get("/admin/barometre.csv?figure=confiance&periode=tout");
  assert.equal(csv.statusCode, 200);
  const cells = assertNeutralised(csv.body, "barometer's figures");
  assert.ok(cells.includes(`'${HYPERLINK}`), "the wave's label is there, neutralised");
});

test("every CSV the source makes goes through the one writer, and is tried above", () => {
  const files = readdirSync("src", { recursive: true, withFileTypes: true }).filter((e) =>
    /\.tsx?$/.test(e.name),
  );
  const makers: string[] = [];
  for (const entry of files) {
    const file = path.join(entry.parentPath, entry.name);
    const text = readFileSync(file, "utf8");
    if (file !== WRITER) assert.doesNotMatch(text, /from "csv-stringify/, `${file} writes CSV itself`);
    if (file === WRITER || file.endsWith(".test.ts")) continue;
    // A CSV sent (its media type with a charset) or named in an archive; uploads only accept one.
    if (/text\/csv;|\.csv`|csvDocument\(|archiveCsv\(/.test(text)) makers.push(file);
  }
  for (const file of makers) assert.ok(EXPORTS[file], `${file} makes a CSV that no test here tries`);
  assert.deepEqual(new Set(makers), new Set(Object.keys(EXPORTS)));
});
