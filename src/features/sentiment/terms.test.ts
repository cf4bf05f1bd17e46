import assert from "node:assert/strict";
import { test } from "node:test";
import { termsOf } from "./terms.ts";

test("a message's words: lowered, accents and common words removed, each once, in order", () => {
  assert.deepEqual(termsOf("Le prélèvement est encore passé, encore un PRÉLÈVEMENT de frais !"), [
    "frais",
    "passe",
    "prelevement",
  ]);
  assert.deepEqual(termsOf("l'agence m'a raccroché au nez"), ["agence", "nez", "raccroche"]);
});

test("names, towns, numbers and personal data never become a driver's word", () => {
  const terms = termsOf(
    "Madame Durand de Nantes : mon IBAN FR76 3000 6000 0112 3456 7890 189 est débité 2 fois, écrivez à jean.dupont@exemple.fr ou https://exemple.fr/litige",
  );
  assert.deepEqual(terms, ["debite", "ecrivez", "fois"]);
  for (const leaked of ["durand", "nantes", "jean", "dupont", "exemple", "litige", "iban"])
    assert.ok(!terms.includes(leaked), leaked);
});
