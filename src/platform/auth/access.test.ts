import assert from "node:assert/strict";
import { test } from "node:test";
import Fastify, { type FastifyInstance } from "fastify";
import "../http/types.ts";
import { guardRoutes, installAccess, memberAbility, publicAccess, staffAbility } from "./access.ts";
import { PERSONAS, type Persona, STAFF_ROLES, whoMay } from "./personas.ts";

const everyone = [...PERSONAS.keys()];
const signedIn = everyone.filter((persona) => persona !== "visitor");
const staffReady: Persona[] = [...STAFF_ROLES];

test("the ladder: each rung lets through exactly the personas standing on it", () => {
  const table: [string, Parameters<typeof whoMay>[0], Persona[]][] = [
    ["public", publicAccess, everyone],
    ["signed in", memberAbility("test.signed_in"), signedIn],
    [
      "verified",
      memberAbility("test.verified", "verified"),
      signedIn.filter((p) => p !== "unverified member"),
    ],
    ["any staff role", staffAbility("test.staff", STAFF_ROLES), staffReady],
    ["one staff role", staffAbility("test.dpo", ["dpo"]), ["dpo"]],
    // A staff ability cannot be given to members: the last rung needs a staff role.
    ["members listed", staffAbility("test.members", ["member", "dpo"]), ["dpo"]],
  ];
  for (const [rung, ability, expected] of table) assert.deepEqual(whoMay(ability), expected, rung);
});

function appWith(register: (app: FastifyInstance) => void): FastifyInstance {
  const app = Fastify();
  app.decorate("routeTable", [] as FastifyInstance["routeTable"]);
  app.addHook("onRoute", (route) => {
    for (const method of [route.method].flat())
      app.routeTable.push({
        method,
        url: route.url,
        access: () => route.config?.access,
        secretAddress: () => false,
      });
  });
  installAccess(app);
  app.register(async (plugin) => register(plugin));
  return app;
}

test("start-up fails on a route that declares no access, and on a staff area without a staff ability", async () => {
  const declaredAll = appWith((app) => {
    guardRoutes(app, publicAccess);
    app.get("/page", async () => "ok");
    app.get("/admin/x", { config: { access: staffAbility("test.staff", ["dpo"]) } }, async () => "ok");
  });
  await declaredAll.ready();
  await declaredAll.close();

  const forgotten = appWith((app) => {
    app.get("/page", { config: { access: publicAccess } }, async () => "ok");
    app.get("/oubli", async () => "ok");
  });
  await assert.rejects(async () => forgotten.ready(), /declare no access.*GET \/oubli/);

  const memberInStaffArea = appWith((app) => {
    app.get("/admin/x", { config: { access: memberAbility("test.member") } }, async () => "ok");
  });
  await assert.rejects(
    async () => memberInStaffArea.ready(),
    /Staff routes without a staff ability: GET \/admin\/x/,
  );
});
