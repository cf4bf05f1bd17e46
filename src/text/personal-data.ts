import { isValidIBAN } from "ibantools";
import { findPhoneNumbersInText } from "libphonenumber-js/max";
import validator from "validator";
import { rememberedFor } from "./remembered.ts";

/**
 * Personal data that must never be published: found in a text, with where it is, so it can be
 * masked before anything is stored (PRODUCT.md, "Personal data in public"). Pure: no I/O.
 *
 * Each kind is found by a loose pattern, then confirmed by the check that makes it what it is:
 * mod-97 and the country's length for IBANs (ibantools), Luhn and a card network's first digit
 * for cards, libphonenumber's metadata for phones, the INSEE key for NIRs. Amounts, dates,
 * times, postcodes, rates and references fail those checks and stay as written.
 */
export const PERSONAL_DATA_KINDS = ["iban", "card", "phone", "email", "nir"] as const;
export type PersonalDataKind = (typeof PERSONAL_DATA_KINDS)[number];

export interface Finding {
  readonly kind: PersonalDataKind;
  /** UTF-16 offsets in the text, end excluded (as String.prototype.slice takes them). */
  readonly start: number;
  readonly end: number;
}

/** Characters of a candidate, with where each one sits in the text (separators skipped). */
function significant(text: string, from: number, to: number, keep: RegExp) {
  const chars: { char: string; at: number }[] = [];
  for (let i = from; i < to; i++) if (keep.test(text[i]!)) chars.push({ char: text[i]!, at: i });
  return chars;
}

// Two letters, two digits, then up to 30 letters or digits in groups: "FR76 3000 6000 ...".
const IBAN_CANDIDATE = /(?<![\p{L}\p{N}])[A-Za-z]{2}\d{2}(?:[ -]?[A-Za-z0-9]){10,30}/gu;

function findIbans(text: string): Finding[] {
  const found: Finding[] = [];
  for (const match of text.matchAll(IBAN_CANDIDATE)) {
    const chars = significant(text, match.index, match.index + match[0].length, /[A-Za-z0-9]/);
    // The pattern may run on into the next word: the longest valid prefix is the IBAN.
    for (let length = Math.min(chars.length, 34); length >= 14; length--) {
      const candidate = chars
        .slice(0, length)
        .map((c) => c.char)
        .join("")
        .toUpperCase();
      if (isValidIBAN(candidate)) {
        found.push({ kind: "iban", start: match.index, end: chars[length - 1]!.at + 1 });
        break;
      }
    }
  }
  return found;
}

function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

// Card networks' first digits: Mastercard 2221–2720 and 51–55, Amex, Diners and JCB 3x, Visa
// and CB 4, Discover and UnionPay 6. A Luhn-valid reference starting otherwise stays.
const CARD_NETWORK_START = /^(?:2[2-7]|3|4|5[1-5]|6)/;
const CARD_CANDIDATE = /(?<![\p{N}])\d+(?:[ -]\d+)*(?!\p{N})/gu;

/**
 * Cards are written in one run of digits or in groups ("4111 1111 1111 1111"). A run must be
 * the whole card; grouped digits may be followed by other numbers ("… 1111 12 €"), so whole
 * groups are dropped from the end until a card appears.
 */
function findCards(text: string): Finding[] {
  const found: Finding[] = [];
  for (const match of text.matchAll(CARD_CANDIDATE)) {
    const groups = [...match[0].matchAll(/\d+/g)];
    // Only the first groups can hold a card (at most 19 digits): a long run of numbers
    // ("1 2 3 … 9999") is read from its start, never joined again for every length.
    let within = 0;
    for (let digitsSoFar = 0; within < groups.length; within++) {
      digitsSoFar += groups[within]![0].length;
      if (digitsSoFar > 19) break;
    }
    for (let count = within; count >= 1; count--) {
      const digits = groups
        .slice(0, count)
        .map((g) => g[0])
        .join("");
      if (digits.length < 13) break;
      if (CARD_NETWORK_START.test(digits) && luhn(digits)) {
        const last = groups[count - 1]!;
        found.push({ kind: "card", start: match.index, end: match.index + last.index + last[0].length });
        break;
      }
    }
  }
  return found;
}

// NIR: sex, year, month, department (2A/2B for Corsica), commune, order, key — spaces allowed.
const NIR_CANDIDATE =
  /(?<![\p{L}\p{N}])([12])[ .]?(\d{2})[ .]?(\d{2})[ .]?(\d{2}|2[ABab])[ .]?(\d{3})[ .]?(\d{3})[ .]?(\d{2})(?![\p{L}\p{N}])/gu;

function nirKeyMatches(groups: string[]): boolean {
  const [sex, year, month, department, commune, order, key] = groups as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  const monthNumber = Number(month);
  // Months 20–42 and 50–99 exist (people born abroad or with an incomplete civil status).
  if (monthNumber === 0 || (monthNumber > 12 && monthNumber < 20) || (monthNumber > 42 && monthNumber < 50))
    return false;
  // Corsica: 2A counts as 19 and 2B as 18 in the key.
  const dept =
    department.toUpperCase() === "2A" ? "19" : department.toUpperCase() === "2B" ? "18" : department;
  const number = BigInt(`${sex}${year}${month}${dept}${commune}${order}`);
  return 97n - (number % 97n) === BigInt(key);
}

function findNirs(text: string): Finding[] {
  const found: Finding[] = [];
  for (const match of text.matchAll(NIR_CANDIDATE)) {
    if (nirKeyMatches(match.slice(1)))
      found.push({ kind: "nir", start: match.index, end: match.index + match[0].length });
  }
  return found;
}

// The local part is at most 64 characters (RFC 5321): bounded, a long run of letters without
// an "@" is read in linear time instead of being rescanned from each of its positions.
const EMAIL_CANDIDATE = /[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;

function findEmails(text: string): Finding[] {
  const found: Finding[] = [];
  for (const match of text.matchAll(EMAIL_CANDIDATE)) {
    // A sentence may end right after the address: "écrivez à jean@exemple.fr."
    const address = match[0].replace(/[.-]+$/, "");
    if (validator.isEmail(address, { allow_utf8_local_part: true }))
      found.push({ kind: "email", start: match.index, end: match.index + address.length });
  }
  return found;
}

// Lists of numbers are read one item at a time, so that "06 …, 07 …" stays two numbers.
const LIST_SEPARATOR = /[,;|\n]|\s(?:et|ou|and|or)\s/giu;

function findPhones(text: string): Finding[] {
  const found: Finding[] = [];
  let from = 0;
  const segments: [number, number][] = [];
  for (const separator of text.matchAll(LIST_SEPARATOR)) {
    segments.push([from, separator.index]);
    from = separator.index + separator[0].length;
  }
  segments.push([from, text.length]);
  for (const [start, end] of segments) {
    for (const match of findPhoneNumbersInText(text.slice(start, end), { defaultCountry: "FR" }))
      found.push({ kind: "phone", start: start + match.startsAt, end: start + match.endsAt });
  }
  return found;
}

// Addresses of pages are not personal data, even when a number in them looks like a card.
const PAGE_ADDRESS = /\b(?:https?:\/\/|www\.)[^\s<>"]+/giu;

/**
 * Every piece of personal data in the text, in order. Where two kinds claim the same characters,
 * the stricter check wins: IBAN, then NIR, then card, then e-mail, then phone.
 */
/** Numbers everyone may publish: the bank's own public phone numbers are not anyone's personal data. */
export interface PublicNumbers {
  publicNumbers?: readonly string[];
}

const phoneDigits = (value: string) => value.replace(/\D/g, "").replace(/^(?:33|0)/, "");

/** Whether a phone number found is one of the public numbers (compared on digits, national or international). */
export function isPublicNumber(found: string, publicNumbers: readonly string[]): boolean {
  const wanted = phoneDigits(found);
  return publicNumbers.some((n) => phoneDigits(n) === wanted);
}

/**
 * What each finder found in a text, in the order they are trusted, and where its page addresses
 * are: read once for a text that is checked for the author, then masked for publication.
 */
const candidatesIn = rememberedFor(1_000_000, (text: string) => ({
  urls: [...text.matchAll(PAGE_ADDRESS)].map((m) => ({ start: m.index, end: m.index + m[0].length })),
  found: [findIbans, findNirs, findCards, findEmails, findPhones].map((finder) => finder(text)),
}));

export function findPersonalData(text: string, options: PublicNumbers = {}): Finding[] {
  const publicNumbers = options.publicNumbers ?? [];
  const { urls, found } = candidatesIn(text);
  const accepted: Finding[] = [];
  for (const findings of found) {
    for (const finding of findings) {
      const overlaps = (other: { start: number; end: number }) =>
        finding.start < other.end && other.start < finding.end;
      if (accepted.some(overlaps) || (finding.kind !== "email" && urls.some(overlaps))) continue;
      if (finding.kind === "phone" && isPublicNumber(text.slice(finding.start, finding.end), publicNumbers))
        continue;
      accepted.push(finding);
    }
  }
  return accepted.sort((a, b) => a.start - b.start);
}

/** The text with each finding replaced by what `maskFor` says ("[IBAN masqué]", or the original to keep it). */
export function maskPersonalData(
  text: string,
  maskFor: (kind: PersonalDataKind, original: string) => string,
  options: PublicNumbers = {},
): { masked: string; findings: Finding[] } {
  const findings = findPersonalData(text, options);
  let masked = "";
  let from = 0;
  for (const finding of findings) {
    masked += text.slice(from, finding.start) + maskFor(finding.kind, text.slice(finding.start, finding.end));
    from = finding.end;
  }
  return { masked: masked + text.slice(from), findings };
}
