import { inArray, sql } from "drizzle-orm";
import type { Role } from "../../platform/auth/roles.ts";
import type { AppContext } from "../../platform/context.ts";
import { accounts } from "./schema.ts";

/** What other features may show about a person: the name they chose and the role the bank gave. */
export interface PublicProfile {
  id: number;
  displayName: string;
  role: Role;
}

/** One query for all the authors on a page. Unknown ids (erased accounts) are simply absent. */
export async function publicProfiles(
  ctx: AppContext,
  ids: Iterable<number | null>,
): Promise<Map<number, PublicProfile>> {
  const wanted = [...new Set([...ids].filter((id): id is number => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await ctx.db
    .select({ id: accounts.id, displayName: accounts.displayName, role: accounts.role })
    .from(accounts)
    .where(inArray(accounts.id, wanted));
  return new Map(rows.map((row) => [row.id, row]));
}

/** Accounts shown under this name (names are not unique), compared without case or accents. */
export async function accountsNamed(ctx: AppContext, displayName: string): Promise<number[]> {
  const rows = await ctx.db
    .select({ id: accounts.id })
    .from(accounts)
    .where(sql`unaccent(lower(${accounts.displayName})) = unaccent(lower(${displayName.trim()}))`)
    .limit(50);
  return rows.map((row) => row.id);
}
