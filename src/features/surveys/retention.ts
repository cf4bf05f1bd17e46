import { sql } from "drizzle-orm";
import { addDays, addMonthsClamped, isoDay, parisDay } from "../../calendar/index.ts";
import { runCommand } from "../../platform/commands.ts";
import type { AppContext } from "../../platform/context.ts";
import type { ScheduledJob } from "../../platform/jobs/jobs.ts";
import { retentionMonths } from "../privacy/index.ts";

/**
 * How long surveys keep their responses (the register of processing, entry "surveys", says how
 * many months; the DPO may change it there): the responses of a wave, with their answers and
 * profiles, are deleted that many months after the wave's last day. A draft nobody sent is of no
 * use once its wave is over: it is deleted 30 days after the wave's last day.
 */
export const REGISTER_KEY = "surveys";
export const DRAFT_DAYS_AFTER_CLOSE = 30;
const BATCH = 1000;

/** Deletes, a batch per command, the responses whose wave closed before `closedBefore`. */
async function deleteResponses(ctx: AppContext, closedBefore: string, draftsOnly: boolean): Promise<number> {
  let done = 0;
  for (;;) {
    const deleted = await runCommand(ctx, async (ctx) => {
      const { rows } = await ctx.db.execute<{ id: string }>(sql`
        delete from survey_responses where id in (
          select r.id from survey_responses r join survey_waves w on w.id = r.wave_id
           where w.closes_on < ${closedBefore}::date
             ${draftsOnly ? sql`and r.submitted_at is null` : sql``}
           limit ${BATCH})
        returning id`);
      return rows.length;
    });
    done += deleted;
    if (deleted < BATCH) return done;
  }
}

/** One pass: responses past their retention, then drafts of waves over. Returns how many were deleted. */
export async function applySurveyRetention(ctx: AppContext): Promise<{ responses: number; drafts: number }> {
  const today = parisDay(ctx.clock.now());
  const months = await retentionMonths(ctx.db, REGISTER_KEY);
  return {
    responses: await deleteResponses(ctx, isoDay(addMonthsClamped(today, -months)), false),
    drafts: await deleteResponses(ctx, isoDay(addDays(today, -DRAFT_DAYS_AFTER_CLOSE)), true),
  };
}

/** Nightly, once per cluster. */
export function surveyRetentionSchedule(ctx: AppContext): ScheduledJob {
  return { name: "surveys-retention", cron: "50 3 * * *", run: () => applySurveyRetention(ctx) };
}
