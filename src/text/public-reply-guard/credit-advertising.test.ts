import assert from "node:assert/strict";
import { test } from "node:test";
import { CREDIT_WARNING, findCreditWithoutWarning, hasCreditWarning } from "./credit-advertising.ts";

test("a credit with a rate or an amount needs the legal sentence", () => {
  for (const text of [
    "Notre prêt à 3,2 % est disponible.",
    "Un crédit de 10 000 € sur 48 mois.",
    "Personal loan at 4% APR.",
    "Prêt immobilier jusqu'à 300 000 €.",
    "Le TAEG de notre crédit renouvelable est de 19,9 %.",
  ])
    assert.equal(findCreditWithoutWarning(text).length, 1, text);
});

test("the legal sentence is accepted with other apostrophes, spaces, quotes, case and line breaks", () => {
  const offer = "Prêt auto à 3,9 %.";
  assert.deepEqual(findCreditWithoutWarning(`${offer} ${CREDIT_WARNING}`), []);
  assert.ok(
    hasCreditWarning(
      "« un crédit vous engage\u00a0et doit être remboursé »\nVÉRIFIEZ vos capacités de remboursement avant de vous engager",
    ),
  );
  assert.ok(
    hasCreditWarning(
      "Un credit vous engage et doit etre rembourse. Verifiez vos capacites de remboursement avant de vous engager.",
    ),
  );
  assert.ok(
    !hasCreditWarning("Un crédit vous engage et doit être remboursé."),
    "half the sentence is not the sentence",
  );
});

test("no credit offer, no warning needed", () => {
  for (const text of [
    "Le taux du Livret A est de 3 %.",
    "Le Crédit Agricole facture 2 € le retrait.",
    "Votre compte a été crédité de 200 €.",
    "Nous sommes prêts à vous aider, 7 j/7.",
    "Pour un prêt, prenez rendez-vous.",
    "Les paiements par carte de crédit coûtent 2 %.",
    "Votre mensualité de 812 € sera prélevée le 10.",
  ])
    assert.deepEqual(findCreditWithoutWarning(text), [], text);
});
