import { sql } from "drizzle-orm";
import { lockSubject } from "../../platform/commands.ts";
import type { AppContext } from "../../platform/context.ts";

/**
 * Automatic assignment: round robin among the team's members who are available and below their
 * capacity (open conversations assigned to them), the one given a conversation longest ago first.
 * The team is locked for the choice, so two conversations arriving at once never both take an
 * advisor's last free place. Inside a command. Returns the advisor, or null when none is free.
 */
export async function assignAutomatically(ctx: AppContext, teamId: number): Promise<number | null> {
  await lockSubject(ctx, "inbox-team", teamId);
  const now = ctx.clock.now();
  const chosen = await ctx.db.execute<{ account_id: number }>(sql`
    select m.account_id from inbox_team_members m
    where m.team_id = ${teamId} and m.available
      and (select count(*) from inbox_conversations c
           where c.assignee_id = m.account_id and c.status <> 'resolved') < m.capacity
    order by m.last_assigned_at asc nulls first, m.account_id
    limit 1`);
  const advisor = chosen.rows[0]?.account_id;
  if (advisor === undefined) return null;
  await ctx.db.execute(sql`
    update inbox_team_members set last_assigned_at = ${now}
    where team_id = ${teamId} and account_id = ${advisor}`);
  return Number(advisor);
}

/** The team a source asked for by slug, or the first team (the front line) when it did not or it is unknown. */
export async function teamFor(ctx: AppContext, slug: string | undefined): Promise<number | null> {
  const rows = await ctx.db.execute<{ id: number }>(sql`
    select id from inbox_teams order by (slug = ${slug ?? ""}) desc, id limit 1`);
  return rows.rows[0] ? Number(rows.rows[0].id) : null;
}
