import assert from "node:assert/strict";
import { test } from "node:test";
import { mentionsBank } from "./bank-mention.ts";

test("the bank's name is found whatever the case and accents, as whole words in order", () => {
  assert.ok(mentionsBank("Franchement, la BANQUE confiance ne répond jamais.", "Banque Confiance"));
  assert.ok(mentionsBank("Merci à Banque Confiancé !", "Banque Confiance"));
  assert.ok(mentionsBank("banque\nconfiance", "Banque Confiance"));
  assert.ok(!mentionsBank("Ma banque me fait confiance.", "Banque Confiance"));
  assert.ok(!mentionsBank("La banque Confiances", "Banque Confiance"));
  assert.ok(!mentionsBank("N'importe quoi", ""));
});
