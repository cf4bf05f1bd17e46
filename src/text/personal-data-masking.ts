import {
  type Finding,
  maskPersonalData,
  type PersonalDataKind,
  type PublicNumbers,
} from "./personal-data.ts";

const KIND_LABEL = {
  iban: "personalData.kind.iban",
  card: "personalData.kind.card",
  phone: "personalData.kind.phone",
  email: "personalData.kind.email",
  nir: "personalData.kind.nir",
} as const satisfies Record<PersonalDataKind, string>;

const MASK = {
  iban: "personalData.mask.iban",
  card: "personalData.mask.card",
  phone: "personalData.mask.phone",
  email: "personalData.mask.email",
  nir: "personalData.mask.nir",
} as const satisfies Record<PersonalDataKind, string>;

/**
 * The words masking needs, in one language: the catalogues' `personalData.*` messages, which
 * `i18nFor(locale)` (or `request.i18n`) gives. Taken as a parameter so this module stays pure;
 * TypeScript checks at each call that the catalogue has every one of these keys.
 */
export interface MaskingWords {
  t: (key: (typeof KIND_LABEL | typeof MASK)[PersonalDataKind]) => string;
}

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
  words: { publish: MaskingWords; reader: MaskingWords },
  options: PublicNumbers = {},
): { text: string; findings: LabelledFinding[] } {
  const { masked, findings } = maskPersonalData(text, (kind) => words.publish.t(MASK[kind]), options);
  return {
    text: masked,
    findings: findings.map((f) => ({ ...f, label: words.reader.t(KIND_LABEL[f.kind]) })),
  };
}

/**
 * For private text the bank keeps (a request to the DPO, a consent's declared source): personal
 * data masked like everywhere else, except the kinds this text exists to carry.
 */
export function maskedKeeping(words: MaskingWords, text: string, keep: readonly PersonalDataKind[]): string {
  return maskPersonalData(text, (kind, original) => (keep.includes(kind) ? original : words.t(MASK[kind])))
    .masked;
}

/** Just the text to store and show, for services that publish (the route has already warned the author). */
export function maskedForPublication(words: MaskingWords, text: string, options: PublicNumbers = {}): string {
  return publishable(text, { publish: words, reader: words }, options).text;
}

/**
 * Personal data the author has not yet been shown: the form comes back once with what will be
 * masked, before anything is published. Sent again with `confirmMasking`, it publishes masked.
 */
export function findingsToConfirm(
  confirmed: boolean,
  words: { publish: MaskingWords; reader: MaskingWords } & PublicNumbers,
  ...texts: string[]
): LabelledFinding[] | undefined {
  if (confirmed) return undefined;
  const findings = texts.flatMap((text) => publishable(text, words, words).findings);
  return findings.length > 0 ? findings : undefined;
}
