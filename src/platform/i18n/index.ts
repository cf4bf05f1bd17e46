import { LOCALES, type Locale } from "../../config.ts";
import { isOneOf } from "../one-of.ts";
import { longDateFormats } from "./dates.ts";
import { en } from "./en.ts";
import { fr } from "./fr.ts";

/**
 * Every message of the application, by key: the platform's own (fr.ts: layout, errors, forms),
 * and each feature's, which its `messages/fr.ts` adds to this interface by declaration merging.
 * So a key is checked by TypeScript wherever it is used, while the platform imports no feature;
 * src/features.ts adds the features' texts at start-up (addCatalogues).
 */
export interface Messages extends Record<keyof typeof fr, string> {}
export type MessageKey = keyof Messages;
export type Params = Record<string, string | number>;

/** One catalogue's texts in each language: French first, English complete (src/features.test.ts). */
export type Catalogue = { readonly [L in Locale]: Readonly<Record<string, string>> };

/** Each language named in itself, as switchers do, so a reader finds their own whatever the page's language. */
export const LANGUAGE_NAMES: Record<Locale, string> = { fr: "Français", en: "English" };

const catalogues: Record<Locale, Record<string, string>> = { fr: { ...fr }, en: { ...en } };

export interface I18n {
  locale: Locale;
  t(key: MessageKey, params?: Params): string;
  /** "12 mars 2026", « 1er mars 2026 » */
  date(value: Date): string;
  /** "12 mars 2026 à 14:05" */
  dateTime(value: Date): string;
  number(value: number): string;
}

/**
 * `{count, plural, one {# sujet trouvé} other {# sujets trouvés}}`: the branch the language's
 * plural rules choose for the number (French counts 0 and 1 as one, English only 1), with `#`
 * the number written the language's way. Branches may hold `{name}` placeholders.
 */
const PLURAL = /\{(\w+), plural,((?:\s*(?:=\d+|zero|one|two|few|many|other) \{(?:[^{}]|\{\w+\})*\})+)\s*\}/g;
const BRANCH = /(=\d+|zero|one|two|few|many|other) \{((?:[^{}]|\{\w+\})*)\}/g;

function choosePlurals(
  template: string,
  params: Params,
  rules: Intl.PluralRules,
  numbers: Intl.NumberFormat,
) {
  return template.replace(PLURAL, (whole, name: string, body: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    const branches = new Map([...body.matchAll(BRANCH)].map((m) => [m[1], m[2] ?? ""]));
    // Pass the number itself: a number already written as text can only take the "other" form.
    if (typeof value !== "number") return (branches.get("other") ?? "").replaceAll("#", value);
    const chosen =
      branches.get(`=${value}`) ?? branches.get(rules.select(value)) ?? branches.get("other") ?? "";
    return chosen.replaceAll("#", numbers.format(value));
  });
}

function interpolate(template: string, params: Params | undefined, locale: PluralContext): string {
  if (!params) return template;
  const counted = template.includes(", plural,")
    ? choosePlurals(template, params, locale.rules, locale.numbers)
    : template;
  return counted.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

interface PluralContext {
  rules: Intl.PluralRules;
  numbers: Intl.NumberFormat;
}

const cache = new Map<Locale, I18n>();

/**
 * Adds the features' catalogues to the platform's, once at start-up (src/features.ts). A key
 * defined twice is refused: one feature would silently replace another's text.
 */
export function addCatalogues(added: readonly Catalogue[]): void {
  for (const catalogue of added)
    for (const locale of LOCALES)
      for (const [key, text] of Object.entries(catalogue[locale])) {
        if (Object.hasOwn(catalogues[locale], key)) throw new Error(`Message "${key}" is defined twice`);
        catalogues[locale][key] = text;
      }
}

/** Every text of one language, the platform's and the features' added so far (for the catalogue tests). */
export function messagesIn(locale: Locale): Readonly<Record<string, string>> {
  return catalogues[locale];
}

function template(locale: Locale, key: MessageKey): string {
  const text = catalogues[locale][key];
  if (text === undefined)
    throw new Error(
      `No text for "${key}" in ${locale}: is its feature's catalogue added in src/features.ts?`,
    );
  return text;
}

export function i18nFor(locale: Locale): I18n {
  const cached = cache.get(locale);
  if (cached) return cached;
  const dates = longDateFormats(locale);
  const numberFormat = new Intl.NumberFormat(locale);
  const plurals: PluralContext = { rules: new Intl.PluralRules(locale), numbers: numberFormat };
  const i18n: I18n = {
    locale,
    t: (key, params) => interpolate(template(locale, key), params, plurals),
    date: dates.date,
    dateTime: dates.dateTime,
    number: (value) => numberFormat.format(value),
  };
  cache.set(locale, i18n);
  return i18n;
}

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(catalogues.fr, key);
}

export function isLocale(value: unknown): value is Locale {
  return isOneOf(LOCALES, value);
}

/** The first supported language of an Accept-Language header, by quality. */
export function localeFromAcceptLanguage(header: string | undefined): Locale | undefined {
  if (!header) return undefined;
  const ranked = header
    .split(",")
    .map((part) => {
      const [tag = "", ...rest] = part.trim().split(";");
      const q = rest.find((p) => p.trim().startsWith("q="));
      return { tag: tag.toLowerCase(), q: q ? Number(q.trim().slice(2)) : 1 };
    })
    .filter((entry) => entry.tag && !Number.isNaN(entry.q) && entry.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    const primary = tag.split("-")[0];
    if (isLocale(primary)) return primary;
  }
  return undefined;
}

/** The member's own setting first, then the visitor's switcher choice, then the browser, then the default. */
export function negotiateLocale(options: {
  accountLocale: string | null | undefined;
  cookieLocale: string | undefined;
  acceptLanguage: string | undefined;
  defaultLocale: Locale;
}): Locale {
  if (isLocale(options.accountLocale)) return options.accountLocale;
  if (isLocale(options.cookieLocale)) return options.cookieLocale;
  return localeFromAcceptLanguage(options.acceptLanguage) ?? options.defaultLocale;
}
