import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { STORED_ITEMS } from "../src/features/cookies/catalogue.ts";
import { registerEntries, TEXT_FIELDS } from "../src/features/privacy/registers/register.ts";
import { Agent } from "./helpers/agent.ts";
import { startTestApp, type TestApp } from "./helpers/app.ts";
import { createPerson, PASSWORD, signedIn } from "./helpers/people.ts";

/**
 * GDPR art. 13: the privacy notice must be true. It is built from the register of processing
 * and from the list of stored items, so this test holds the site to it: every cookie the site
 * actually sets, on a visitor's and a member's path, is named on the notice, in both languages.
 */
let t: TestApp;
before(async () => {
  t = await startTestApp();
});
after(() => t.close());

async function cookiesTheSiteSets(): Promise<Set<string>> {
  const names = new Set<string>();
  const note = (response: { cookies: { name: string }[] }) => {
    for (const cookie of response.cookies) names.add(cookie.name);
  };
  const visitor = new Agent(t.app);
  note(await visitor.get("/"));
  note(await visitor.post("/cookies", { choice: "all", next: "/" }, { csrf: null }));
  note(
    await t.app.inject({
      method: "POST",
      url: "/mesure",
      headers: { "content-type": "application/json", cookie: `cf_cookies=${visitor.cookie("cf_cookies")}` },
      payload: JSON.stringify({ p: "/", r: "" }),
    }),
  );
  note(await visitor.post("/langue", { locale: "en", next: "/" }, { csrf: null }));
  const person = await createPerson(t.ctx, "member");
  const member = new Agent(t.app);
  note(await member.get("/connexion"));
  note(await member.post("/connexion", { email: person.email, password: PASSWORD }));
  note(await member.post("/compte/notifications", { reply: "off" }));
  return names;
}

test("every cookie the site sets is named on the privacy notice, in French and in English", async () => {
  const set = await cookiesTheSiteSets();
  for (const expected of ["csrf", "cf_cookies", "cf_mesure", "locale", "confiance_session"])
    assert.ok(set.has(expected), `the walk should see ${expected}; saw ${[...set].join(", ")}`);
  for (const locale of ["fr", "en"]) {
    const page = await t.app.inject({ method: "GET", url: "/confidentialite", cookies: { locale } });
    assert.equal(page.statusCode, 200);
    for (const name of set)
      assert.match(page.body, new RegExp(`<code>${name}</code>`), `${name} (${locale})`);
    for (const item of STORED_ITEMS) assert.ok(page.body.includes(`<code>${item.name}</code>`), item.name);
  }
});

test("the notice describes each processing of the register, and says nothing the product contradicts", async () => {
  const register = await registerEntries(t.ctx.db);
  assert.ok(register.length >= 5);
  const page = await new Agent(t.app).get("/confidentialite");
  const text = page.body.replaceAll("&#39;", "'").replaceAll("&quot;", '"');
  for (const entry of register) {
    assert.ok(text.includes(entry.name), entry.name);
    assert.ok(text.includes(entry.legalBasis), `${entry.key}: legal basis`);
    assert.ok(text.includes(entry.retention), `${entry.key}: retention`);
  }
  assert.doesNotMatch(text, /Aucun cookie de mesure|prochaine version/);
  assert.match(text, /href="\/mes-droits"/);
  assert.match(text, /href="\/cookies"/);
  assert.match(text, /YouTube/);
});

test("what the DPO changes in the register shows on the notice at once", async () => {
  const entry = (await registerEntries(t.ctx.db)).find((e) => e.key === "newsletter")!;
  const dpo = await signedIn(t.app, await createPerson(t.ctx, "dpo"));
  await dpo.get("/admin/registre/newsletter");
  const form: Record<string, string> = { retentionMonths: String(entry.retentionMonths ?? "") };
  for (const field of TEXT_FIELDS) form[field] = entry[field];
  form.retention = "Deux ans après le dernier clic, pas un jour de plus.";
  assert.equal((await dpo.post("/admin/registre/newsletter", form)).statusCode, 303);
  const page = await new Agent(t.app).get("/confidentialite");
  assert.match(page.body, /Deux ans après le dernier clic, pas un jour de plus\./);
});
