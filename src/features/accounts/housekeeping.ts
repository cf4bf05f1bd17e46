import type { AppContext } from "../../platform/context.ts";
import { purgeRateLimitCounters } from "../../platform/http/rate-limit-store.ts";
import { purgeExpiredEmailTokens } from "./email-tokens.ts";
import { purgeExpiredSessions } from "./sessions.ts";

const HOURLY = 3600_000;

export async function purgeExpiredAccountData(
  ctx: AppContext,
): Promise<{ sessions: number; emailTokens: number; rateLimitCounters: number }> {
  return {
    sessions: await purgeExpiredSessions(ctx.db, ctx.clock.now()),
    emailTokens: await purgeExpiredEmailTokens(ctx.db),
    // The sign-in and other route limits' counters, shared by the instances, once their window is over.
    rateLimitCounters: await purgeRateLimitCounters(ctx.database.pool),
  };
}

/**
 * Runs the purge at start and every hour in the serving process. (It moves to the pg-boss
 * worker when background jobs arrive with the newsletter.) Returns a function that stops it.
 */
export function scheduleAccountHousekeeping(ctx: AppContext, onError: (error: unknown) => void): () => void {
  const run = () => void purgeExpiredAccountData(ctx).catch(onError);
  run();
  const timer = setInterval(run, HOURLY);
  timer.unref();
  return () => clearInterval(timer);
}
