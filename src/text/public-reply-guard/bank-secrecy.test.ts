import assert from "node:assert/strict";
import { test } from "node:test";
import { findBankSecrecy } from "./bank-secrecy.ts";

const kinds = (text: string) => findBankSecrecy(text).map((f) => f.kind);
const spans = (text: string) => findBankSecrecy(text).map((f) => text.slice(f.start, f.end));

test("a possessive with a state only the bank knows is a hit, in French and English", () => {
  assert.deepEqual(kinds("Votre prêt est accordé."), ["account_fact"]);
  assert.deepEqual(kinds("Votre dossier est en cours."), ["account_fact"]);
  assert.deepEqual(kinds("Votre compte a été débité hier."), ["account_fact"]);
  assert.deepEqual(kinds("Votre virement n'a pas été exécuté."), ["operation"]);
  assert.deepEqual(kinds("Your card has been blocked."), ["account_fact"]);
  assert.deepEqual(kinds("VOTRE CARTE A ÉTÉ BLOQUÉE"), ["account_fact"], "case and accents");
});

test("the bank saying what it checked or did is a hit", () => {
  assert.deepEqual(kinds("J'ai vérifié votre dossier."), ["client_relationship"]);
  assert.deepEqual(kinds("J’ai vérifié vos opérations."), ["client_relationship"], "typographic apostrophe");
  assert.deepEqual(kinds("Nous voyons sur votre compte un paiement en attente."), ["client_relationship"]);
  assert.deepEqual(kinds("Nous avons bloqué votre carte."), ["client_relationship"]);
  assert.deepEqual(kinds("I checked your file."), ["client_relationship"]);
  assert.deepEqual(kinds("Votre conseiller a bien reçu votre demande de prêt."), ["client_relationship"]);
});

test("balances, operations and digits are hits wherever they stand", () => {
  assert.deepEqual(kinds("Le solde de 1 250 € est disponible."), ["balance"]);
  assert.deepEqual(kinds("Vous êtes à découvert de 300 €."), ["balance"]);
  assert.deepEqual(kinds("Le prélèvement de 49,90 € du 12/03 vient d'Orange."), ["operation"]);
  assert.deepEqual(spans("La carte se terminant par 4321."), ["se terminant par 4321"]);
  assert.deepEqual(kinds("La carte ****1234."), ["card_or_account_digits"]);
  assert.deepEqual(kinds("Compte FR76 3000 6xxx xxxx."), ["card_or_account_digits"]);
});

test("general help is not a hit: conditions, instructions, habits, a product's terms", () => {
  for (const text of [
    "Pour bloquer une carte, appelez le 09 69 39 99 99.",
    "Depuis votre espace client, allez dans Mes comptes.",
    "Vous pouvez faire opposition dans l'application.",
    "Si votre carte est perdue, faites opposition.",
    "En cas de vol de votre carte, bloquez-la dans l'appli.",
    "Connectez-vous à votre espace pour voir votre solde.",
    "Vérifiez que votre carte n'est pas bloquée.",
    "En général, votre carte est envoyée sous 7 jours.",
    "Vous pouvez augmenter votre plafond jusqu'à 3 000 €.",
    "Les frais de tenue de compte passent à 2 € par mois à partir du 1er avril.",
    "If your card was stolen, please call us.",
    "Please log in to your account to download your statements.",
    "Votre carte vous protège à l'étranger.",
    "Merci pour votre message, nous vous répondons en privé.",
  ])
    assert.deepEqual(findBankSecrecy(text), [], text);
});

test("a condition governs its own sentence only", () => {
  assert.deepEqual(kinds("Si vous avez une question, écrivez-nous. Votre prêt est accordé."), [
    "account_fact",
  ]);
  assert.deepEqual(kinds("Votre carte a été bloquée, si vous souhaitez la débloquer appelez-nous."), [
    "account_fact",
  ]);
});

test("offsets point into the text as written", () => {
  const text = "Bonjour Léa ! Nous avons bloqué votre carte ce matin.";
  const [finding] = findBankSecrecy(text);
  assert.equal(text.slice(finding!.start, finding!.end), "Nous avons bloqué votre carte");
});
