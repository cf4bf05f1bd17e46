import assert from "node:assert/strict";
import { test } from "node:test";
import { DEFAULT_RESERVED_NAMES, imitatedName } from "./impersonation.ts";

const reserved = [...DEFAULT_RESERVED_NAMES, "Banque Confiance"];

test("names imitating the bank are caught whatever the spelling", () => {
  for (const name of [
    "Conseiller Banque",
    "conseillère",
    "CONSEILLER",
    "C0nseiller",
    "Cons3iller_Paris",
    "Service Client",
    "service-client",
    "S е r v i c e client", // Cyrillic е
    "Offіciel", // Cyrillic і
    "Le Support",
    "Banque-Confiance",
    "Equipe Banque",
    "Équipe",
  ]) {
    assert.ok(imitatedName(name, reserved), name);
  }
});

test("ordinary names pass", () => {
  for (const name of [
    "Julie_R",
    "Mehdi B.",
    "Paulo74",
    "Inès",
    "Pierre-Yves",
    "Chloé B.",
    "emma.lyon",
    "Aminata D.",
  ]) {
    assert.equal(imitatedName(name, reserved), undefined, name);
  }
});
