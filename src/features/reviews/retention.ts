import { sql } from "drizzle-orm";
import { runCommand } from "../../platform/commands.ts";
import type { AppContext } from "../../platform/context.ts";
import type { ScheduledJob } from "../../platform/jobs/jobs.ts";
import { REVIEWS_SCOPE } from "./paths.ts";
import { settingsNow } from "./settings.ts";

/**
 * How long the reviews keep what people wrote (the disclosure page and the register of
 * processing say the same, from the same setting): a review, its versions, its decisions and the
 * bank's answer are deleted `retentionMonths` after its first publication (or its arrival, for
 * one never published). An invitation keeps only its dates once it has served or expired for
 * three months: the address and the name go, the conformity report still counts it.
 */
export const INVITATION_MONTHS_AFTER = 3;

export async function applyReviewsRetention(
  ctx: AppContext,
): Promise<{ reviews: number; invitations: number }> {
  const now = ctx.clock.now();
  const { retentionMonths } = await settingsNow(ctx);
  return runCommand(ctx, async (ctx) => {
    const { rows } = await ctx.db.execute<{ id: string }>(sql`
      select id from reviews
       where coalesce(first_published_at, created_at) < ${now}::timestamptz - make_interval(months => ${retentionMonths})
       for update`);
    const ids = rows.map((row) => Number(row.id));
    if (ids.length > 0) {
      const list = sql.join(
        ids.map((id) => sql`${id}`),
        sql`, `,
      );
      await ctx.db.execute(sql`delete from reviews_answers where review_id in (${list})`);
      await ctx.db.execute(sql`delete from reviews_versions where review_id in (${list})`);
      await ctx.db.execute(sql`delete from reviews_decisions where review_id in (${list})`);
      await ctx.db.execute(sql`delete from reviews where id in (${list})`);
      await ctx.pagesChanged([REVIEWS_SCOPE]);
    }
    const cleared = await ctx.db.execute(sql`
      update reviews_invitations
         set email = null, first_name = '', last_name = '', external_reference = null, account_id = null
       where (email is not null or account_id is not null or first_name <> '')
         and expires_at < ${now}::timestamptz - make_interval(months => ${INVITATION_MONTHS_AFTER})`);
    return { reviews: ids.length, invitations: cleared.rowCount ?? 0 };
  });
}

/** Nightly, once per cluster. */
export function reviewsRetentionSchedule(ctx: AppContext): ScheduledJob {
  return { name: "reviews-retention", cron: "50 3 * * *", run: () => applyReviewsRetention(ctx) };
}
