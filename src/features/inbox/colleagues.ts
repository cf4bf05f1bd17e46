import { sql } from "drizzle-orm";
import type { AppContext } from "../../platform/context.ts";
import { publicProfiles } from "../accounts/index.ts";

export interface Colleague {
  id: number;
  displayName: string;
}

/** The staff who work the inbox (members of one of its teams), by name. */
export async function inboxStaff(ctx: AppContext): Promise<Colleague[]> {
  const { rows } = await ctx.db.execute<{ account_id: number }>(
    sql`select distinct account_id from inbox_team_members`,
  );
  const profiles = await publicProfiles(
    ctx,
    rows.map((r) => Number(r.account_id)),
  );
  return [...profiles.values()]
    .map((p) => ({ id: p.id, displayName: p.displayName }))
    .sort((a, b) => a.displayName.localeCompare(b.displayName, "fr"));
}
