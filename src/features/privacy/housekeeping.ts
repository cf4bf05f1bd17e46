import type { AppContext } from "../../platform/context.ts";
import type { ScheduledJob } from "../../platform/jobs/jobs.ts";
import { purgeAudience } from "../audience/index.ts";
import { retentionMonths } from "./registers/register.ts";
import { purgeUnconfirmedRequests, remindDueRequests } from "./requests/requests.ts";

/**
 * The privacy clocks that run by themselves, every hour (a pg-boss schedule, once per
 * cluster): reminders to the DPO before a request's due day, unconfirmed requests erased after
 * a week, raw audience data erased after the register's duration. Each step is idempotent.
 */
export function privacyHousekeeping(ctx: AppContext): ScheduledJob {
  return {
    name: "privacy-housekeeping",
    cron: "10 * * * *",
    run: async () => {
      await remindDueRequests(ctx);
      await purgeUnconfirmedRequests(ctx);
      // The duration comes from the register of processing (25 months by default, CNIL).
      await purgeAudience(ctx.db, ctx.clock.now(), await retentionMonths(ctx.db, "audience"));
    },
  };
}
