import { sql } from "drizzle-orm";
import type { AppContext } from "../../platform/context.ts";
import type { ScheduledJob } from "../../platform/jobs/jobs.ts";
import { inboxChanged } from "./live.ts";

/**
 * Snoozed conversations whose time has come are open again, unread, in their advisor's lists
 * (and live on their pages). Every five minutes, once per cluster; a conversation the client
 * wrote into meanwhile was already reopened by `receive`.
 */
export async function wakeSnoozed(ctx: AppContext): Promise<number> {
  const now = ctx.clock.now();
  const { rows } = await ctx.db.execute<{ id: string }>(sql`
    update inbox_conversations
       set status = 'open', snoozed_until = null, unread = true, updated_at = ${now}
     where status = 'snoozed' and snoozed_until <= ${now}
     returning id`);
  for (const row of rows) await inboxChanged(ctx, { conversationId: Number(row.id), kind: "status" });
  return rows.length;
}

export function snoozeSchedule(ctx: AppContext): ScheduledJob {
  return { name: "inbox-snoozes", cron: "*/5 * * * *", run: () => wakeSnoozed(ctx) };
}
