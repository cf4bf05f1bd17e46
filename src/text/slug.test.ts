import assert from "node:assert/strict";
import { test } from "node:test";
import { slugify } from "./slug.ts";

test("a title becomes lower-case ASCII words joined by hyphens", () => {
  assert.equal(slugify("Frais de tenue de compte ?"), "frais-de-tenue-de-compte");
  assert.equal(slugify("Crédit à taux zéro — 2026"), "credit-a-taux-zero-2026");
  assert.equal(slugify("L'œuvre d'un cœur, ex æquo"), "l-oeuvre-d-un-coeur-ex-aequo");
  assert.equal(slugify("  --Déjà vu--  "), "deja-vu");
});

test("a long title is cut, never ending on a hyphen", () => {
  assert.equal(slugify("a".repeat(100)).length, 80);
  assert.equal(slugify("abcd efgh", 5), "abcd");
  assert.equal(slugify("abc def ghi", 5), "abc-d");
});

test("a title with nothing to keep still gives a usable URL part", () => {
  assert.equal(slugify("???"), "sujet");
  assert.equal(slugify("日本語"), "sujet");
  assert.equal(slugify(""), "sujet");
});
