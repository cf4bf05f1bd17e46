import assert from "node:assert/strict";
import { test } from "node:test";
import { classify } from "./index.ts";
import { normalize } from "./normalize.ts";

const complaint = (text: string) => classify(text).complaint;
const sentiment = (text: string) => classify(text).sentiment;

test("normalising: case, accents, elisions, SMS spellings, English contractions", () => {
  assert.deepEqual(normalize("J’ai TOUJOURS pas reçu").words, ["j", "ai", "toujours", "pas", "recu"]);
  assert.deepEqual(normalize("jai tjrs rien").words, ["j", "ai", "toujours", "rien"]);
  assert.deepEqual(normalize("I don't, can't, won't").words, ["i", "do", "not", "can", "not", "won", "not"]);
  assert.equal(normalize("C'est INADMISSIBLE, VRAIMENT !!!").shouted, 2);
  assert.equal(normalize("Mon IBAN et le SEPA").shouted, 0, "acronyms are not shouting");
});

test("negation: 'pas satisfait' is negative, 'aucun problème' is not", () => {
  assert.equal(sentiment("Je suis satisfait du service."), "positive");
  assert.equal(sentiment("Je ne suis pas du tout satisfait du service."), "negative");
  assert.ok(complaint("Je ne suis pas satisfait du service."));
  assert.notEqual(sentiment("Aucun problème, tout s'est bien passé."), "negative");
  assert.ok(!complaint("Aucun problème, tout s'est bien passé."));
  assert.equal(sentiment("I am not happy with the service."), "negative");
  assert.ok(!complaint("No problem at all, everything went fine."));
  assert.ok(complaint("Je n'ai pas reçu de réponse à mon courrier."), "an expected answer that did not come");
});

test("contrast: the clause after 'mais' / 'but' weighs more", () => {
  assert.ok(
    complaint("Le conseiller est aimable, mais mon dossier est bloqué depuis un mois sans explication."),
  );
  assert.ok(
    !complaint("L'attente a été un peu longue, mais le conseiller a parfaitement réglé mon problème."),
  );
  assert.equal(sentiment("The wait was long, but the advisor was excellent and very kind."), "positive");
  assert.equal(sentiment("The advisor was kind, however the fees are outrageous."), "negative");
});

test("intensifiers, exclamation marks and capitals raise the score", () => {
  const plain = classify("Je suis déçu du service.");
  const louder = classify("Je suis vraiment très déçu du service !!!");
  assert.ok(louder.complaintScore > plain.complaintScore);
  assert.ok(louder.sentimentScore < plain.sentimentScore);
  assert.ok(classify("C'EST INADMISSIBLE").complaintScore > classify("c'est inadmissible").complaintScore);
});

test("cheap irony: praise next to a grievance counts against the bank", () => {
  assert.ok(complaint("Bravo pour le suivi… trois semaines sans réponse."));
  assert.equal(sentiment("Bravo pour le suivi… trois semaines sans réponse."), "negative");
  assert.ok(complaint("Merci pour rien."));
  assert.ok(complaint("Great job guys, 3 weeks waiting for a transfer."));
  assert.ok(complaint("Thanks for nothing."));
  assert.ok(!complaint("Bravo pour la nouvelle application, très claire."), "sincere praise stays praise");
});

test("requests for information, a service or an opinion are not complaints", () => {
  for (const text of [
    "Comment activer le sans contact ?",
    "Quels sont vos horaires le samedi ?",
    "Je voudrais ouvrir un PEL.",
    "How do I order a new card?",
    "Any advice on life insurance?",
  ])
    assert.ok(!complaint(text), text);
  assert.ok(
    complaint("Je suis déçue, malgré mes relances personne ne me répond."),
    "politely worded, still one",
  );
  assert.ok(complaint("Je vais changer de banque."));
});

test("facts told flatly are complaints; the same facts as a hypothesis or a how-to are questions", () => {
  for (const text of [
    "Mon remboursement promis le mois dernier n'a jamais été fait.",
    "Le chèque de ma grand-mère a été encaissé deux fois.",
    "On m'a fait signer une assurance décès sans m'expliquer ce que c'était.",
    "I've had to visit the branch three times to update my address.",
    "My savings transfer has been pending since Monday.",
  ])
    assert.ok(complaint(text), text);
  for (const text of [
    "Si on me prélève deux fois par erreur, comment récupérer l'argent ?",
    "What should I do if I was charged twice?",
    "Mon virement n'est pas encore arrivé, combien de temps faut-il compter ?",
    "Thanks, the duplicate payment has been refunded already.",
  ])
    assert.ok(!complaint(text), text);
  assert.equal(sentiment("Que faire si ma carte est volée à l'étranger ?"), "neutral");
  assert.equal(
    sentiment("Deux prélèvements identiques le même jour."),
    "negative",
    "dissatisfaction is negative",
  );
});

test("payment services: the payment's execution, not the product it pays", () => {
  const payment = (text: string) => classify(text).paymentService;
  assert.ok(payment("On m'a prélevé deux fois la prime d'assurance."), "a duplicate debit");
  assert.ok(payment("I was charged twice for the same purchase."));
  assert.ok(
    !payment("Mon prêt est remboursé et on me prélève encore les échéances."),
    "the loan's servicing",
  );
  assert.ok(!payment("L'assurance de ma carte couvre-t-elle la location de voiture ?"));
  assert.ok(!payment("The card reader for online banking is broken."));
});

test("payment services (PSD2): cards, transfers, direct debits, withdrawals, fraud; not cheques, loans or savings", () => {
  const payment = (text: string) => classify(text).paymentService;
  for (const text of [
    "Ma carte est bloquée",
    "virement instantané",
    "un prélèvement SEPA rejeté",
    "retrait au DAB",
    "paiement sans contact",
    "Apple Pay ne marche pas",
    "an unauthorised transaction on my account",
    "my direct debit bounced",
  ])
    assert.ok(payment(text), text);
  for (const text of [
    "Mon chèque n'est pas encaissé",
    "mon prêt immobilier",
    "le taux du livret A",
    "mon assurance habitation",
    "ma carte vitale",
    "des frais de tenue de compte",
  ])
    assert.ok(!payment(text), text);
});

test("language: French or English, French when undecidable", () => {
  assert.equal(classify("Where is my money?").language, "en");
  assert.equal(classify("Où est mon argent ?").language, "fr");
  assert.equal(classify("ok").language, "fr");
  assert.equal(classify("").language, "fr");
});

test("scores stay in range, whatever the text", () => {
  for (const text of ["", "!!!!!!", "a".repeat(5000), "NUL NUL NUL ".repeat(200), "🙂"]) {
    const result = classify(text);
    assert.ok(result.complaintScore >= 0 && result.complaintScore <= 1);
    assert.ok(result.sentimentScore >= -1 && result.sentimentScore <= 1);
  }
});
