import assert from "node:assert/strict";
import { test } from "node:test";
import { mentionedIn } from "./mentions.ts";

const staff = [
  { id: 1, displayName: "Claire Martin" },
  { id: 2, displayName: "Hugo Bernard" },
  { id: 3, displayName: "Hugo Petit" },
  { id: 4, displayName: "Éloïse Durand" },
];

test("a note mentions colleagues by full name, or by first name when it is theirs alone", () => {
  assert.deepEqual(mentionedIn("@Claire peux-tu regarder ?", staff), [1]);
  assert.deepEqual(mentionedIn("Vu avec @hugo petit et @eloise.", staff), [3, 4]);
  assert.deepEqual(mentionedIn("@Hugo : lequel ?", staff), [], "two Hugos: the first name says nobody");
  assert.deepEqual(mentionedIn("@Clairette, claire@exemple.fr", staff), [], "a name ends at a word's end");
  assert.deepEqual(mentionedIn("Sans mention.", staff), []);
});
