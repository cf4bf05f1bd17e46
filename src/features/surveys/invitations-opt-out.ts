import type { Locale } from "../../config.ts";
import type { AppContext } from "../../platform/context.ts";
import { normaliseEmail } from "../accounts/index.ts";
import { type Evidence, lastWithdrawnAddresses, recordConsent, storeWording } from "../consent/index.ts";

/**
 * "Ne plus recevoir nos enquêtes": every invitation and reminder carries a one-click link (and the
 * List-Unsubscribe header) that records, in the consent ledger, that this address withdrew the
 * purpose "surveys"; no invitation goes to it afterwards. The link carries the address sealed
 * with the secret box, so nobody can make one for someone else.
 */
export const OPT_OUT_PATH = "/sondages/ne-plus-recevoir";

export function optOutUrl(ctx: AppContext, email: string): string {
  const token = ctx.secrets.seal(JSON.stringify({ e: email, p: "surveys" }));
  return new URL(`${OPT_OUT_PATH}?jeton=${encodeURIComponent(token)}`, ctx.config.baseUrl).href;
}

/** The address a link's token names, or nothing for a token we did not seal. */
export function optOutAddress(ctx: AppContext, token: string): string | undefined {
  try {
    const read = JSON.parse(ctx.secrets.open(token)) as { e?: unknown; p?: unknown };
    return typeof read.e === "string" && read.p === "surveys" ? read.e : undefined;
  } catch {
    return undefined;
  }
}

/** Records the withdrawal in the ledger, with the words shown on the page and its minimised evidence. */
export async function optOut(
  ctx: AppContext,
  email: string,
  locale: Locale,
  evidence: Evidence,
): Promise<void> {
  await recordConsent(ctx.db, {
    email,
    purpose: "surveys",
    decision: "withdrawn",
    channel: "one_click",
    wordingHash: await storeWording(ctx.db, "surveys", "withdrawn", locale),
    evidence,
    at: ctx.clock.now(),
  });
}

/** The addresses whose last word on survey invitations is a withdrawal (normalised, lower case). */
export async function optedOut(ctx: AppContext): Promise<Set<string>> {
  return new Set(
    (await lastWithdrawnAddresses(ctx.db, "surveys")).map((email) => normaliseEmail(email).toLowerCase()),
  );
}
