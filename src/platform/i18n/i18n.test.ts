import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { en } from "./en.ts";
import { fr } from "./fr.ts";
import { i18nFor, localeFromAcceptLanguage, negotiateLocale } from "./index.ts";

test("English is complete: same keys and same placeholders as French", () => {
  assert.deepEqual(Object.keys(en).sort(), Object.keys(fr).sort());
  for (const [key, text] of Object.entries(fr)) {
    const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    assert.deepEqual(placeholders(en[key as keyof typeof fr]), placeholders(text), key);
  }
});

test("Accept-Language is read by quality, falling back to the default", () => {
  assert.equal(localeFromAcceptLanguage("de-DE,en;q=0.8,fr;q=0.9"), "fr");
  assert.equal(localeFromAcceptLanguage("en-US"), "en");
  assert.equal(localeFromAcceptLanguage("de, es"), undefined);
  assert.equal(
    negotiateLocale({
      accountLocale: null,
      cookieLocale: undefined,
      acceptLanguage: "es",
      defaultLocale: "fr",
    }),
    "fr",
  );
  assert.equal(
    negotiateLocale({ accountLocale: "en", cookieLocale: "fr", acceptLanguage: "fr", defaultLocale: "fr" }),
    "en",
  );
});

test("dates are shown in Europe/Paris time", () => {
  // 23:30 UTC on 31 December is already 1 January in Paris.
  assert.match(i18nFor("fr").dateTime(new Date("2025-12-31T23:30:00Z")), /1 janvier 2026 à 00:30/);
  assert.equal(i18nFor("fr").number(1234.5), "1\u202f234,5", "French thousands use a narrow no-break space");
});

test("counts agree with their noun by each language's plural rules, and no message writes '(s)'", () => {
  const french = i18nFor("fr");
  const english = i18nFor("en");
  assert.equal(french.t("community.search.found", { count: 0 }), "0 sujet trouvé");
  assert.equal(french.t("community.search.found", { count: 1 }), "1 sujet trouvé");
  assert.equal(french.t("community.search.found", { count: 1234 }), "1\u202f234 sujets trouvés");
  assert.equal(english.t("community.search.found", { count: 0 }), "0 topics found");
  assert.equal(english.t("community.search.found", { count: 1 }), "1 topic found");
  assert.equal(french.t("queue.history", { topics: 1, answers: 3 }), "Auteur de 1 sujet et de 3 réponses");
  assert.equal(french.t("campaign.listOption", { name: "Épargne", count: 1 }), "Épargne (1 contact)");
  for (const [key, text] of [...Object.entries(fr), ...Object.entries(en)])
    assert.doesNotMatch(text, /\w\((s|es|ies)\)/, key);
});

test("plural messages count the same things in both languages", () => {
  const counted = (s: string) => [...s.matchAll(/\{(\w+), plural,/g)].map((m) => m[1]).sort();
  for (const [key, text] of Object.entries(fr))
    assert.deepEqual(counted(en[key as keyof typeof fr]), counted(text), key);
});

test("no message key is cast: a key built from a value type-checks through the value's union type", () => {
  // A cast hides a missing translation until a reader meets the raw key. Type the value instead
  // (its enum at the source) or look the key up in a Record<Union, MessageKey>.
  const src = path.resolve(import.meta.dirname, "../..");
  const casts = readdirSync(src, { recursive: true, encoding: "utf8" })
    .filter((file) => /\.tsx?$/.test(file))
    .flatMap((file) =>
      readFileSync(path.join(src, file), "utf8")
        .split("\n")
        .flatMap((line, i) => (/\bas\s+MessageKey\b/.test(line) ? [`src/${file}:${i + 1}`] : [])),
    );
  assert.deepEqual(casts, []);
});
