import assert from "node:assert/strict";
import { test } from "node:test";
import { profanitiesIn } from "./profanity.ts";

test("insults are found as they were written, through elisions, plurals and feminines", () => {
  assert.deepEqual(profanitiesIn("Quel connard, l'enfoiré ! Des connasses, des enculées."), [
    "connard",
    "l'enfoiré",
    "connasses",
    "enculées",
  ]);
  assert.deepEqual(profanitiesIn("fuck this bank"), ["fuck"]);
});

test("disguised spellings are seen through: dots, spaces, symbols and digits for letters", () => {
  assert.deepEqual(profanitiesIn("Espèce de c.o.n.n.a.r.d"), ["c.o.n.n.a.r.d"]);
  assert.deepEqual(profanitiesIn("Espèce de c o n n a r d"), ["connard"]);
  assert.deepEqual(profanitiesIn("@brut! et 1mbéc1le"), ["@brut!", "1mbéc1le"]);
  assert.deepEqual(profanitiesIn("Quel abruti!"), ["abruti!"]);
});

test("words the lists carry but a bank's clients use every day are not held", () => {
  for (const text of [
    "Les frais sont minables, bordel.",
    "Un coup de manche pour rien, une vraie gourde.",
    "La carte est sale et la punaise ne tient plus.",
    "Merci pour votre réponse, conseiller : mon compte est débloqué.",
    "Je suis trainee in the bank's sales team, the app sucks.",
  ])
    assert.deepEqual(profanitiesIn(text), [], text);
});

test("each profane word is reported once", () => {
  assert.deepEqual(profanitiesIn("connard, connard et encore connard"), ["connard"]);
});
