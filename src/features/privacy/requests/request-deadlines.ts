import { inArray } from "drizzle-orm";
import { may } from "../../../platform/auth/access.ts";
import type { Actor } from "../../../platform/auth/actor.ts";
import type { AppContext } from "../../../platform/context.ts";
import { forbidden } from "../../../platform/http/errors.ts";
import type { RequestDeadlines } from "../model.ts";
import { dpoDesk } from "../policy.ts";
import { privacyRequests } from "../schema.ts";
import { clockOf, REMINDER_DAYS } from "./requests.ts";

/**
 * For the DPO's staff home: how many requests wait and how many are near or past their legal
 * due day. The due day is a calendar computation (clocks.ts), so the open requests are read in
 * one query and their clocks computed here, exactly as the request console shows them.
 */
export async function requestDeadlines(ctx: AppContext, dpo: Actor): Promise<RequestDeadlines> {
  if (!may(dpo, dpoDesk.handleRequests)) throw forbidden();
  const now = ctx.clock.now();
  const open = await ctx.db
    .select()
    .from(privacyRequests)
    .where(inArray(privacyRequests.status, ["open", "identity_check"]));
  const clocks = open.map((request) => clockOf(request, now));
  return {
    open: open.length,
    dueSoon: clocks.filter((c) => c && !c.overdue && c.daysLeft <= REMINDER_DAYS).length,
    overdue: clocks.filter((c) => c?.overdue).length,
    withinDays: REMINDER_DAYS,
  };
}
