/**
 * The clocks of consent, as pure functions of dates (tests pass a fixed clock):
 * - a prospect's data is kept 3 years from collection or from their own last action (a click,
 *   a sign-in, a post, a form; an e-mail open never counts) (CNIL, prospection commerciale);
 * - a cookie choice is remembered 6 months, then asked again (CNIL recommendation 2020).
 * Dates are computed on the calendar in Paris time, where the bank and its DPO work.
 */

import { addMonthsClamped, endOfParisDay, parisDay } from "../../calendar/index.ts";

export const PROSPECT_RETENTION_YEARS = 3;

/** Actions that show a prospect's own interest and restart the 3 years; an open is not one. */
export const OWN_ACTIONS = ["collected", "click", "sign_in", "post", "form"] as const;
export type OwnAction = (typeof OWN_ACTIONS)[number] | "open";

/** When a prospect's data expires, from the dated things they did. */
export function prospectExpiry(
  events: readonly { kind: OwnAction; at: Date }[],
  months = PROSPECT_RETENTION_YEARS * 12,
): Date | undefined {
  const own = events.filter((e) => e.kind !== "open").map((e) => e.at.getTime());
  if (own.length === 0) return undefined;
  const last = parisDay(new Date(Math.max(...own)));
  return endOfParisDay(addMonthsClamped(last, months));
}

export const COOKIE_CHOICE_MONTHS = 6;

export function cookieChoiceExpiry(chosenAt: Date, months = COOKIE_CHOICE_MONTHS): Date {
  return endOfParisDay(addMonthsClamped(parisDay(chosenAt), months));
}
