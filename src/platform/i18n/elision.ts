import type { Locale } from "../../config.ts";

/**
 * "de" before a name, as French writes it: elided before a vowel or a mute h ("l'équipe
 * d'Inès", "d'Administration"), whole otherwise ("de Karim"). English: "of". Names are the
 * people's own words, so only their first letter is looked at, and a leading h is taken as mute,
 * as it is in most first names (Hélène, Hugo).
 */
export function ofName(locale: Locale, name: string): string {
  if (locale === "en") return `of ${name}`;
  const first = name.trim().normalize("NFD").charAt(0).toLowerCase();
  return /[aeiouyh]/.test(first) ? `d'${name}` : `de ${name}`;
}
