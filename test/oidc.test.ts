import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { eq } from "drizzle-orm";
import { accounts } from "../src/features/accounts/schema.ts";
import { auditLog } from "../src/platform/audit/schema.ts";
import { currentTotp } from "../src/platform/auth/totp.ts";
import { Agent } from "./helpers/agent.ts";
import { startTestApp, type TestApp } from "./helpers/app.ts";
import {
  type ProviderPerson,
  startIdentityProvider,
  type TestIdentityProvider,
} from "./helpers/identity-provider.ts";
import { createPerson } from "./helpers/people.ts";

const BASE_URL = "http://localhost:3000";
let t: TestApp;
let idp: TestIdentityProvider;
const person: ProviderPerson = {
  sub: "e12345",
  email: "lea.conseil@banque.fr",
  name: "Léa Conseil",
  amr: ["pwd", "otp"],
};

before(async () => {
  idp = await startIdentityProvider(`${BASE_URL}/connexion/oidc/retour`, person);
  t = await startTestApp({
    env: {
      BASE_URL,
      OIDC_ISSUER: idp.issuer,
      OIDC_CLIENT_ID: idp.clientId,
      OIDC_CLIENT_SECRET: idp.clientSecret,
      OIDC_LABEL: "Annuaire de la banque",
    },
  });
});
after(async () => {
  await t.close();
  await idp.close();
});

/** The whole round-trip: Confiance → provider (login) → back to Confiance with a code. */
async function signInThroughProvider(agent: Agent) {
  const start = await agent.get("/connexion/oidc");
  assert.equal(start.statusCode, 303);
  const authorization = new URL(start.headers.location as string);
  assert.equal(authorization.origin, idp.issuer);
  assert.equal(authorization.searchParams.get("code_challenge_method"), "S256");
  const back = await idp.authorize(authorization.href);
  assert.equal(back.origin + back.pathname, `${BASE_URL}/connexion/oidc/retour`);
  return agent.get(back.pathname + back.search);
}

describe("staff sign-in through the bank's identity provider", () => {
  test("the sign-in page offers the provider", async () => {
    const page = await new Agent(t.app).get("/connexion");
    assert.match(page.body, /Se connecter avec Annuaire de la banque/);
  });

  test("an enrolled advisor whose provider asked a second factor lands in the staff area", async () => {
    const advisor = await createPerson(t.ctx, "advisor", person.email);
    const agent = new Agent(t.app);
    const back = await signInThroughProvider(agent);
    assert.equal(back.statusCode, 303);
    assert.equal(back.headers.location, "/admin");
    assert.equal((await agent.get("/admin")).statusCode, 200);
    const me = (await agent.get("/api/v1/me")).json();
    assert.equal(me.id, advisor.id, "linked to the existing account by its verified e-mail");
    assert.equal(me.secondFactor, true);
    const [linked] = await t.ctx.db.select().from(accounts).where(eq(accounts.id, advisor.id));
    assert.equal(
      linked?.oidcSubject,
      `${new URL(idp.issuer).href}#e12345`,
      "the subject is scoped to the issuer",
    );
    const actions = (await t.ctx.db.select().from(auditLog).where(eq(auditLog.actorId, advisor.id))).map(
      (e) => e.action,
    );
    assert.ok(actions.includes("account.provider_linked"));
    assert.ok(actions.includes("account.signed_in"));
  });

  test("without a second factor at the provider, our TOTP is asked", async () => {
    person.amr = ["pwd"];
    const agent = new Agent(t.app);
    const back = await signInThroughProvider(agent);
    assert.match(back.headers.location as string, /^\/connexion\/second-facteur/);
    assert.equal((await agent.get("/admin")).statusCode, 303, "nothing staff before the second factor");
    const [account] = await t.ctx.db.select().from(accounts).where(eq(accounts.email, person.email));
    const secret = t.ctx.secrets.open(account!.totpSecret!);
    await agent.get("/connexion/second-facteur");
    assert.equal(
      (await agent.post("/connexion/second-facteur", { code: currentTotp(secret) })).statusCode,
      303,
    );
    assert.equal((await agent.get("/admin")).statusCode, 200);
    person.amr = ["pwd", "otp"];
  });

  test("someone unknown gets a verified member account, with no staff role", async () => {
    person.sub = "x99";
    person.email = "nouvelle.recrue@banque.fr";
    person.name = "Nouvelle Recrue";
    const agent = new Agent(t.app);
    const back = await signInThroughProvider(agent);
    assert.equal(back.headers.location, "/");
    const me = (await agent.get("/api/v1/me")).json();
    assert.equal(me.role, "member");
    assert.equal(me.displayName, "Nouvelle Recrue");
    assert.equal((await agent.get("/admin")).statusCode, 403);
  });

  test("a forged or replayed callback is refused with a page, and opens no session", async () => {
    const agent = new Agent(t.app);
    await agent.get("/connexion/oidc");
    const forged = await agent.get("/connexion/oidc/retour?code=invente&state=faux");
    assert.equal(forged.statusCode, 400);
    assert.match(forged.body, /n'a pas abouti/);
    assert.equal((await agent.get("/api/v1/me")).statusCode, 401);
    const withoutFlow = await new Agent(t.app).get("/connexion/oidc/retour?code=x&state=y");
    assert.equal(withoutFlow.statusCode, 400);
  });
});
