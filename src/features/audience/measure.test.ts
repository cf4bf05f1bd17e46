import assert from "node:assert/strict";
import { test } from "node:test";
import {
  audienceCookieExpiry,
  countedPath,
  formatAudienceCookie,
  isRobot,
  newAudienceCookie,
  readAudienceCookie,
  referrerHost,
} from "./measure.ts";

test("the audience cookie reads back what was written, and nothing malformed", () => {
  const cookie = newAudienceCookie(new Date("2026-03-10T08:30:00Z"));
  assert.deepEqual(readAudienceCookie(formatAudienceCookie(cookie)), {
    visitor: cookie.visitor,
    issuedAt: new Date("2026-03-10T08:30:00Z"),
  });
  for (const raw of [
    undefined,
    "",
    "short.123",
    `${cookie.visitor}`,
    `${cookie.visitor}.12a`,
    `${cookie.visitor}.1.2`,
  ])
    assert.equal(readAudienceCookie(raw), undefined, String(raw));
});

test("the cookie lives thirteen months from the day it was set, shorter months clamped", () => {
  assert.deepEqual(audienceCookieExpiry(new Date("2026-03-10T08:30:00Z")), new Date("2027-04-10T00:00:00Z"));
  assert.deepEqual(audienceCookieExpiry(new Date("2026-01-31T12:00:00Z")), new Date("2027-02-28T00:00:00Z"));
});

test("a page is counted by its own path only: no query, no fragment, no other site", () => {
  assert.equal(countedPath("/t/frais/12?email=anne@exemple.fr#message-2"), "/t/frais/12");
  assert.equal(countedPath("/"), "/");
  for (const raw of [
    undefined,
    12,
    "",
    "t/frais",
    "//evil.example/x",
    "https://evil.example/",
    "/a b",
    "/<x>",
    `/${"a".repeat(300)}`,
  ])
    assert.equal(countedPath(raw), undefined, String(raw));
});

test("the referrer is another site's host, never this site nor a path", () => {
  assert.equal(referrerHost("https://www.google.fr/search?q=banque", "confiance.example"), "www.google.fr");
  assert.equal(referrerHost("https://confiance.example/t/1", "confiance.example"), undefined);
  assert.equal(referrerHost("javascript:alert(1)", "confiance.example"), undefined);
  assert.equal(referrerHost("pas une adresse", "confiance.example"), undefined);
  assert.equal(referrerHost(undefined, "confiance.example"), undefined);
});

test("robots and nameless clients are not an audience", () => {
  assert.equal(isRobot("Mozilla/5.0 (X11; Linux x86_64) Firefox/135.0"), false);
  for (const agent of [
    undefined,
    "",
    "Googlebot/2.1",
    "curl/8.5",
    "python-requests/2.32",
    "Slackbot-LinkExpanding 1.0",
  ])
    assert.equal(isRobot(agent), true, String(agent));
});
