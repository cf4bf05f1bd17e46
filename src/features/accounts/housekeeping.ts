import type { AppContext } from "../../platform/context.ts";
import { purgeRateLimitCounters } from "../../platform/http/rate-limit-store.ts";
import type { ScheduledJob } from "../../platform/jobs/jobs.ts";
import { purgeExpiredEmailTokens } from "./email-tokens.ts";
import { purgeExpiredSessions } from "./sessions.ts";

export async function purgeExpiredAccountData(
  ctx: AppContext,
): Promise<{ sessions: number; emailTokens: number; rateLimitCounters: number }> {
  return {
    sessions: await purgeExpiredSessions(ctx.db, ctx.clock.now()),
    emailTokens: await purgeExpiredEmailTokens(ctx),
    // The sign-in and other route limits' counters, shared by the instances, once their window is over.
    rateLimitCounters: await purgeRateLimitCounters(ctx.database.pool),
  };
}

/** Expired sessions, links and rate-limit counters go every hour (a pg-boss schedule). */
export function accountHousekeeping(ctx: AppContext): ScheduledJob {
  return { name: "accounts-housekeeping", cron: "5 * * * *", run: () => purgeExpiredAccountData(ctx) };
}
