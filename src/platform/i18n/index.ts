import { LOCALES, type Locale } from "../../config.ts";
import { en } from "./en.ts";
import { fr, type MessageKey } from "./fr.ts";

export type { MessageKey };
export type Params = Record<string, string | number>;

/** Each language named in itself, as switchers do, so a reader finds their own whatever the page's language. */
export const LANGUAGE_NAMES: Record<Locale, string> = { fr: "Français", en: "English" };

const catalogues: Record<Locale, Record<MessageKey, string>> = { fr, en };
const TIME_ZONE = "Europe/Paris";

export interface I18n {
  locale: Locale;
  t(key: MessageKey, params?: Params): string;
  /** "12 mars 2026" */
  date(value: Date): string;
  /** "12 mars 2026 à 14:05" */
  dateTime(value: Date): string;
  number(value: number): string;
}

function interpolate(template: string, params: Params | undefined): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

const cache = new Map<Locale, I18n>();

export function i18nFor(locale: Locale): I18n {
  const cached = cache.get(locale);
  if (cached) return cached;
  const catalogue = catalogues[locale];
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: TIME_ZONE });
  const dateTimeFormat = new Intl.DateTimeFormat(locale, {
    dateStyle: "long",
    timeStyle: "short",
    timeZone: TIME_ZONE,
  });
  const numberFormat = new Intl.NumberFormat(locale);
  const i18n: I18n = {
    locale,
    t: (key, params) => interpolate(catalogue[key], params),
    date: (value) => dateFormat.format(value),
    dateTime: (value) => dateTimeFormat.format(value),
    number: (value) => numberFormat.format(value),
  };
  cache.set(locale, i18n);
  return i18n;
}

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(fr, key);
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
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
