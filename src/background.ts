import { FEATURES } from "./features.ts";
import type { AppContext } from "./platform/context.ts";
import type { Listener } from "./platform/feature.ts";
import type { ScheduledJob } from "./platform/jobs/jobs.ts";

/**
 * All background work, in one place (issue 13 §3): each feature's queue workers and calendar
 * schedules (from its index.ts) and the mail outbox's, on pg-boss, and the servers that take
 * work from outside besides the web (the inbox's inbound SMTP, when configured). `confiance worker` runs them
 * alone; `serve` runs them too unless RUN_JOBS=false.
 * However many processes run them, pg-boss gives each job, and each schedule's run, to one.
 */
export function schedules(ctx: AppContext): ScheduledJob[] {
  return [
    ...FEATURES.flatMap((feature) => feature.schedules?.(ctx) ?? []),
    { name: "mail-outbox-purge", cron: "30 3 * * *", run: () => ctx.outbox.purge() },
  ];
}

export interface BackgroundWork {
  /** Closes the listeners, letting what they took in finish (the jobs stop with the context). */
  stop(): Promise<void>;
}

export async function startBackgroundWork(ctx: AppContext): Promise<BackgroundWork> {
  await ctx.outbox.startWorker();
  for (const feature of FEATURES) await feature.startWorkers?.(ctx);
  for (const job of schedules(ctx)) await ctx.jobs.schedule(job);
  const listeners: Listener[] = [];
  const stop = async () => {
    await Promise.all(listeners.map((listener) => listener.close()));
  };
  try {
    for (const feature of FEATURES) listeners.push(...((await feature.startListeners?.(ctx)) ?? []));
  } catch (error) {
    await stop();
    throw error;
  }
  return { stop };
}
