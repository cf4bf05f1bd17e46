import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { proportion } from "../src/stats/index.ts";
import { Agent } from "./helpers/agent.ts";
import { startTestApp, type TestApp } from "./helpers/app.ts";
import { type BarometerSurvey, barometerSurvey, barometerWave } from "./helpers/barometer.ts";
import { createPerson, signedIn } from "./helpers/people.ts";

/**
 * The barometer's dashboards on waves the test writes: trust per wave with its interval and
 * the verdict in words, a wave under the minimum said in words, two waves compared, the CSV,
 * the weighting targets (refused when they do not add up, with nothing lost), and the public
 * trust report: hidden until published, versioned, archived, withdrawn.
 */
let t: TestApp;
let manager: Agent;
let survey: BarometerSurvey;
const waves: number[] = [];
const pool = () => t.ctx.database.pool;

before(async () => {
  t = await startTestApp();
  const person = await createPerson(t.ctx, "community_manager");
  manager = await signedIn(t.app, person);
  survey = await barometerSurvey(t.ctx, person.id);
  const wave = (label: string, month: string, k: number, n: number) =>
    barometerWave(t.ctx, survey, {
      label,
      opensOn: `${month}-01`,
      closesOn: `${month}-28`,
      k,
      n,
      createdBy: person.id,
    });
  // 60 % → 50 %: a significant drop (n = 400 each); 50 % → 52 %: not significant; then 20 answers.
  waves.push(await wave("Janvier 2025", "2025-01", 240, 400));
  waves.push(await wave("Février 2025", "2025-02", 200, 400));
  waves.push(await wave("Mars 2025", "2025-03", 208, 400));
  waves.push(await wave('=HYPERLINK("https://x.example","Avril")', "2025-04", 12, 20));
});
after(() => t.close());

test("trust per wave with its Wilson interval, each change in words, a small wave said in words", async () => {
  const page = await manager.get("/admin/barometre?periode=tout");
  assert.equal(page.statusCode, 200);
  const body = page.body;
  assert.match(body, /<svg[^>]*role="img"/);
  assert.match(body, /<polygon [^>]*class="chart__band/);
  const janvier = proportion({ k: 240, n: 400 });
  const low = (janvier.ci95[0] * 100).toFixed(1).replace(".", ",");
  assert.match(body, new RegExp(`<th scope="row">Janvier 2025</th><td>60</td><td>${low}</td>`));
  assert.match(body, /baisse significative/);
  assert.match(body, /variation non significative/);
  assert.match(body, /Moins de 30 réponses : non montré/);
  // The latest change that can be judged is stated first, in words.
  assert.match(body, /id="derniere-evolution"[^>]*>[^<]*<strong[^>]*>variation non significative/);
});

test("two waves compared: the change, its verdict and its p-value", async () => {
  const page = await manager.get(`/admin/barometre?periode=tout&de=${waves[0]}&a=${waves[1]}`);
  assert.equal(page.statusCode, 200);
  const result = /<div role="status" id="comparaison">([\s\S]*?)<\/div>/.exec(page.body)?.[1] ?? "";
  assert.match(result, /De Janvier 2025 à Février 2025/);
  assert.match(result, /Confiance :\s*<strong[^>]*>baisse significative<\/strong>/);
  // A change of a share is in points, signed, with the French decimal mark and p to three decimals.
  assert.match(result, /\(−10,0 points entre Janvier 2025 et Février 2025 ; p = 0,004\)/);
  assert.match(result, /\(−20 points entre Janvier 2025 et Février 2025 ; p = 0,004\)/);
  assert.doesNotMatch(result, /−10(,0)? %/);
  const itself = await manager.get(`/admin/barometre?periode=tout&de=${waves[1]}&a=${waves[1]}`);
  assert.match(itself.body, /id="comparaison">\s*<p>Choisissez deux vagues différentes/);
  const small = await manager.get(`/admin/barometre?periode=tout&de=${waves[2]}&a=${waves[3]}`);
  assert.match(
    small.body,
    /pas de verdict, l&#39;une des deux vagues a moins de 30 réponses|pas de verdict, l'une des deux vagues a moins de 30 réponses/,
  );
});

test("each figure's table downloads as CSV, formulas neutralised", async () => {
  const csv = await manager.get("/admin/barometre.csv?figure=confiance&periode=tout");
  assert.equal(csv.statusCode, 200);
  assert.match(String(csv.headers["content-type"]), /^text\/csv/);
  assert.match(String(csv.headers["content-disposition"]), /barometre-confiance\.csv/);
  const lines = csv.body
    .replace(/^\uFEFF/, "")
    .trim()
    .split("\r\n");
  assert.equal(lines.length, 5);
  assert.match(lines[0]!, /^Période,Valeur \(%\),Borne basse/);
  assert.match(lines[2]!, /^Février 2025,50,.*,400,400,-10,baisse significative,/);
  assert.match(lines[4]!, /^"'=HYPERLINK/);
  assert.match(lines[4]!, /Moins de 30 réponses : non montré/);
  // A statistician recomputes each figure: k of n for a share, the buckets for the NPS.
  assert.match(lines[0]!, /,k \(pondéré\)$/);
  assert.match(lines[2]!, /,400,400,.*,200$/);
  const nps = (await manager.get("/admin/barometre.csv?figure=nps&periode=tout")).body.trim().split("\r\n");
  assert.match(nps[0]!, /,Promoteurs \(pondérés\),Passifs \(pondérés\),Détracteurs \(pondérés\)$/);
  assert.match(nps[2]!, /^Février 2025,0,.*,400,400,.*,200,0,200$/);
  assert.match(nps[4]!, /Moins de 30 réponses : non montré,,,,$/);
  assert.equal((await manager.get("/admin/barometre.csv?figure=inconnue")).statusCode, 404);
});

test("weighting targets that do not sum to 100 % are refused, named, and kept as typed", async () => {
  await manager.get("/admin/barometre/reglages");
  const form: Record<string, string> = { weighting: "1", minimumN: "30" };
  const ages = { "18-24": "20", "25-34": "20", "35-49": "20", "50-64": "20", "65+": "15" };
  for (const [band, share] of Object.entries(ages)) form[`age_band.${band}`] = share;
  const regions = [
    "auvergne-rhone-alpes",
    "bourgogne-franche-comte",
    "bretagne",
    "centre-val-de-loire",
    "corse",
    "grand-est",
    "hauts-de-france",
    "ile-de-france",
    "normandie",
    "nouvelle-aquitaine",
    "occitanie",
    "pays-de-la-loire",
    "provence-alpes-cote-d-azur",
    "outre-mer",
  ];
  for (const region of regions) form[`region.${region}`] = region === "ile-de-france" ? "35" : "5";
  form["client.client"] = "60";
  form["client.non_client"] = "40,0";
  const refused = await manager.post("/admin/barometre/reglages", form);
  assert.equal(refused.statusCode, 422);
  assert.match(refused.body, /Les parts de cette dimension font 95 % : elles doivent faire 100 %/);
  // The error summary says the sum too, never the raw placeholder.
  assert.match(refused.body, /href="#field-age_band">Les parts de cette dimension font 95 %/);
  assert.doesNotMatch(refused.body, /\{total\}/);
  const over = await manager.post("/admin/barometre/reglages", { ...form, "region.ile-de-france": "44" });
  assert.match(over.body, /href="#field-region">Les parts de cette dimension font 109 %/);
  assert.doesNotMatch(over.body, /\{total\}/);
  assert.match(refused.body, /name="age_band.65\+"[^>]*value="15"/);
  assert.match(refused.body, /name="client.non_client"[^>]*value="40,0"/);
  const stored = await pool().query("select count(*)::int as n from barometer_settings");
  assert.equal(stored.rows[0].n, 0, "nothing saved");

  const typo = await manager.post("/admin/barometre/reglages", { ...form, "age_band.65+": "vingt" });
  assert.equal(typo.statusCode, 422);
  assert.match(typo.body, /Écrivez un pourcentage entre 0 et 100/);

  const saved = await manager.post("/admin/barometre/reglages", { ...form, "age_band.65+": "20" });
  assert.equal(saved.statusCode, 303);
  const page = await manager.get("/admin/barometre?periode=tout");
  assert.match(page.body, /Chiffres pondérés par calage/);
  // Weighted, the effective n is below the 400 answers.
  const row = /<th scope="row">Janvier 2025<\/th>(?:<td>[^<]*<\/td>){4}<td>(\d+)<\/td>/.exec(page.body);
  assert.ok(row && Number(row[1]) < 400, row?.[0]);
  await manager.post("/admin/barometre/reglages", { minimumN: "30" });
});

test("the minimum number of answers is a setting: a wave under it shows its count only", async () => {
  await manager.get("/admin/barometre/reglages");
  assert.equal((await manager.post("/admin/barometre/reglages", { minimumN: "0" })).statusCode, 422);
  assert.equal((await manager.post("/admin/barometre/reglages", { minimumN: "500" })).statusCode, 303);
  const page = await manager.get("/admin/barometre?periode=tout");
  assert.match(page.body, /Moins de 500 réponses : non montré/);
  assert.doesNotMatch(page.body, /baisse significative/);
  await manager.post("/admin/barometre/reglages", { minimumN: "30" });
});

test("the public trust report: hidden until published, a new version each time, archived, withdrawn", async () => {
  const visitor = new Agent(t.app);
  assert.equal((await visitor.get("/barometre-de-confiance")).statusCode, 404);
  const admin = await manager.get("/admin/barometre/rapport-public");
  assert.equal(admin.statusCode, 200);
  assert.match(admin.body, /n&#39;est pas publié|n'est pas publié/);
  assert.equal((await manager.post("/admin/barometre/rapport-public/publier")).statusCode, 303);

  const published = await visitor.get("/barometre-de-confiance");
  assert.equal(published.statusCode, 200);
  assert.match(published.body, /Vague : Mars 2025/);
  // The verdict opens its sentence; the change is signed, in points.
  assert.match(
    published.body,
    /<strong>Variation non significative<\/strong> depuis Février 2025 \(\+2,0 points\)/,
  );
  assert.match(published.body, /Version 1 du/);

  assert.equal((await manager.post("/admin/barometre/rapport-public/publier")).statusCode, 303);
  assert.match((await visitor.get("/barometre-de-confiance")).body, /Version 2 du/);
  assert.equal((await visitor.get("/barometre-de-confiance/versions/1")).statusCode, 200);
  assert.equal((await visitor.get("/barometre-de-confiance/versions/9")).statusCode, 404);

  const archived = await pool().query(
    "select action, place_path, body from archive_staff_publications where place_type = 'trust_report' order by id",
  );
  assert.deepEqual(
    archived.rows.map((r) => [r.action, r.place_path]),
    [
      ["published", "/barometre-de-confiance/versions/1"],
      ["published", "/barometre-de-confiance/versions/2"],
    ],
  );
  assert.match(archived.rows[0].body, /Rapport public de confiance, version 1 \(Mars 2025\)/);
  assert.match(archived.rows[0].body, /Variation non significative depuis Février 2025 \(\+2,0 points\)\./);

  assert.equal((await manager.post("/admin/barometre/rapport-public/retirer")).statusCode, 303);
  assert.equal((await visitor.get("/barometre-de-confiance")).statusCode, 404);
  assert.equal((await visitor.get("/barometre-de-confiance/versions/1")).statusCode, 404);
  const withdrawn = await pool().query(
    "select action from archive_staff_publications where place_type = 'trust_report' order by id desc limit 1",
  );
  assert.equal(withdrawn.rows[0].action, "deleted");
  const audit = await pool().query(
    "select action from audit_log where action like 'barometer.%' order by id",
  );
  assert.ok(audit.rows.some((r) => r.action === "barometer.report_withdrawn"));
});

test("sentiment per month and the Conversation Index have their chart, table and CSV", async () => {
  const page = await manager.get("/admin/barometre?periode=tout");
  assert.match(page.body, /<h2 id="barometre-sentiment">Sentiment des messages<\/h2>/);
  assert.match(page.body, /<h2 id="barometre-indice">Indice de conversation<\/h2>/);
  assert.match(page.body, /Composantes de l&#39;indice|Composantes de l'indice/);
  for (const figure of ["sentiment", "indice", "indice-composantes", "satisfaction", "nps"]) {
    const csv = await manager.get(`/admin/barometre.csv?figure=${figure}`);
    assert.equal(csv.statusCode, 200, figure);
    assert.match(csv.body, /^\uFEFF/);
  }
  const filtered = await manager.get("/admin/barometre?messages=review&produit=carte&client=clients");
  assert.equal(filtered.statusCode, 200);
  assert.match(filtered.body, /<option value="review" selected/);
});

test("an advisor sees their own satisfaction after resolution, nobody else's", async () => {
  const own = await createPerson(t.ctx, "advisor");
  const other = await createPerson(t.ctx, "advisor");
  const { rows } = await pool().query(
    "insert into inbox_correspondents (email, display_name) values ('client@exemple.fr', 'Client') returning id",
  );
  const month = new Date();
  month.setUTCDate(1);
  month.setUTCHours(10);
  const answers = async (assignee: number, rating: number, count: number) => {
    for (let i = 0; i < count; i++) {
      const conversation = await pool().query(
        `insert into inbox_conversations (correspondent_id, source, thread_key, subject, status, assignee_id,
           created_at, updated_at, last_client_message_at, last_message_at, resolved_at)
         values ($1, 'test', $2, 'Sujet', 'resolved', $3, $4, $4, $4, $4, $4) returning id`,
        [rows[0].id, `sat-${assignee}-${i}`, assignee, month],
      );
      await pool().query(
        `insert into inbox_satisfaction (conversation_id, token_hash, sent_at, rating, answered_at)
         values ($1, $2, $3, $4, $3)`,
        [conversation.rows[0].id, `hash-${assignee}-${i}`, month, rating],
      );
    }
  };
  await answers(own.id, 4, 31);
  await answers(other.id, 1, 31);
  const advisor = await signedIn(t.app, own);
  const page = await advisor.get("/admin/barometre/ma-satisfaction");
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /<td>4<\/td><td>4<\/td><td>4<\/td><td>31<\/td>/);
  assert.doesNotMatch(page.body, /<td>62<\/td>/);
  assert.equal((await advisor.get("/admin/barometre")).statusCode, 403);
  // The barometer counts everyone's: (31 × 4 + 31 × 1) / 62.
  const all = await manager.get("/admin/barometre");
  assert.match(all.body, /<td>2,5<\/td>(?:<td>[^<]*<\/td>){2}<td>62<\/td>/);
});
