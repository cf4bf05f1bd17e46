import { recordAudit } from "../../platform/audit/service.ts";
import type { Actor } from "../../platform/auth/actor.ts";
import { runCommand } from "../../platform/commands.ts";
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

/**
 * Changes the settings (checked by settings-typed.ts): the disclosure page and the procedure
 * follow at once, the change audited with the values before and after, the kept pages refreshed.
 */
export async function changeSettings(ctx: AppContext, actor: Actor, value: ReviewSettings): Promise<void> {
  await runCommand(ctx, async (ctx) => {
    const before = await settingsNow(ctx);
    await ctx.db
      .insert(reviewSettings)
      .values({ id: 1, ...value, updatedBy: actor.id, updatedAt: ctx.clock.now() })
      .onConflictDoUpdate({
        target: reviewSettings.id,
        set: { ...value, updatedBy: actor.id, updatedAt: ctx.clock.now() },
      });
    await recordAudit(ctx.db, {
      actorId: actor.id,
      actorRole: actor.role,
      action: "reviews.settings_changed",
      subjectType: "review_settings",
      subjectId: 1,
      details: { before, after: value },
    });
    await ctx.pagesChanged();
  });
}
