import type { AppContext } from "../../platform/context.ts";
import { purgeAudience } from "../audience/figures.ts";
import { retentionMonths } from "./register.ts";
import { purgeUnconfirmedRequests, remindDueRequests } from "./requests.ts";

const HOURLY = 3600_000;

/**
 * The privacy clocks that run by themselves, at start and every hour in the serving process:
 * reminders to the DPO before a request's due day, unconfirmed requests erased after a week,
 * raw audience data erased after the register's duration.
 */
export function schedulePrivacyHousekeeping(ctx: AppContext, onError: (error: unknown) => void): () => void {
  const run = async () => {
    await remindDueRequests(ctx);
    await purgeUnconfirmedRequests(ctx);
    // The duration comes from the register of processing (25 months by default, CNIL).
    await purgeAudience(ctx.db, ctx.clock.now(), await retentionMonths(ctx.db, "audience"));
  };
  const tick = () => void run().catch(onError);
  tick();
  const timer = setInterval(tick, HOURLY);
  timer.unref();
  return () => clearInterval(timer);
}
