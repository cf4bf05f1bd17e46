import assert from "node:assert/strict";
import { test } from "node:test";
import { displayNameProblem, nameFromAddress, normaliseDisplayName } from "./validation.ts";

test("a display name is a name: letters, digits, spaces and the punctuation of names", () => {
  for (const name of [
    "Julie_R",
    "Jean-Marc O'Brien",
    "Hélène Müller",
    "M. Dupont (conseiller)",
    "Zoë & Léo",
    "李小龍",
    "Nadia 75",
  ])
    assert.equal(displayNameProblem(normaliseDisplayName(name)), null, name);
  for (const name of [
    "<b>Sam</b>",
    "Sam<script>",
    "@julie",
    'Sam "le boss"',
    "http://x.example",
    "Sam/Admin",
    "#1 fan",
    "-Sam",
  ])
    assert.equal(displayNameProblem(normaliseDisplayName(name)), "account.displayName.notAName", name);
});

test("an identity provider's address never becomes a shown name", () => {
  assert.equal(nameFromAddress("jean.dupont@banque.fr"), "jean dupont");
  assert.equal(nameFromAddress("<xavier>@banque.fr"), "xavier");
  assert.equal(nameFromAddress("@banque.fr"), "Collaborateur");
});
