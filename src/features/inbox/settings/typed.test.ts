import assert from "node:assert/strict";
import { test } from "node:test";
import { DEFAULT_TARGETS } from "../service-levels.ts";
import {
  readCapacity,
  readOpeningHours,
  readTargets,
  readTeamNames,
  typedHours,
  typedTargets,
} from "./typed.ts";

test("targets typed as hours and minutes are stored in minutes; the defaults read back as they were", () => {
  const typed = typedTargets(DEFAULT_TARGETS);
  assert.equal(typed["first-normal-h"], "4");
  assert.equal(typed["first-normal-m"], "0");
  const read = readTargets(typed);
  assert.ok(read.ok);
  assert.deepEqual(read.value, DEFAULT_TARGETS);
  const minutesOnly = readTargets({ ...typed, "first-urgent-h": "", "first-urgent-m": "45" });
  assert.ok(minutesOnly.ok);
  assert.equal(minutesOnly.value.urgent.firstResponseMinutes, 45);
});

test("every wrong target is named at once: not a number, over 59 minutes, zero, too long, resolution before first response", () => {
  const read = readTargets({
    ...typedTargets(DEFAULT_TARGETS),
    "first-low-h": "2,5",
    "next-low-m": "60",
    "first-high-h": "0",
    "first-high-m": "0",
    "next-urgent-h": "2001",
    "resolution-normal-h": "1",
  });
  assert.ok(!read.ok);
  assert.deepEqual(read.errors, {
    "first-low": "inbox.settings.duration.invalid",
    "next-low": "inbox.settings.duration.invalid",
    "first-high": "inbox.settings.duration.zero",
    "next-urgent": "inbox.settings.duration.tooLong",
    "resolution-normal": "inbox.settings.duration.resolutionBeforeFirst",
  });
});

test("opening hours: HH:MM, closing after opening, at least one open day; unticked days are closed whatever they say", () => {
  const week = typedHours(new Map([[1, { opens: "09:00", closes: "18:00" }]]));
  assert.equal(week["ouvert-1"], "1");
  assert.equal(week["ouvert-2"], "");
  const read = readOpeningHours({ ...week, "ouvre-2": "nonsense" });
  assert.ok(read.ok);
  assert.deepEqual([...read.value], [[1, { opens: "09:00", closes: "18:00" }]]);
  const wrong = readOpeningHours({
    ...week,
    "ouvert-2": "1",
    "ouvre-2": "18:00",
    "ferme-2": "09:00",
    "ouvert-3": "1",
    "ouvre-3": "24:00",
  });
  assert.ok(!wrong.ok);
  assert.deepEqual(wrong.errors, {
    "jour-2": "inbox.settings.hours.closesBeforeOpens",
    "jour-3": "inbox.settings.hours.time",
  });
  const none = readOpeningHours({});
  assert.ok(!none.ok);
  assert.deepEqual(none.errors, { jours: "inbox.settings.hours.noOpenDay" });
});

test("a team's slug and names, and a capacity", () => {
  assert.ok(readTeamNames({ slug: "credit-immobilier", nameFr: " Crédit ", nameEn: "Mortgages" }, true).ok);
  const bad = readTeamNames({ slug: "Crédit--immo", nameFr: "", nameEn: "x".repeat(81) }, true);
  assert.ok(!bad.ok);
  assert.deepEqual(Object.keys(bad.errors).sort(), ["nameEn", "nameFr", "slug"]);
  assert.ok(
    readTeamNames({ slug: "", nameFr: "A", nameEn: "B" }, false).ok,
    "a rename leaves the slug alone",
  );
  assert.deepEqual(["0", " 25 ", "500", "501", "-1", "2.5", ""].map(readCapacity), [
    0,
    25,
    500,
    undefined,
    undefined,
    undefined,
    undefined,
  ]);
});
