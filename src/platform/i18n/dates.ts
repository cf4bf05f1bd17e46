import type { Locale } from "../../config.ts";

const TIME_ZONE = "Europe/Paris";

/**
 * Long dates in Paris time, as each language writes them: French writes the first day of a month
 * as an ordinal (« 1er décembre 2026 »), which Intl does not.
 */
export function longDateFormats(locale: Locale): {
  date(value: Date): string;
  dateTime(value: Date): string;
} {
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: TIME_ZONE });
  const dateTime = new Intl.DateTimeFormat(locale, {
    dateStyle: "long",
    timeStyle: "short",
    timeZone: TIME_ZONE,
  });
  const write = (format: Intl.DateTimeFormat, value: Date) =>
    locale === "fr"
      ? format
          .formatToParts(value)
          .map((part) => (part.type === "day" && part.value === "1" ? "1er" : part.value))
          .join("")
      : format.format(value);
  return { date: (value) => write(date, value), dateTime: (value) => write(dateTime, value) };
}
