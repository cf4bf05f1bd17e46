import assert from "node:assert/strict";
import { test } from "node:test";
import { skeleton } from "./skeleton.ts";

test("case, accents, spaces and punctuation fold away", () => {
  assert.equal(skeleton("Crédit Agricole-Épargne ?"), skeleton("credit agricole epargne"));
  assert.equal(skeleton("ＢＡＮＱＵＥ"), "banque");
});

test("digits and symbols used as letters fold to the letters they imitate", () => {
  assert.equal(skeleton("C0nse1ller"), skeleton("Conseiller"));
  assert.equal(skeleton("@brut!"), skeleton("abruti"));
  assert.equal(skeleton("$€rv|c€"), skeleton("service"));
});

test("Cyrillic and Greek look-alikes fold to Latin", () => {
  // "Сonseiller" with a Cyrillic С, "Bαnque" with a Greek alpha.
  assert.equal(skeleton("\u0421onseiller"), skeleton("Conseiller"));
  assert.equal(skeleton("B\u03b1nque"), "banque");
});

test("i and l are one letter, so a capital I cannot stand in for an l unseen", () => {
  assert.equal(skeleton("ConseiIler"), skeleton("Conseiller"));
  assert.equal(skeleton("Il"), "ll");
});

test("different words keep different skeletons", () => {
  assert.notEqual(skeleton("conseiller"), skeleton("conseil"));
  assert.notEqual(skeleton("banque"), skeleton("blanque"));
});
