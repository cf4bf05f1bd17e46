import assert from "node:assert/strict";
import { test } from "node:test";
import "../../features.ts";
import { i18nFor } from "../../platform/i18n/index.ts";
import { disclosure } from "./disclosure.ts";
import { aroundEn } from "./messages/around-en.ts";
import { aroundFr } from "./messages/around-fr.ts";
import { en } from "./messages/en.ts";
import { fr } from "./messages/fr.ts";
import { DEFAULT_SETTINGS, REFUSAL_REASONS } from "./model.ts";

/** The D111-17 page, generated from the settings: a setting changed is a sentence changed. */

const fr18n = i18nFor("fr");
const reasons = REFUSAL_REASONS.map((reason) => fr18n.t(`reviews.reason.${reason}`));
const text = (settings = DEFAULT_SETTINGS) =>
  disclosure(fr18n, settings, { bankName: "Banque Exemple", refusalReasons: reasons })
    .flatMap((section) => [section.heading, ...section.paragraphs, ...(section.list ?? [])])
    .join("\n");

test("every question D111-17 asks is answered, with the settings in force and the whole list of reasons", () => {
  const sections = disclosure(fr18n, DEFAULT_SETTINGS, {
    bankName: "Banque Exemple",
    refusalReasons: reasons,
  });
  assert.deepEqual(
    sections.map((section) => section.id),
    [
      "checked",
      "verified",
      "invitations",
      "delay",
      "order",
      "counterpart",
      "refusal",
      "authors",
      "answer",
      "duration",
    ],
  );
  assert.deepEqual(sections.find((section) => section.id === "refusal")!.list, reasons);
  const said = text();
  for (const sentence of [
    "publié ou refusé dans les 7 jours qui suivent sa réception",
    "7 jours au plus après sa réception",
    "au plus tard 7 jours après, quoi qu'il arrive",
    "Du plus récent au plus ancien",
    "Non. Banque Exemple ne paie, ne récompense et n'achète aucun avis",
    "au moins 50 caractères",
    "reste valable 60 jours",
    "60 mois après leur publication",
    "après 18 mois, il est affiché sans nom",
  ])
    assert.ok(said.includes(sentence), sentence);
});

test("a setting changed changes its sentence; no hold at all is said so", () => {
  const said = text({ ...DEFAULT_SETTINGS, moderationDelayDays: 3, holdDelayDays: 0, retentionMonths: 36 });
  assert.ok(said.includes("dans les 3 jours qui suivent"));
  assert.ok(said.includes("Aucun avis n'est retenu avant sa publication."));
  assert.ok(!said.includes("quoi qu'il arrive"));
  assert.ok(said.includes("36 mois après leur publication"));
  const english = disclosure(i18nFor("en"), DEFAULT_SETTINGS, {
    bankName: "Example Bank",
    refusalReasons: [],
  });
  assert.match(english[0]!.paragraphs[0]!, /within 7 days of its receipt/);
});

test("what surrounds the reviews adds its own keys to the reviews' catalogue, none of theirs", () => {
  for (const key of Object.keys(aroundFr)) assert.ok(!(key in fr), key);
  assert.deepEqual(Object.keys(aroundEn).sort(), Object.keys(aroundFr).sort());
  assert.equal(Object.keys(en).length, Object.keys(fr).length);
});
