import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import { accounts } from "./schema.ts";

/**
 * Would the platform be left without an active administrator if this account stopped being
 * one? Asked inside the transaction that demotes, deactivates or erases it, with the
 * administrators' rows locked (`for update`): of two administrators removing each other at
 * once, the second waits for the first to commit, then sees one administrator left. A count
 * read before the transaction let both pass and left none (issue 11, M6).
 */
export async function wouldLeaveNoAdministrator(
  tx: Pick<Db, "select">,
  leavingAccountId: number,
): Promise<boolean> {
  const active = await tx
    .select({ id: accounts.id })
    .from(accounts)
    .where(and(eq(accounts.role, "administrator"), isNull(accounts.deactivatedAt)))
    .for("update");
  return active.length <= 1 && active.some((a) => a.id === leavingAccountId);
}
