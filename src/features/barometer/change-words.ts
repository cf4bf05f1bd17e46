import type { I18n } from "../../platform/i18n/index.ts";
import type { Unit } from "./tables.ts";

/**
 * A change and its p-value as the dashboards and the report write them: a change of a share is
 * in points (−8,6 points, never −8,6 %), as is one of the NPS, signed (+, − or none for a change that rounds to 0, never
 * « −0 »), with the reading language's decimal mark; a p-value to three decimals, « < 0,001 » below.
 */
const DIGITS: Record<Unit, number> = { percent: 1, points: 0, scale: 2, hours: 1, index: 1 };

export const fixed = (locale: string, value: number, digits: number) =>
  new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(
    value,
  );

export function changeWords(i18n: I18n, difference: number, unit: Unit): string {
  const digits = DIGITS[unit];
  const size = fixed(i18n.locale, Math.abs(difference), digits);
  const zero = Number(Math.abs(difference).toFixed(digits)) === 0;
  const signed = `${zero ? "" : difference > 0 ? "+" : "−"}${size}`;
  if (unit === "percent" || unit === "points") return i18n.t("barometer.changePoints", { value: signed });
  if (unit === "hours") return i18n.t("barometer.hours", { value: signed });
  return signed;
}

export const pWords = (i18n: I18n, p: number) =>
  p < 0.001 ? i18n.t("barometer.pBelow") : fixed(i18n.locale, p, 3);

/** A verdict opening a sentence: « Baisse significative ». */
export const sentenceStart = (words: string) => words.charAt(0).toLocaleUpperCase("fr") + words.slice(1);
