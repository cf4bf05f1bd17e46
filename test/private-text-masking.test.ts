import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { Agent } from "./helpers/agent.ts";
import { startTestApp, type TestApp } from "./helpers/app.ts";
import { createPerson, signedIn } from "./helpers/people.ts";

/**
 * Private text the bank keeps is held to the same rule as what it publishes: no card, IBAN or
 * social security number stored as typed, in a request to the DPO or a consent's declared source.
 */
let t: TestApp;
before(async () => {
  t = await startTestApp();
});
after(() => t.close());

async function requestRow(email: string) {
  const { rows } = await t.ctx.database.pool.query(
    "select * from privacy_requests where email = $1 order by id desc limit 1",
    [email],
  );
  return rows[0];
}

test("what a request says is kept with cards, IBANs and social security numbers masked; a rectification keeps the corrected address", async () => {
  const member = await createPerson(t.ctx, "member", "masquage.demande@exemple.fr");
  const api = await signedIn(t.app, member);
  await api.get("/compte/donnees");
  const iban = "FR76 3000 6000 0112 3456 7890 189";
  await api.post("/compte/demandes", {
    kind: "erasure",
    details: `Fermez tout, y compris le compte ${iban} et la carte 4111 1111 1111 1111 ; joignable au 06 12 34 56 78.`,
  });
  const erasure = await requestRow(member.email);
  assert.doesNotMatch(erasure.details, /3000 6000|4111 1111|06 12 34 56 78/);
  assert.match(erasure.details, /\[IBAN masqué\]/);

  const visitor = new Agent(t.app);
  await visitor.get("/mes-droits");
  await visitor.post("/mes-droits", {
    email: "ancienne.adresse@exemple.fr",
    kind: "rectification",
    details: `Ma nouvelle adresse est nouvelle.adresse@exemple.fr, pas ${iban}.`,
  });
  const rectification = await requestRow("ancienne.adresse@exemple.fr");
  assert.match(rectification.details, /nouvelle\.adresse@exemple\.fr/, "the corrected value is the point");
  assert.doesNotMatch(rectification.details, /3000 6000/);
});
