import assert from "node:assert/strict";
import { test } from "node:test";
import { innerPassage, openingPassage } from "./snippet.ts";

test("an opening passage ends on a whole word, with … only when the text goes on", () => {
  assert.equal(openingPassage("Bonjour, ma carte est bloquée.", 240), "Bonjour, ma carte est bloquée.");
  const long = "Depuis hier ma carte bancaire est refusée chez tous les commerçants du quartier";
  const cut = openingPassage(long, 30);
  assert.equal(cut, "Depuis hier ma carte bancaire…");
  assert.ok(cut.length <= 31);
  assert.equal(openingPassage("Un   texte\navec\tdes blancs", 240), "Un texte avec des blancs");
});

test("a passage from inside a text is marked where it was cut", () => {
  assert.equal(
    innerPassage("ma \u0002carte\u0003 est bloquée depuis"),
    "…ma \u0002carte\u0003 est bloquée depuis…",
  );
  assert.equal(innerPassage("Ma \u0002carte\u0003 est bloquée."), "Ma \u0002carte\u0003 est bloquée.");
  assert.equal(innerPassage("\u0002Carte\u0003 refusée"), "\u0002Carte\u0003 refusée…");
});
