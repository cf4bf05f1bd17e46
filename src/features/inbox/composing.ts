import { sql } from "drizzle-orm";
import type { Actor } from "../../platform/auth/actor.ts";
import type { AppContext } from "../../platform/context.ts";
import { publicProfiles } from "../accounts/index.ts";
import { workedConversation } from "./conversation-access.ts";
import { inboxChanged } from "./live.ts";

/** How long "is writing a reply" lasts after the last keystroke the page reported. */
export const COMPOSING_MS = 2 * 60 * 1000;

/**
 * The "a colleague is writing a reply" warning: opening or typing in the composer records the
 * advisor for two minutes (refreshed while they type); colleagues on the same conversation see
 * it when the page loads and, live, when the first keystroke is reported.
 */
export async function startComposing(ctx: AppContext, actor: Actor, conversationId: number): Promise<void> {
  await workedConversation(ctx, actor, conversationId);
  const now = ctx.clock.now();
  const until = new Date(now.getTime() + COMPOSING_MS);
  const { rows } = await ctx.db.execute<{ fresh: boolean }>(sql`
    with before as (
      select until from inbox_composing where conversation_id = ${conversationId} and account_id = ${actor.id})
    insert into inbox_composing (conversation_id, account_id, until)
    values (${conversationId}, ${actor.id}, ${until})
    on conflict (conversation_id, account_id) do update set until = excluded.until
    returning coalesce((select until < ${now} from before), true) as fresh`);
  // Colleagues hear of a new writer, not of every refresh.
  if (rows[0]?.fresh) await inboxChanged(ctx, { conversationId, kind: "composing" });
}

/** Done writing (the reply was sent or the page said so). */
export async function stopComposing(
  ctx: AppContext,
  accountId: number,
  conversationId: number,
): Promise<void> {
  await ctx.db.execute(
    sql`delete from inbox_composing where conversation_id = ${conversationId} and account_id = ${accountId}`,
  );
}

/** The colleagues writing a reply to this conversation right now, by name. */
export async function colleaguesComposing(
  ctx: AppContext,
  conversationId: number,
  accountId: number,
): Promise<string[]> {
  const { rows } = await ctx.db.execute<{ account_id: number }>(sql`
    select account_id from inbox_composing
     where conversation_id = ${conversationId} and account_id <> ${accountId} and until > ${ctx.clock.now()}
     order by account_id`);
  const profiles = await publicProfiles(
    ctx,
    rows.map((r) => Number(r.account_id)),
  );
  return [...profiles.values()].map((p) => p.displayName);
}
