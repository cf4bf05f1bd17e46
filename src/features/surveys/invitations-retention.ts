import { sql } from "drizzle-orm";
import { isoDay, parisDay } from "../../calendar/index.ts";
import { runCommand } from "../../platform/commands.ts";
import type { AppContext } from "../../platform/context.ts";
import type { ScheduledJob } from "../../platform/jobs/jobs.ts";
import { DRAFT_DAYS_AFTER_CLOSE } from "./retention.ts";

/**
 * How long invitations are kept: the addresses and accounts they name serve only while their wave
 * takes answers and its unsent drafts are kept (retention.ts), so they go with those drafts, 30
 * days after the wave closes; the sendings' counts stay, answers included. A link of a deleted
 * invitation then says it no longer exists.
 */
export const INVITATIONS_KEPT_DAYS = DRAFT_DAYS_AFTER_CLOSE;

/** One pass: deletes the invitations (e-mailed and on the site) of waves closed long enough. Returns how many. */
export async function applyInvitationRetention(ctx: AppContext): Promise<number> {
  const today = isoDay(parisDay(ctx.clock.now()));
  return runCommand(ctx, async (ctx) => {
    const closedBefore = sql`${today}::date - ${INVITATIONS_KEPT_DAYS}::int`;
    const e = await ctx.db.execute(sql`
      delete from survey_invitations i using survey_waves w
       where w.id = i.wave_id and w.closes_on < ${closedBefore}`);
    const p = await ctx.db.execute(sql`
      delete from survey_in_page_invitations i using survey_waves w
       where w.id = i.wave_id and w.closes_on < ${closedBefore}`);
    return (e.rowCount ?? 0) + (p.rowCount ?? 0);
  });
}

/** Nightly, once per cluster. */
export function invitationRetentionSchedule(ctx: AppContext): ScheduledJob {
  return {
    name: "survey-invitations-retention",
    cron: "55 3 * * *",
    run: () => applyInvitationRetention(ctx),
  };
}
