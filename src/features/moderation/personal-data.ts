import type { Locale } from "../../config.ts";
import { i18nFor, type MessageKey } from "../../platform/i18n/index.ts";
import { type Finding, maskPersonalData, type PersonalDataKind } from "../../text/personal-data.ts";

const KIND_LABEL: Record<PersonalDataKind, MessageKey> = {
  iban: "personalData.kind.iban",
  card: "personalData.kind.card",
  phone: "personalData.kind.phone",
  email: "personalData.kind.email",
  nir: "personalData.kind.nir",
};

const MASK: Record<PersonalDataKind, MessageKey> = {
  iban: "personalData.mask.iban",
  card: "personalData.mask.card",
  phone: "personalData.mask.phone",
  email: "personalData.mask.email",
  nir: "personalData.mask.nir",
};

export interface LabelledFinding extends Finding {
  label: string;
}

/**
 * What may be published of a text: personal data replaced by a mark in the community's
 * language ("[IBAN masqué]"), and what was found, labelled in the reader's language. Every
 * feature that publishes text (posts, comments, articles, and later reviews and inbox
 * replies) goes through this.
 */
export function publishable(
  text: string,
  options: { publishLocale: Locale; readerLocale: Locale },
): { text: string; findings: LabelledFinding[] } {
  const publish = i18nFor(options.publishLocale);
  const reader = i18nFor(options.readerLocale);
  const { masked, findings } = maskPersonalData(text, (kind) => publish.t(MASK[kind]));
  return { text: masked, findings: findings.map((f) => ({ ...f, label: reader.t(KIND_LABEL[f.kind]) })) };
}

/**
 * For private text the bank keeps (a request to the DPO, a consent's declared source): personal
 * data masked like everywhere else, except the kinds this text exists to carry.
 */
export function maskedKeeping(locale: Locale, text: string, keep: readonly PersonalDataKind[]): string {
  const words = i18nFor(locale);
  return maskPersonalData(text, (kind, original) => (keep.includes(kind) ? original : words.t(MASK[kind])))
    .masked;
}

/** Just the text to store and show, for services that publish (the route has already warned the author). */
export function maskedForPublication(locale: Locale, text: string): string {
  return publishable(text, { publishLocale: locale, readerLocale: locale }).text;
}

/**
 * Personal data the author has not yet been shown: the form comes back once with what will be
 * masked, before anything is published. Sent again with `confirmMasking`, it publishes masked.
 */
export function findingsToConfirm(
  confirmed: boolean,
  locales: { publishLocale: Locale; readerLocale: Locale },
  ...texts: string[]
): LabelledFinding[] | undefined {
  if (confirmed) return undefined;
  const findings = texts.flatMap((text) => publishable(text, locales).findings);
  return findings.length > 0 ? findings : undefined;
}
