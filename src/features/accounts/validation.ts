import type { MessageKey } from "../../platform/i18n/index.ts";
import { findPersonalData } from "../../text/personal-data.ts";

/** Pure checks of what people type, each answering with the message that says what to fix. */

export const EMAIL_MAX = 254;
export const DISPLAY_NAME_MIN = 2;
export const DISPLAY_NAME_MAX = 40;

// Deliberately permissive (RFC 5322 allows far more than people use); the link we send proves it.
const EMAIL_PATTERN = /^[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:"]+\.[^\s@<>()[\],;:".]{2,}$/;

export function normaliseEmail(raw: string): string {
  return raw.trim().normalize("NFC");
}

export function emailProblem(email: string): MessageKey | null {
  if (email === "") return "account.email.missing";
  if (email.length > EMAIL_MAX) return "account.email.tooLong";
  if (!EMAIL_PATTERN.test(email)) return "account.email.malformed";
  return null;
}

/** Letters (any alphabet, with accents), digits, spaces and the punctuation of names. */
const DISPLAY_NAME_PATTERN = /^[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N} .,'’\-_&()]*$/u;

export function normaliseDisplayName(raw: string): string {
  return raw.normalize("NFC").replace(/\s+/g, " ").trim();
}

export function displayNameProblem(name: string): MessageKey | null {
  const length = [...name].length;
  if (length === 0) return "account.displayName.missing";
  if (length < DISPLAY_NAME_MIN) return "account.displayName.tooShort";
  if (length > DISPLAY_NAME_MAX) return "account.displayName.tooLong";
  // Control and invisible formatting characters would let a name look like another.
  if (/[\p{Cc}\p{Cf}]/u.test(name)) return "account.displayName.invalidCharacters";
  // A name is a name: no markup, quotes of code, links or @mentions shown in every header and e-mail.
  if (!DISPLAY_NAME_PATTERN.test(name)) return "account.displayName.notAName";
  // A name is shown on every post: it may not carry a phone number, an address or an account number.
  if (findPersonalData(name).length > 0) return "account.displayName.personalData";
  return null;
}

/** A name for a staff account whose identity provider gave none fit to show: the address's local part, as words. */
export function nameFromAddress(email: string): string {
  const words = normaliseDisplayName((email.split("@")[0] ?? "").replace(/[^\p{L}\p{N}]+/gu, " ")).slice(
    0,
    40,
  );
  return displayNameProblem(words) ? "Collaborateur" : words;
}
