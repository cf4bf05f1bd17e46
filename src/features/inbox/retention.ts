import { sql } from "drizzle-orm";
import { runCommand } from "../../platform/commands.ts";
import type { AppContext } from "../../platform/context.ts";
import type { ScheduledJob } from "../../platform/jobs/jobs.ts";
import { anonymiseConversations } from "./anonymise.ts";

/**
 * How long the inbox keeps what people wrote (the register of processing says the same):
 * a conversation 3 years after its last message; a complaint in the register 5 years after it
 * was answered (its register entry stays, without the texts). Past that, the conversation is
 * anonymised (anonymise.ts): the figures stay, the person goes.
 */
export const CONVERSATION_YEARS = 3;
export const COMPLAINT_YEARS_AFTER_ANSWER = 5;
const BATCH = 500;

/** Conversations past their retention, not yet anonymised, oldest first. */
async function expired(ctx: AppContext, now: Date): Promise<number[]> {
  const { rows } = await ctx.db.execute<{ id: string }>(sql`
    select c.id from inbox_conversations c
      join inbox_correspondents p on p.id = c.correspondent_id
      left join inbox_complaints k on k.conversation_id = c.id
     where p.erased_at is null
       and case when k.id is null
                then c.last_message_at < ${now}::timestamptz - make_interval(years => ${CONVERSATION_YEARS})
                else k.answered_at < ${now}::timestamptz - make_interval(years => ${COMPLAINT_YEARS_AFTER_ANSWER})
           end
     order by c.last_message_at
     limit ${BATCH}`);
  return rows.map((r) => Number(r.id));
}

/** One pass: anonymises the conversations past their retention, a batch per command. Returns how many. */
export async function applyInboxRetention(ctx: AppContext): Promise<number> {
  const now = ctx.clock.now();
  let done = 0;
  for (;;) {
    const ids = await runCommand(ctx, async (ctx) => {
      const batch = await expired(ctx, now);
      await anonymiseConversations(ctx.db, batch, { locale: ctx.config.defaultLocale, now });
      return batch;
    });
    done += ids.length;
    if (ids.length < BATCH) return done;
  }
}

/** Nightly, once per cluster. */
export function retentionSchedule(ctx: AppContext): ScheduledJob {
  return { name: "inbox-retention", cron: "40 3 * * *", run: () => applyInboxRetention(ctx) };
}
