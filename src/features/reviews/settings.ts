import type { AppContext } from "../../platform/context.ts";
import { DEFAULT_SETTINGS, type ReviewSettings } from "./model.ts";
import { reviewSettings } from "./schema.ts";

/** The settings in force (one row, created by the migration; the defaults if it were ever missing). */
export async function settingsNow(ctx: AppContext): Promise<ReviewSettings> {
  const [row] = await ctx.db.select().from(reviewSettings).limit(1);
  if (!row) return DEFAULT_SETTINGS;
  return {
    moderationDelayDays: row.moderationDelayDays,
    holdDelayDays: row.holdDelayDays,
    anonymityMonths: row.anonymityMonths,
    retentionMonths: row.retentionMonths,
    minTextLength: row.minTextLength,
    invitationValidityDays: row.invitationValidityDays,
  };
}
