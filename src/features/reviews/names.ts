import { addMonthsClamped, compareDays, parisDay } from "../../calendar/index.ts";

/** The words of a name, letters only (a hyphen or an apostrophe inside a word stays): « Julie_R » is « Julie », « R ». */
const words = (text: string): string[] => text.match(/\p{L}+(?:['’-]\p{L}+)*/gu) ?? [];

/** « marie-claire », « JEAN » : « Marie-Claire », « Jean ». */
const capitalised = (word: string) =>
  word
    .split("-")
    .map((part) =>
      part.length > 0 ? part[0]!.toLocaleUpperCase("fr") + part.slice(1).toLocaleLowerCase("fr") : "",
    )
    .join("-");

/**
 * How a review is signed: the first name and the initial of the last name (« Marie D. »), never
 * more, letters only; "" when nothing sensible is left (an address, digits only), which the views
 * show as « Client »; after the anonymity period, no name at all either. Pure.
 */
export function signature(firstName: string, lastName = ""): string {
  if (`${firstName} ${lastName}`.includes("@")) return "";
  const name = capitalised(words(firstName)[0] ?? "");
  if (!name) return "";
  const initial = [...(words(lastName).at(-1) ?? "")][0];
  return initial ? `${name} ${initial.toLocaleUpperCase("fr")}.` : name;
}

/** A member's display name («Marie Dupont», «marie», «Julie_R») signed the same way; an address signs nothing. */
export function signatureOfDisplayName(displayName: string): string {
  if (displayName.includes("@")) return "";
  const [first = "", ...rest] = words(displayName);
  return signature(first, rest.at(-1) ?? "");
}

/**
 * Whether the review is shown without its author's name: from the same day number, that many
 * months after its first publication (Paris calendar).
 */
export function anonymousNow(publishedAt: Date | null, now: Date, anonymityMonths: number): boolean {
  if (!publishedAt) return false;
  return compareDays(parisDay(now), addMonthsClamped(parisDay(publishedAt), anonymityMonths)) >= 0;
}
