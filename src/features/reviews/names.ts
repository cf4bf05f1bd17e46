import { addMonthsClamped, compareDays, parisDay } from "../../calendar/index.ts";

/**
 * How a review is signed: the first name and the initial of the last name (« Marie D. »), never
 * more; after the anonymity period, no name at all (the view says « Client »). Pure.
 */
export function signature(firstName: string, lastName = ""): string {
  const first = firstName.trim().split(/\s+/)[0] ?? "";
  const initial = [...lastName.trim()][0];
  const name = first.length > 0 ? first[0]!.toLocaleUpperCase("fr") + first.slice(1) : "";
  return initial ? `${name} ${initial.toLocaleUpperCase("fr")}.`.trim() : name;
}

/** A member's display name («Marie Dupont», «marie») signed the same way. */
export function signatureOfDisplayName(displayName: string): string {
  const [first = "", ...rest] = displayName.trim().split(/\s+/);
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
