import assert from "node:assert/strict";
import { test } from "node:test";
import { anonymousNow, signature, signatureOfDisplayName } from "./names.ts";

test("a review is signed with the first name and the initial of the last name, never more", () => {
  assert.equal(signature("marie", "Dupont"), "Marie D.");
  assert.equal(signature("Jean Pierre", "  élise"), "Jean É.");
  assert.equal(signature("Anaïs"), "Anaïs");
  assert.equal(signatureOfDisplayName("Marie-Claire de la Tour"), "Marie-Claire T.");
  assert.equal(signatureOfDisplayName("zoe"), "Zoe");
});

test("a display name is signed with letters only: never a whole pseudonym, never an address", () => {
  assert.equal(signatureOfDisplayName("Julie_R"), "Julie R.");
  assert.equal(signatureOfDisplayName("Marine_P"), "Marine P.");
  assert.equal(signatureOfDisplayName("JEAN.DUPONT"), "Jean D.");
  assert.equal(signatureOfDisplayName("marie75"), "Marie");
  assert.equal(signatureOfDisplayName("jean.dupont@mail.fr"), "");
  assert.equal(signatureOfDisplayName("12345"), "");
  assert.equal(signatureOfDisplayName("  "), "");
  assert.equal(signatureOfDisplayName("Jean-Luc d'Arc"), "Jean-Luc D.");
  assert.equal(signature("léa@exemple.fr", ""), "");
  assert.equal(signature("_Paul_", "Durand2"), "Paul D.");
});

test("after the anonymity period, counted from the first publication, no name is shown", () => {
  const published = new Date("2025-01-15T10:00:00Z");
  assert.equal(anonymousNow(published, new Date("2026-07-14T21:59:59Z"), 18), false);
  assert.equal(anonymousNow(published, new Date("2026-07-14T22:00:00Z"), 18), true);
  assert.equal(anonymousNow(null, new Date("2030-01-01T00:00:00Z"), 18), false);
});
