import type { AppContext } from "../../platform/context.ts";
import type { ScheduledJob } from "../../platform/jobs/jobs.ts";
import { sendDailyDigests } from "./notifications.ts";

/**
 * The daily digests leave at 7 a.m., Paris time (read with the morning coffee, not in the
 * night): a pg-boss schedule, once per cluster. Each notification is claimed as it is queued,
 * so a second run, on another instance or after a restart, sends nothing twice.
 */
export function communityDigests(ctx: AppContext): ScheduledJob {
  return { name: "community-digests", cron: "0 7 * * *", run: () => sendDailyDigests(ctx) };
}
