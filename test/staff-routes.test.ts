import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { eq } from "drizzle-orm";
import { accounts } from "../src/features/accounts/schema.ts";
import { type Ability, inStaffArea } from "../src/platform/auth/access.ts";
import { ROLES, type Role } from "../src/platform/auth/roles.ts";
import { Agent } from "./helpers/agent.ts";
import { startTestApp, type TestApp } from "./helpers/app.ts";
import { someCategories } from "./helpers/community.ts";
import { createPerson, PASSWORD, signedIn } from "./helpers/people.ts";

/**
 * Every staff ability needs a staff role *and* a second factor given in this session. This
 * test walks every route the server registers, so a staff route added tomorrow is covered
 * without being listed: a staff session that gave its password only (second factor never
 * enrolled, as an administrator made by `create-admin` is, or enrolled but not yet given)
 * reaches no staff route, and outside the staff routes it is worth exactly a member.
 */

const STAFF_ROLES = ROLES.filter((role): role is Exclude<Role, "member"> => role !== "member");

let t: TestApp;
let member: Agent;
/** Staff of each role who signed in with a password and never enrolled a second factor. */
const passwordOnly = new Map<Role, Agent>();
/** An administrator with an enrolled second factor who gave the password and stopped there. */
let pending: Agent;

/** A concrete URL for a route pattern: ids that do not exist, so nothing is found or changed. */
function concrete(url: string): string {
  return url
    .replace(/:id\b/g, "999999")
    .replace(/:[a-zA-Z]+/g, "inconnu")
    .replace(/\*$/, "inconnu");
}

async function unenrolledStaff(role: Role): Promise<Agent> {
  const person = await createPerson(t.ctx, role);
  await t.ctx.db
    .update(accounts)
    .set({ totpSecret: null, totpEnabledAt: null })
    .where(eq(accounts.id, person.id));
  return signedIn(t.app, { email: person.email, totpSecret: null });
}

before(async () => {
  t = await startTestApp();
  await someCategories(t.ctx);
  member = await signedIn(t.app, await createPerson(t.ctx, "member"));
  for (const role of STAFF_ROLES) passwordOnly.set(role, await unenrolledStaff(role));
  const admin = await createPerson(t.ctx, "administrator");
  pending = new Agent(t.app);
  await pending.get("/connexion");
  const step = await pending.post("/connexion", { email: admin.email, password: PASSWORD });
  assert.match(String(step.headers.location), /^\/connexion\/second-facteur/);
});
after(() => t.close());

/** Staff routes as a browser reaches them (HEAD answers as GET does). */
const staffRoutes = () =>
  t.app.routeTable.filter((route) => route.access()?.rung === "staff" && route.method !== "HEAD");

test("every route in a staff area declares a staff ability, and the staff routes are many", () => {
  const areas = t.app.routeTable.filter((route) => inStaffArea(route.url));
  assert.ok(areas.length > 40, `only ${areas.length} staff-area routes found`);
  for (const route of areas) assert.equal(route.access()?.rung, "staff", `${route.method} ${route.url}`);
  for (const route of staffRoutes()) assert.ok(["GET", "POST"].includes(route.method), route.method);
  // Staff abilities outside the staff areas (the newsroom's writing pages) are found too.
  assert.ok(staffRoutes().some((route) => route.url === "/actualites/nouvel-article"));
});

test("a staff session without its second factor reaches no staff route, whatever the role", async () => {
  for (const route of staffRoutes()) {
    const url = concrete(route.url);
    for (const [role, agent] of passwordOnly) {
      const response = route.method === "GET" ? await agent.get(url) : await agent.post(url, {});
      const label = `${role} without second factor on ${route.method} ${route.url}`;
      if (route.method === "GET") {
        assert.equal(
          response.statusCode,
          (route.access() as Ability).allows({ role } as never) ? 303 : 403,
          label,
        );
        if (response.statusCode === 303) assert.equal(response.headers.location, "/compte/securite", label);
      } else {
        assert.equal(response.statusCode, 403, label);
      }
    }
  }
});

test("a session whose second factor is pending is a visitor on every staff route", async () => {
  for (const route of staffRoutes()) {
    const url = concrete(route.url);
    const response = route.method === "GET" ? await pending.get(url) : await pending.post(url, {});
    assert.equal(response.statusCode, route.method === "GET" ? 303 : 401, `${route.method} ${route.url}`);
    if (route.method === "GET") assert.match(String(response.headers.location), /^\/connexion\?suite=/);
  }
});

/** Where a staff account is worth less than a member, second factor or not: staff never review the bank. */
const NEVER_STAFF = new Set([
  "/avis/ecrire",
  "/avis/invitation/:token",
  // Nor answer its surveys.
  "/sondages/:key",
  "/sondages/reponse/:key",
]);

test("outside the staff routes, a password-only administrator is worth exactly a member", async () => {
  const admin = passwordOnly.get("administrator")!;
  const skipped = new Set(["/healthz", "/readyz", "/metrics"]);
  let compared = 0;
  for (const route of t.app.routeTable) {
    if (route.method !== "GET" || route.access()?.rung === "staff" || skipped.has(route.url)) continue;
    if (route.url.includes("*") || route.url.startsWith("/api/docs")) continue;
    const url = concrete(route.url);
    const asMember = await member.get(url, { accept: "text/html" });
    const asAdmin = await admin.get(url, { accept: "text/html" });
    if (NEVER_STAFF.has(route.url)) assert.equal(asAdmin.statusCode, 403, `GET ${route.url}`);
    else assert.equal(asAdmin.statusCode, asMember.statusCode, `GET ${route.url}`);
    compared++;
  }
  assert.ok(compared > 40, `only ${compared} routes compared`);
});
