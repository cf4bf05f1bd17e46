import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { connect } from "node:net";
import path from "node:path";
import { after, before, test } from "node:test";
import { sql } from "drizzle-orm";
import type { LightMyRequestResponse } from "fastify";
import { ROLES, type Role } from "../src/platform/auth/roles.ts";
import type { Agent } from "./helpers/agent.ts";
import { startTestApp, type TestApp } from "./helpers/app.ts";
import { someCategories } from "./helpers/community.ts";
import { uploadContacts } from "./helpers/contacts.ts";
import { createPerson, signedIn } from "./helpers/people.ts";

/**
 * Issue 11, M7 and L12: a NUL byte anywhere in a request reached PostgreSQL on about twenty
 * routes (HTTP 500), and the error log then printed the query's parameters (addresses, post
 * text). This file walks every route the server registers, so a route added tomorrow is
 * covered without being listed, and sends a NUL in the query and in the body with every field
 * name the code reads: each is refused with a 400 before any handler runs, nothing is a 500,
 * and nothing we sent appears in the log.
 */

const logLines: string[] = [];
let t: TestApp;
let member: Agent;
const staff = new Map<Role, Agent>();

/** Every field and query parameter name the routes read, found in the source. */
function namesReadBySource(): { fields: string[]; query: string[] } {
  const fields = new Set<string>();
  const query = new Set<string>();
  const files = readdirSync("src", { recursive: true, withFileTypes: true }).filter((entry) =>
    /\.tsx?$/.test(entry.name),
  );
  for (const entry of files) {
    const text = readFileSync(path.join(entry.parentPath, entry.name), "utf8");
    for (const m of text.matchAll(/\bfields?\(request, "([^"]+)"\)/g)) fields.add(m[1]!);
    for (const m of text.matchAll(/\bqueryParam\(request, "([^"]+)"\)/g)) query.add(m[1]!);
  }
  return { fields: [...fields], query: [...query] };
}

/** A value that passes format checks (an address for e-mail fields) but carries a NUL. */
const hostile = (name: string) =>
  /mail/i.test(name)
    ? "nul\u0000@exemple.fr"
    : /^(id|replyTo|postId)$/.test(name)
      ? "1\u0000"
      : "texte\u0000nul";

function concrete(url: string): string {
  return url
    .replace(/:id\b/g, "999999")
    .replace(/:[a-zA-Z]+/g, "inconnu")
    .replace(/\*$/, "inconnu");
}

before(async () => {
  t = await startTestApp({ logStream: { write: (line) => void logLines.push(line) } });
  await someCategories(t.ctx);
  member = await signedIn(t.app, await createPerson(t.ctx, "member"));
  for (const role of ROLES.filter((r) => r !== "member")) {
    staff.set(role, await signedIn(t.app, await createPerson(t.ctx, role)));
  }
});
after(() => t.close());

/** Who reaches the route's handler: visitors and members on open routes, an allowed role otherwise. */
function reachers(route: (typeof t.app.routeTable)[number]): (Agent | undefined)[] {
  const access = route.access();
  if (!access) return [undefined, member];
  if (access.rung !== "staff") return [member];
  const role = ROLES.find((r) => r !== "member" && access.allows({ role: r } as never));
  assert.ok(role, `${route.method} ${route.url}: no role may use it`);
  return [staff.get(role)];
}

async function send(
  agent: Agent | undefined,
  method: string,
  url: string,
  form?: Record<string, string>,
): Promise<LightMyRequestResponse> {
  const api = url.startsWith("/api/");
  if (agent && method === "GET") return agent.get(url);
  if (agent && !api) return agent.post(url, form ?? {}, {});
  return t.app.inject({
    method: method as "GET",
    url,
    headers: {
      ...(agent ? { cookie: agent.cookieHeaderForTests() } : {}),
      ...(api
        ? { "content-type": "application/json" }
        : { "content-type": "application/x-www-form-urlencoded" }),
    },
    ...(method === "GET"
      ? {}
      : { payload: api ? JSON.stringify(form ?? {}) : new URLSearchParams(form).toString() }),
  });
}

function assertRefused(response: LightMyRequestResponse, label: string) {
  assert.equal(response.statusCode, 400, `${label}: ${response.statusCode} ${response.body.slice(0, 200)}`);
  if (label.includes(" /api/")) {
    assert.match(String(response.headers["content-type"]), /application\/problem\+json/, label);
    assert.equal(JSON.parse(response.body).type, "about:blank#control_characters", label);
  } else {
    assert.match(response.body, /caractère invisible/, label);
  }
}

test("a NUL in the query or the body is refused with a 400 on every route, for whoever reaches it", async () => {
  const { fields, query } = namesReadBySource();
  assert.ok(fields.length > 30 && query.length > 5, `only ${fields.length} fields, ${query.length} params`);
  const nulQuery = new URLSearchParams(
    Object.fromEntries(query.map((name) => [name, hostile(name)])),
  ).toString();
  const nulForm = Object.fromEntries(fields.map((name) => [name, hostile(name)]));
  const cleanForm = Object.fromEntries(fields.map((name) => [name, hostile(name).replace("\u0000", "")]));
  const routes = t.app.routeTable.filter(
    (route) => route.method !== "HEAD" && !route.url.startsWith("/api/docs") && route.url !== "/metrics",
  );
  assert.ok(routes.length > 100, `only ${routes.length} routes`);
  let refused = 0;
  for (const route of routes) {
    const url = concrete(route.url);
    for (const agent of reachers(route)) {
      const who = agent === undefined ? "visitor" : agent === member ? "member" : "staff";
      const label = `${who} ${route.method} ${route.url}`;
      const inQuery = await send(
        agent,
        route.method,
        `${url}?${nulQuery}`,
        route.method === "GET" ? undefined : cleanForm,
      );
      assertRefused(inQuery, `${label} (query)`);
      refused++;
      if (route.method !== "GET") {
        assertRefused(await send(agent, route.method, url, nulForm), `${label} (body)`);
        refused++;
      }
    }
  }
  assert.ok(refused > 150, `only ${refused} requests refused`);
  // Nothing reached PostgreSQL, and nothing we sent is in the log.
  const log = logLines.join("");
  assert.doesNotMatch(log, /params:/);
  assert.doesNotMatch(log, /\\u0000|nul@exemple|texte.nul/);
  assert.doesNotMatch(log, /"level":50/);
});

test("a NUL in a route parameter is refused too", async () => {
  const response = await t.app.inject({ method: "GET", url: "/c/epargne%00" });
  assert.equal(response.statusCode, 400);
  assert.match(response.body, /caractère invisible/);
});

test("the line breaks and tabs of multi-line text are still accepted in a body", async () => {
  const response = await member.post("/newsletter", { email: "lignes@exemple.fr\r\n", consent: "1" });
  assert.notEqual(response.statusCode, 400);
  assert.ok(response.statusCode < 500);
});

test("a database error is logged without the values of its parameters", async () => {
  const secret = "adresse.secrete@exemple.fr";
  const error = await t.ctx.db
    .execute(sql`select ${secret}::int`)
    .then(() => undefined)
    .catch((e: unknown) => e);
  assert.ok(error instanceof Error);
  // Before the fix the log carried drizzle's message ("params: …") and PostgreSQL's own quote.
  assert.match(`${error.message} ${String((error as { cause?: Error }).cause?.message)}`, /adresse\.secrete/);
  logLines.length = 0;
  t.app.log.error({ err: error }, "request failed");
  const line = logLines.join("");
  assert.match(line, /request failed/);
  assert.match(line, /22P02/, "the SQLSTATE stays, for the operator");
  assert.match(line, /select \$1::int/, "the SQL text stays, without values");
  assert.doesNotMatch(line, /adresse\.secrete/);
});

test("an address the router cannot read gets the translated page, not Fastify's JSON", async () => {
  for (const url of ["/t/%E0%A4%A/1", "/c/%zz", `/c/${"a".repeat(200)}`]) {
    const response = await t.app.inject({ method: "GET", url });
    assert.ok([400, 404, 414].includes(response.statusCode), `${url}: ${response.statusCode}`);
    assert.match(String(response.headers["content-type"]), /text\/html/, url);
    assert.match(response.body, /<html lang="fr"/, url);
  }
  const long = await t.app.inject({ method: "GET", url: `/recherche?q=${"a".repeat(60_000)}` });
  assert.equal(long.statusCode, 414);
  assert.match(long.body, /Adresse trop longue/);
});

test("over a real socket, a 60,000-character address gets a translated page too", async () => {
  const address = await t.app.listen({ port: 0, host: "127.0.0.1" });
  const { port } = new URL(address);
  const raw = await new Promise<string>((resolve, reject) => {
    const socket = connect(Number(port), "127.0.0.1", () => {
      socket.write(`GET /recherche?q=${"a".repeat(60_000)} HTTP/1.1\r\nHost: localhost\r\n\r\n`);
    });
    let received = "";
    socket.on("data", (chunk) => {
      received += chunk.toString();
    });
    socket.on("close", () => resolve(received));
    socket.on("error", reject);
  });
  assert.match(raw, /^HTTP\/1\.1 (414|431) /);
  assert.match(raw, /content-type: text\/html/i);
  assert.match(raw, /trop/);
});

/** The contact import form, as a browser sends it (multipart, with a file). */
const importContacts = (label: string, csv: string): Promise<LightMyRequestResponse> =>
  uploadContacts(t.app, staff.get("community_manager")!, csv, label);

test("multipart fields are checked like any form, and an uploaded CSV's text too", async () => {
  const csv = "email;basis;basis_date;basis_source;kind;locale;tags;list\n";
  const field = await importContacts(
    "Salon\u0000",
    `${csv}un@exemple.fr;consent;2025-01-01;salon;prospect;fr;;\n`,
  );
  assertRefused(field, "multipart field");
  const file = await importContacts(
    "Salon",
    `${csv}deux@exemple.fr;consent;2025-01-01;sal\u0000on;prospect;fr;;\n`,
  );
  assert.equal(file.statusCode, 422);
  assert.match(file.body, /ne se lit pas comme un CSV/);
});
