import type { AppContext } from "../../platform/context.ts";
import type { ScheduledJob } from "../../platform/jobs/jobs.ts";
import { REVIEWS_DAY_SCOPE } from "./paths.ts";

/**
 * At midnight in Paris the reviews' pages change without any write: the score's twelve months
 * move on by a day, and reviews past the anonymity period lose their name. Their kept pages
 * depend on this scope, moved here, so a visitor never reads yesterday's score.
 */
export function newDaySchedule(ctx: AppContext): ScheduledJob {
  return {
    name: "reviews-new-day",
    cron: "0 0 * * *",
    run: () => ctx.pagesChanged([REVIEWS_DAY_SCOPE]),
  };
}
