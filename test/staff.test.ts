import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import pg from "pg";
import { createAdministrator } from "../src/features/accounts/admin.ts";
import { verifyAuditChain } from "../src/platform/audit/service.ts";
import { currentTotp } from "../src/platform/auth/totp.ts";
import { Agent } from "./helpers/agent.ts";
import { startTestApp, type TestApp } from "./helpers/app.ts";
import { administrator, createPerson, PASSWORD, signedIn } from "./helpers/people.ts";

let t: TestApp;
before(async () => {
  t = await startTestApp();
});
after(() => t.close());

describe("staff second factor", () => {
  test("a new administrator must enrol TOTP before any staff action, then gets asked at each sign-in", async () => {
    await createAdministrator(t.ctx, {
      email: "dsi@banque.fr",
      displayName: "Admin DSI",
      password: PASSWORD,
    });
    const agent = new Agent(t.app);
    await agent.get("/connexion");
    const signIn = await agent.post("/connexion", { email: "dsi@banque.fr", password: PASSWORD });
    assert.equal(signIn.headers.location, "/compte/securite", "straight to enrolment");
    assert.equal(
      (await agent.get("/admin")).headers.location,
      "/compte/securite",
      "no staff page before enrolment",
    );

    const page = await agent.get("/compte/securite");
    const secret = /<code class="secret">([A-Z2-7]+)<\/code>/.exec(page.body)?.[1];
    assert.ok(secret, "the key is given as text next to the QR code");
    assert.match(page.body, /<svg/);
    assert.equal((await agent.post("/compte/securite/second-facteur", { code: "000000" })).statusCode, 422);
    const enrolled = await agent.post("/compte/securite/second-facteur", { code: currentTotp(secret) });
    assert.equal(enrolled.statusCode, 200);
    const codes = [...enrolled.body.matchAll(/<li><code>([a-z0-9-]{14})<\/code><\/li>/g)].map((m) => m[1]!);
    assert.equal(codes.length, 10);
    assert.equal(
      (await agent.get("/admin")).statusCode,
      200,
      "enrolment counts as this session's second factor",
    );

    await agent.post("/deconnexion");
    const again = await agent.post("/connexion", { email: "dsi@banque.fr", password: PASSWORD });
    assert.match(again.headers.location as string, /^\/connexion\/second-facteur/);
    assert.equal((await agent.get("/admin")).statusCode, 303, "a pending session is not signed in");
    await agent.get("/connexion/second-facteur");
    assert.equal((await agent.post("/connexion/second-facteur", { code: "123456" })).statusCode, 401);
    assert.equal(
      (await agent.post("/connexion/second-facteur", { code: codes[0]!.toUpperCase() })).statusCode,
      303,
      "a recovery code works",
    );
    assert.equal((await agent.get("/admin")).statusCode, 200);

    await agent.post("/deconnexion");
    await agent.post("/connexion", { email: "dsi@banque.fr", password: PASSWORD });
    await agent.get("/connexion/second-facteur");
    assert.equal(
      (await agent.post("/connexion/second-facteur", { code: codes[0]! })).statusCode,
      401,
      "but only once",
    );
  });
});

describe("after the second factor", () => {
  test("staff land on the page they asked for, or in the staff area", async () => {
    const admin = await administrator(t.ctx);
    const agent = new Agent(t.app);
    const form = await agent.get("/connexion?suite=/admin/journal");
    assert.match(form.body, /name="next" value="\/admin\/journal"/);
    const signIn = await agent.post("/connexion", {
      email: admin.email,
      password: PASSWORD,
      next: "/admin/journal",
    });
    const secondFactor = await agent.get(signIn.headers.location as string);
    assert.match(
      secondFactor.body,
      /name="next" value="\/admin\/journal"/,
      "the target survives the second-factor step",
    );
    const done = await agent.post("/connexion/second-facteur", {
      code: currentTotp(admin.totpSecret),
      next: "/admin/journal",
    });
    assert.equal(done.headers.location, "/admin/journal");

    const plain = new Agent(t.app);
    await plain.get("/connexion");
    const again = await plain.post("/connexion", { email: admin.email, password: PASSWORD, next: "" });
    assert.equal(again.headers.location, "/connexion/second-facteur?suite=%2Fadmin");
  });
});

describe("accounts and roles", () => {
  test("an administrator makes a member an advisor; the change is audited and the member signed out", async () => {
    const admin = await administrator(t.ctx);
    const member = await createPerson(t.ctx, "member", "lea.conseil@banque.fr");
    const memberAgent = await signedIn(t.app, member);
    const agent = await signedIn(t.app, admin);

    const search = await agent.get("/admin/comptes?q=lea.conseil");
    assert.match(search.body, /lea\.conseil@banque\.fr/);
    const changed = await agent.post(`/admin/comptes/${member.id}/role`, { role: "advisor" });
    assert.equal(changed.statusCode, 303);
    assert.match(
      (await agent.get("/admin/comptes")).body,
      /lea\.conseil@banque\.fr/,
      "now listed with the staff",
    );
    assert.equal((await memberAgent.get("/compte")).statusCode, 303, "sessions end on becoming staff");

    const journal = await agent.get("/admin/journal?verifier=1");
    assert.match(journal.body, /account\.role_changed/);
    assert.match(journal.body, /La chaîne d'intégrité est intacte/);
    assert.match(journal.body, /Rôle changé/, "each entry is named in words for compliance");
    assert.match(journal.body, /&quot;to&quot;:&quot;advisor&quot;|"to":"advisor"/);

    assert.equal((await agent.post(`/admin/comptes/${member.id}/role`, { role: "pape" })).statusCode, 400);
    assert.equal(
      (await agent.post(`/admin/comptes/${admin.id}/role`, { role: "member" })).statusCode,
      409,
      "no demoting oneself",
    );
  });

  test("an administrator names a staff member's team; it shows on their verified badge", async () => {
    const admin = await signedIn(t.app, await administrator(t.ctx));
    const advisor = await createPerson(t.ctx, "advisor", undefined, "Nora");
    await admin.get("/admin/comptes");
    assert.equal(
      (await admin.post(`/admin/comptes/${advisor.id}/equipe`, { team: "Crédit immobilier" })).statusCode,
      303,
    );
    const profile = await new Agent(t.app).get(`/membres/${advisor.id}`);
    assert.match(profile.body, /Conseiller vérifié · Crédit immobilier/);
    assert.match((await admin.get("/admin/journal")).body, /Équipe du badge changée/);
    assert.equal(
      (await admin.post(`/admin/comptes/${advisor.id}/equipe`, { team: "x".repeat(61) })).statusCode,
      400,
    );
    const member = await signedIn(t.app, await createPerson(t.ctx, "member"));
    await member.get("/");
    assert.equal((await member.post(`/admin/comptes/${advisor.id}/equipe`, { team: "Moi" })).statusCode, 403);
  });

  test("deactivating an account ends its sessions at once", async () => {
    const admin = await administrator(t.ctx);
    const member = await createPerson(t.ctx, "member");
    const memberAgent = await signedIn(t.app, member);
    assert.equal((await memberAgent.get("/compte")).statusCode, 200);
    const agent = await signedIn(t.app, admin);
    await agent.get("/admin/comptes");
    assert.equal((await agent.post(`/admin/comptes/${member.id}/desactiver`)).statusCode, 303);
    assert.equal((await memberAgent.get("/compte")).statusCode, 303);
    const retry = await new Agent(t.app).post("/connexion", { email: member.email, password: PASSWORD });
    assert.equal(retry.statusCode, 403);
    assert.match(retry.body, /désactivé/);
  });
});

describe("audit log", () => {
  test("is append-only and its hash chain reveals an altered or removed entry", async () => {
    assert.deepEqual((await verifyAuditChain(t.ctx.db)).ok, true);
    const client = new pg.Client({ connectionString: t.databaseUrl });
    await client.connect();
    try {
      await assert.rejects(client.query("update audit_log set action = 'rien' where id = 1"), /append-only/);
      await assert.rejects(client.query("delete from audit_log where id = 1"), /append-only/);
      // A database superuser can bypass the trigger: the chain still tells.
      await client.query("alter table audit_log disable trigger audit_log_append_only");
      await client.query('update audit_log set details = \'{"to":"administrator"}\' where id = 2');
      const tampered = await verifyAuditChain(t.ctx.db);
      assert.equal(tampered.ok, false);
      assert.equal(tampered.brokenAt, 2);
      assert.equal(tampered.reason, "hash_mismatch");
      await client.query("delete from audit_log where id = 2");
      const removed = await verifyAuditChain(t.ctx.db);
      assert.equal(removed.ok, false);
      assert.equal(removed.reason, "link_mismatch");
      const admin = await signedIn(t.app, await administrator(t.ctx));
      const page = await admin.get("/admin/journal?verifier=1");
      assert.match(
        page.body,
        new RegExp(`rompue à l'entrée n° ${removed.brokenAt}`),
        "compliance sees the alert",
      );
    } finally {
      await client.end();
    }
  });
});
