import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { after, before, test } from "node:test";
import type { LightMyRequestResponse } from "fastify";
import { safeNextPath } from "../src/platform/http/forms.ts";
import { Agent } from "./helpers/agent.ts";
import { startTestApp, type TestApp } from "./helpers/app.ts";
import { someCategories } from "./helpers/community.ts";
import { createPerson, PASSWORD, signedIn, unusedTotp } from "./helpers/people.ts";

/**
 * Issue 11, M1 and L5: a "come back here" target (`suite`, `next`, `retour`) with a tab, a
 * backslash or an absolute address sent people to another site, and one with CR, LF or
 * non-ASCII characters made the Location header fail (500). One function, `safeNextPath`,
 * validates every target. This file checks that every place reading a target uses it, then
 * sends each hostile target to every route the server registers, in every name a target goes
 * by, and to the sign-in, second-factor, language and cookie flows: every Location stays on
 * this site and nothing is a 500.
 */

const BASE = new URL("http://localhost:3000");
const TARGET_NAMES = ["suite", "next", "retour"];

const HOSTILE = [
  "/\t/evil.example/phish",
  "/%09/evil.example/phish",
  "/\r\nSet-Cookie: pris=1",
  "/\n/evil.example",
  "//evil.example/phish",
  " //evil.example/phish",
  "/\\evil.example/phish",
  "\\\\evil.example/phish",
  "/.//evil.example/phish",
  "https://evil.example/phish",
  "http://localhost:3000@evil.example/",
  "javascript:alert(document.cookie)",
  "data:text/html,<script>alert(1)</script>",
  "/épargne/ünïcode?q=café#ancre",
  "/\u2028/evil.example",
  `/${"a".repeat(10_000)}`,
];

const SECOND_FACTOR_TARGETS = [
  "/\t/evil.example/phish",
  "/\\evil.example/phish",
  "https://evil.example/phish",
];

/** Routes that end the member's session: tried by a visitor only. */
const SIGNING_OUT = new Set(["/deconnexion", "/compte/sessions/fermer-tout"]);

let t: TestApp;
let member: Agent;

before(async () => {
  t = await startTestApp();
  await someCategories(t.ctx);
  member = await signedIn(t.app, await createPerson(t.ctx, "member"));
});
after(() => t.close());

/** A Location (or hx-redirect) a browser would follow to a page of this site, and only there. */
function assertStaysHere(response: LightMyRequestResponse, label: string) {
  assert.ok(response.statusCode < 500, `${label}: ${response.statusCode}`);
  for (const header of ["location", "hx-redirect"]) {
    const value = response.headers[header];
    if (value === undefined) continue;
    const location = String(value);
    assert.match(location, /^\/(?![/\\])/, `${label}: ${header} ${location}`);
    assert.doesNotMatch(location, /[\\\s\u0080-\uffff]/, `${label}: ${header} ${JSON.stringify(location)}`);
    assert.equal(new URL(location, BASE).origin, BASE.origin, `${label}: ${header} ${location}`);
  }
  // A page that carries the target on to its form carries it validated.
  for (const m of response.body.matchAll(/name="next" value="([^"]*)"/g)) {
    const value = m[1]!.replace(/&amp;/g, "&");
    if (value !== "") assert.equal(new URL(value, BASE).origin, BASE.origin, `${label}: form next ${value}`);
    assert.doesNotMatch(value, /^\/[/\\]|[\t\r\n]/, `${label}: form next ${JSON.stringify(value)}`);
  }
}

test("every place that reads a return target validates it with safeNextPath", () => {
  const files = readdirSync("src", { recursive: true, withFileTypes: true }).filter((e) =>
    /\.tsx?$/.test(e.name),
  );
  const readers: string[] = [];
  for (const entry of files) {
    const file = path.join(entry.parentPath, entry.name);
    for (const [i, line] of readFileSync(file, "utf8").split("\n").entries()) {
      const reads = new RegExp(
        `\\(request, "(?:${TARGET_NAMES.join("|")})"\\)|\\.(?:${TARGET_NAMES.join("|")})\\b`,
      );
      if (!/request/.test(line) || !reads.test(line)) continue;
      // The password form's "next" is the new password, not a place to go.
      if (/current: field\(request, "current"\)/.test(line)) continue;
      readers.push(`${file}:${i + 1}`);
      assert.match(line, /safeNextPath\(/, `${file}:${i + 1} reads a return target without safeNextPath`);
    }
  }
  // Sign-in (page, form, provider), second factor (page, form), language, cookies (page, form).
  assert.ok(readers.length >= 8, `only ${readers.length} readers found: ${readers.join(", ")}`);
});

test("safeNextPath keeps this site's paths and refuses everything else", () => {
  assert.equal(safeNextPath("/t/frais/12?page=2#message-3", BASE), "/t/frais/12?page=2#message-3");
  assert.equal(safeNextPath("http://localhost:3000/compte", BASE), "/compte");
  assert.equal(safeNextPath("/épargne", BASE), "/%C3%A9pargne");
  // Kept as (encoded) paths of this site: an encoded tab, non-ASCII letters, a line separator.
  const paths = ["/%09", "/épargne", "/\u2028"];
  for (const target of HOSTILE.filter((h) => !paths.some((p) => h.startsWith(p))))
    assert.equal(safeNextPath(target, BASE, "/repli"), "/repli", JSON.stringify(target));
  assert.equal(safeNextPath("/%09/evil.example", BASE), "/%09/evil.example", "an encoded tab stays a path");
});

test("every route, whatever return target it is given, redirects only to this site", async () => {
  const routes = t.app.routeTable.filter((r) => r.method === "GET" || r.method === "POST");
  assert.ok(routes.length > 100, `only ${routes.length} routes`);
  const concrete = (url: string) =>
    url
      .replace(/:id\b/g, "999999")
      .replace(/:[a-zA-Z]+/g, "inconnu")
      .replace(/\*$/, "inconnu");
  for (const target of HOSTILE) {
    const query = new URLSearchParams(TARGET_NAMES.map((name) => [name, target])).toString();
    const form = Object.fromEntries(TARGET_NAMES.map((name) => [name, target]));
    for (const route of routes) {
      // Staff routes answer a visitor or a member before any handler: the member-level ones suffice.
      // (The member does not sign out here: the next routes would see a visitor twice.)
      const agents =
        route.access()?.rung === "staff" || SIGNING_OUT.has(route.url)
          ? [new Agent(t.app)]
          : [new Agent(t.app), member];
      for (const agent of agents) {
        const url = `${concrete(route.url)}?${query}`;
        const response = route.method === "GET" ? await agent.get(url) : await agent.post(url, form);
        assertStaysHere(response, `${route.method} ${route.url} with ${JSON.stringify(target.slice(0, 40))}`);
      }
    }
  }
  assert.equal((await member.get("/compte")).statusCode, 200, "the member was still signed in throughout");
});

test("after sign-in, the second factor, a language or a cookie choice, the target stays on this site", async () => {
  const person = await createPerson(t.ctx, "member");
  const admin = await createPerson(t.ctx, "administrator");
  for (const target of HOSTILE) {
    const label = JSON.stringify(target.slice(0, 40));
    const visitor = new Agent(t.app);
    await visitor.get("/connexion");
    assertStaysHere(
      await visitor.post("/connexion", { email: person.email, password: PASSWORD, next: target }),
      `member sign-in ${label}`,
    );
    assertStaysHere(await visitor.post("/langue", { locale: "en", next: target }), `language ${label}`);
    assertStaysHere(
      await visitor.post("/cookies", { choice: "refuse", from: "banner", next: target }),
      `cookie banner ${label}`,
    );

    const staff = new Agent(t.app);
    await staff.get("/connexion");
    const first = await staff.post("/connexion", { email: admin.email, password: PASSWORD, next: target });
    assertStaysHere(first, `staff sign-in ${label}`);
    assertStaysHere(await staff.get(String(first.headers.location)), `second-factor page ${label}`);
    assertStaysHere(
      await staff.get(`/connexion/second-facteur?suite=${encodeURIComponent(target)}`),
      `second-factor page with suite ${label}`,
    );
    // Each TOTP step is accepted once: the redirect after success is tried with the three worst.
    if (!SECOND_FACTOR_TARGETS.includes(target)) continue;
    const second = await staff.post("/connexion/second-facteur", {
      code: await unusedTotp(admin.totpSecret!),
      next: target,
    });
    assert.equal(second.statusCode, 303, label);
    assertStaysHere(second, `second factor ${label}`);
    assert.equal(second.headers.location, "/admin", label);
  }
});

test("the review's example no longer leads to evil.example", async () => {
  // In the query, the tab is refused with every control character (M7); in a form, it is cut short here.
  const response = await member.get("/connexion?suite=%2F%09%2Fevil.example%2Fphish");
  assert.equal(response.statusCode, 400);
  assert.equal(response.headers.location, undefined);
  const visitor = new Agent(t.app);
  await visitor.get("/connexion");
  const person = await createPerson(t.ctx, "member");
  const signIn = await visitor.post("/connexion", {
    email: person.email,
    password: PASSWORD,
    next: "/\t/evil.example/phish",
  });
  assert.equal(signIn.statusCode, 303);
  assert.equal(signIn.headers.location, "/");
});
