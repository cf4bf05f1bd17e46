import { eq } from "drizzle-orm";
import type { AppContext } from "../../platform/context.ts";
import type { FieldErrors } from "../../platform/views/components.tsx";
import type { Evidence } from "../consent/index.ts";
import { subscribers } from "./schema.ts";
import { requestSubscription } from "./service.ts";

/**
 * What the one-click unsubscribe link's page offers when it is opened, from the address's
 * status now: the button while the letter still goes out (or a confirmation is pending), and
 * otherwise the plain fact that nothing is sent any more, with a way back in that goes through
 * double opt-in like any sign-up. Reading only: the decisions stay in service.ts.
 */
export type UnsubscribeLinkState =
  /** Still receiving (or a confirmation link is pending): the page asks. */
  | "ask"
  /** Unsubscribed, objected, complained or bounced: already done; may subscribe again. */
  | "already"
  /** The row is gone (erased or purged): nothing is sent, and the address is not known here. */
  | "unknown";

export async function unsubscribeLinkState(
  ctx: AppContext,
  subscriberId: number,
): Promise<UnsubscribeLinkState> {
  const [row] = await ctx.db
    .select({ status: subscribers.status })
    .from(subscribers)
    .where(eq(subscribers.id, subscriberId));
  if (!row) return "unknown";
  return row.status === "active" || row.status === "pending" ? "ask" : "already";
}

/**
 * "I changed my mind", from the page of an unsubscribe link already used: the token only proves
 * that someone holds an old letter, so this sends a confirmation link to the address, exactly as
 * the sign-up form does, and the subscription starts only when its owner follows it (which is
 * also what lifts the suppression). Undefined when the row is gone.
 */
export async function resubscribeFromLink(
  ctx: AppContext,
  subscriberId: number,
  consent: boolean,
  evidence: Evidence,
): Promise<{ ok: true } | { ok: false; errors: FieldErrors } | undefined> {
  const [row] = await ctx.db.select().from(subscribers).where(eq(subscribers.id, subscriberId));
  if (!row) return undefined;
  return requestSubscription(ctx, { email: row.email, consent, locale: row.locale }, evidence);
}
