import { eq, sql } from "drizzle-orm";
import type { Actor } from "../../platform/auth/actor.ts";
import type { AppContext } from "../../platform/context.ts";
import { notFound } from "../../platform/http/errors.ts";
import { type InboxScope, inScope, scopeOf } from "./policy.ts";
import { conversations } from "./schema.ts";

export type Conversation = typeof conversations.$inferSelect;

/** The teams a staff member works in. */
export async function teamsOf(ctx: AppContext, accountId: number): Promise<number[]> {
  const rows = await ctx.db.execute<{ team_id: number }>(
    sql`select team_id from inbox_team_members where account_id = ${accountId} order by team_id`,
  );
  return rows.rows.map((r) => Number(r.team_id));
}

export async function scopeFor(ctx: AppContext, actor: Actor): Promise<InboxScope> {
  return scopeOf(actor, actor.role === "administrator" ? [] : await teamsOf(ctx, actor.id));
}

/**
 * A conversation the staff member works (policy.ts `scopeOf`), or 404: one outside their scope
 * is answered as if it did not exist. With `forUpdate`, inside a command, the row stays locked
 * until commit, so two advisors acting at once act one after the other.
 */
export async function workedConversation(
  ctx: AppContext,
  actor: Actor,
  id: number,
  options: { forUpdate?: boolean } = {},
): Promise<Conversation> {
  const query = ctx.db.select().from(conversations).where(eq(conversations.id, id));
  const [conversation] = options.forUpdate ? await query.for("update") : await query;
  if (!conversation || !inScope(await scopeFor(ctx, actor), conversation)) throw notFound();
  return conversation;
}
