import { and, isNull, lt } from "drizzle-orm";
import type { AppContext } from "../../../platform/context.ts";
import type { ScheduledJob } from "../../../platform/jobs/jobs.ts";
import { contactRequests } from "../schema.ts";

/** After its link expires, a message whose address was never confirmed may still get a new link this long. */
const KEPT_AFTER_EXPIRY_DAYS = 7;

/**
 * Contact-form messages whose address was never confirmed are erased a week after their link
 * expired (the register of processing says so): nobody vouched for them, and the address may
 * not be the writer's. Hourly, once per cluster; idempotent.
 */
export function contactHousekeeping(ctx: AppContext): ScheduledJob {
  return {
    name: "inbox-contact-requests",
    cron: "20 * * * *",
    run: async () => {
      const before = new Date(ctx.clock.now().getTime() - KEPT_AFTER_EXPIRY_DAYS * 86_400_000);
      await ctx.db
        .delete(contactRequests)
        .where(and(isNull(contactRequests.confirmedAt), lt(contactRequests.expiresAt, before)));
    },
  };
}
