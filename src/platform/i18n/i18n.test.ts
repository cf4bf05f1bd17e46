import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { addCatalogues, i18nFor, localeFromAcceptLanguage, messagesIn, negotiateLocale } from "./index.ts";

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
  assert.match(i18nFor("fr").dateTime(new Date("2025-12-31T23:30:00Z")), /^1er janvier 2026 à 00:30$/);
  assert.equal(
    i18nFor("fr").date(new Date("2026-12-01T10:00:00Z")),
    "1er décembre 2026",
    "French writes the first as an ordinal",
  );
  assert.equal(i18nFor("fr").date(new Date("2026-12-11T10:00:00Z")), "11 décembre 2026");
  assert.equal(i18nFor("en").date(new Date("2026-12-01T10:00:00Z")), "December 1, 2026");
  assert.equal(i18nFor("fr").number(1234.5), "1\u202f234,5", "French thousands use a narrow no-break space");
});

test("a feature's catalogue adds its keys, and a key defined twice is refused", () => {
  addCatalogues([{ fr: { "test.added": "Ajouté" }, en: { "test.added": "Added" } }]);
  assert.equal(messagesIn("en")["test.added"], "Added");
  assert.throws(
    () => addCatalogues([{ fr: { "nav.home": "Accueil" }, en: { "nav.home": "Home" } }]),
    /"nav.home" is defined twice/,
  );
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
