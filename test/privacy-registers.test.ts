import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { parisLocalInput } from "../src/calendar/index.ts";
import { DEFAULT_REGISTER, retentionMonths } from "../src/features/privacy/registers/register.ts";
import type { Agent } from "./helpers/agent.ts";
import { startTestApp, type TestApp } from "./helpers/app.ts";
import { createPerson, signedIn } from "./helpers/people.ts";

/**
 * The DPO's two registers: processing (art. 30), pre-filled, editable, exported, and read by the
 * retention jobs; breaches (art. 33), with the 72-hour clock and the decision's reasons.
 */
let t: TestApp;
let dpo: Agent;
before(async () => {
  t = await startTestApp();
  dpo = await signedIn(t.app, await createPerson(t.ctx, "dpo"));
});
after(() => t.close());

test("the register is pre-filled, exported, and the retention jobs read the durations the DPO sets", async () => {
  const admin = await signedIn(t.app, await createPerson(t.ctx, "administrator"));
  assert.equal((await admin.get("/admin/registre")).statusCode, 403, "the DPO's register");
  const page = await dpo.get("/admin/registre");
  assert.equal(page.statusCode, 200);
  for (const name of [
    "Communauté publique",
    "Lettre d'information",
    "Cookies et mesure d'audience",
    "Demandes d'exercice",
    "Boîte de réception",
    "Avis des clients",
  ])
    assert.ok(page.body.includes(name), name);
  const csv = await dpo.get("/admin/registre.csv");
  assert.match(csv.headers["content-type"] as string, /text\/csv/);
  assert.match(csv.body, /audience,.*25/);
  // Headed in the interface's language, like the page.
  assert.match(csv.body, /^\uFEFFIdentifiant,Traitement,Finalités,Base légale/);
  const json = JSON.parse((await dpo.get("/admin/registre.json")).body);
  assert.equal(json.processing.length, DEFAULT_REGISTER.length);
  assert.ok(
    json.processing.some((p: { key: string }) => p.key === "surveys"),
    "surveys are a processing",
  );
  assert.ok(
    json.processing.some((p: { key: string }) => p.key === "reviews"),
    "reviews are a processing",
  );
  assert.ok(json.processing.every((p: { transfers: string }) => /Aucun transfert/.test(p.transfers)));

  assert.equal(await retentionMonths(t.ctx.db, "audience"), 25);
  const entry = json.processing.find((p: { key: string }) => p.key === "audience");
  await dpo.get("/admin/registre/audience");
  const form = { ...entry, retentionMonths: "" };
  delete form.key;
  delete form.updatedAt;
  delete form.updatedBy;
  const removed = await dpo.post("/admin/registre/audience", form);
  assert.equal(removed.statusCode, 422);
  assert.match(removed.body, /modifiez-la, sans la retirer/);
  const emptied = await dpo.post("/admin/registre/audience", {
    ...form,
    purposes: "",
    retentionMonths: "24",
  });
  assert.equal(emptied.statusCode, 422);
  assert.match(emptied.body, /Ce champ du registre est obligatoire/);
  assert.equal(
    (await dpo.post("/admin/registre/audience", { ...form, retentionMonths: "24" })).statusCode,
    303,
  );
  assert.equal(await retentionMonths(t.ctx.db, "audience"), 24, "one source of truth for the jobs");
  const { rows } = await t.ctx.database.pool.query(
    "select details from audit_log where action = 'privacy.register_updated' and subject_id = 'audience'",
  );
  assert.deepEqual(rows[0].details.retentionMonths, { from: 25, to: 24 });
});

test("a breach is recorded with its 72-hour clock; a decision needs its reasons", async () => {
  assert.equal(
    (await (await signedIn(t.app, await createPerson(t.ctx, "member"))).get("/admin/violations")).statusCode,
    403,
  );
  await dpo.get("/admin/violations/nouvelle");
  const wrong = await dpo.post("/admin/violations/nouvelle", {
    title: "Envoi groupé en clair",
    awareAt: "hier",
    nature: "",
    decision: "not_notify",
    decisionReasons: "",
  });
  assert.equal(wrong.statusCode, 422);
  assert.match(wrong.body, /date et une heure valides/);
  assert.match(wrong.body, /Décrivez la nature/);
  assert.match(wrong.body, /motifs de la décision/);
  assert.match(wrong.body, /value="Envoi groupé en clair"/, "what was typed is kept");

  const fourDaysAgo = new Date(Date.now() - 4 * 86_400_000);
  const local = parisLocalInput(fourDaysAgo);
  const saved = await dpo.post("/admin/violations/nouvelle", {
    title: "Lettre envoyée avec les destinataires visibles",
    awareAt: local,
    nature: "Confidentialité : 120 adresses visibles des autres destinataires.",
    peopleConcerned: "120 abonnés",
    decision: "undecided",
  });
  assert.equal(saved.statusCode, 303);
  const list = await dpo.get("/admin/violations");
  assert.match(list.body, /délai de 72 heures dépassé/, "four days later, unnotified: said in words");
  const { rows } = await t.ctx.database.pool.query("select aware_at from privacy_breaches");
  assert.ok(
    Math.abs(new Date(rows[0].aware_at).getTime() - fourDaysAgo.getTime()) < 60_000,
    "read as Paris time",
  );
});
