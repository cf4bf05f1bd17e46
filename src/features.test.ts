import assert from "node:assert/strict";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { FEATURES } from "./features.ts";
import { en as platformEn } from "./platform/i18n/en.ts";
import { fr as platformFr } from "./platform/i18n/fr.ts";
import { i18nFor, messagesIn } from "./platform/i18n/index.ts";

const fr = messagesIn("fr");
const en = messagesIn("en");

test("English is complete: same keys and same placeholders as French, in every catalogue", () => {
  assert.deepEqual(Object.keys(en).sort(), Object.keys(fr).sort());
  const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
  for (const [key, text] of Object.entries(fr))
    assert.deepEqual(placeholders(en[key] ?? ""), placeholders(text), key);
});

test("no two catalogues define the same key, and each feature's messages are added", () => {
  const catalogues = [
    { name: "platform", keys: Object.keys(platformFr) },
    ...FEATURES.map((feature) => ({ name: feature.name, keys: Object.keys(feature.messages?.fr ?? {}) })),
  ];
  const owner = new Map<string, string>();
  for (const { name, keys } of catalogues)
    for (const key of keys) {
      assert.equal(owner.get(key), undefined, `"${key}" is defined by ${owner.get(key)} and ${name}`);
      owner.set(key, name);
    }
  assert.equal(Object.keys(platformEn).length, Object.keys(platformFr).length);
  const features = path.resolve(import.meta.dirname, "features");
  for (const name of readdirSync(features)) {
    const feature = FEATURES.find((f) => f.name === name);
    const hasMessages = existsSync(path.join(features, name, "messages"));
    assert.equal(
      Boolean(feature?.messages),
      hasMessages,
      `${name}: its messages/ are added through FEATURES`,
    );
  }
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
  for (const [key, text] of Object.entries(fr)) assert.deepEqual(counted(en[key] ?? ""), counted(text), key);
});
