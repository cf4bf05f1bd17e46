import type { AppContext } from "../../platform/context.ts";
import type { ScheduledJob } from "../../platform/jobs/jobs.ts";
import { reviewProspects } from "./retention.ts";
import { purgeUnconfirmed } from "./service.ts";
import { restoreSuppressions } from "./suppression.ts";

/**
 * Erases sign-ups never confirmed, and reviews prospects' retention (one re-permission e-mail,
 * then erasure), every hour (a pg-boss schedule, once per cluster). Before the first run in a
 * process, the suppression list is completed from the rows and the consent ledger, so no
 * erasure below can take a suppression with it.
 */
export function newsletterHousekeeping(ctx: AppContext): ScheduledJob {
  // Until the list is complete nothing is erased; a failure is retried at the next run.
  let restored = false;
  return {
    name: "newsletter-housekeeping",
    cron: "15 * * * *",
    run: async () => {
      if (!restored) {
        await restoreSuppressions(ctx);
        restored = true;
      }
      await purgeUnconfirmed(ctx);
      await reviewProspects(ctx);
    },
  };
}
