import { accountHousekeeping } from "./features/accounts/housekeeping.ts";
import { startAccountWorkers } from "./features/accounts/service.ts";
import { communityDigests } from "./features/community/housekeeping.ts";
import { newsletterHousekeeping } from "./features/newsletter/housekeeping.ts";
import { startNewsletterWorkers } from "./features/newsletter/sending.ts";
import { privacyHousekeeping } from "./features/privacy/housekeeping.ts";
import type { AppContext } from "./platform/context.ts";
import type { ScheduledJob } from "./platform/jobs/jobs.ts";

/**
 * All background work, in one place (issue 13 §3): queue workers and calendar schedules, on
 * pg-boss. `confiance worker` runs them alone; `serve` runs them too unless RUN_JOBS=false.
 * However many processes run them, pg-boss gives each job, and each schedule's run, to one.
 */
export function schedules(ctx: AppContext): ScheduledJob[] {
  return [
    accountHousekeeping(ctx),
    privacyHousekeeping(ctx),
    newsletterHousekeeping(ctx),
    communityDigests(ctx),
    { name: "mail-outbox-purge", cron: "30 3 * * *", run: () => ctx.outbox.purge() },
  ];
}

export async function startBackgroundWork(ctx: AppContext): Promise<void> {
  await ctx.outbox.startWorker();
  await startAccountWorkers(ctx);
  await startNewsletterWorkers(ctx);
  for (const job of schedules(ctx)) await ctx.jobs.schedule(job);
}
