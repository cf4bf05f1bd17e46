import { eq } from "drizzle-orm";
import type { Actor } from "../../platform/auth/actor.ts";
import type { AppContext } from "../../platform/context.ts";
import { accounts, sessions } from "./schema.ts";

export type Restriction = "silenced" | "suspended";

/**
 * Moderation's restrictions on an account: silenced (reads and signs in, cannot publish) or
 * suspended (cannot sign in; its sessions end at once). Each lasts until a date.
 */
export async function restrictAccount(
  ctx: AppContext,
  accountId: number,
  restriction: Restriction,
  until: Date | null,
): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(accounts)
      .set(restriction === "silenced" ? { silencedUntil: until } : { suspendedUntil: until })
      .where(eq(accounts.id, accountId));
    if (restriction === "suspended" && until)
      await tx.delete(sessions).where(eq(sessions.accountId, accountId));
  });
}

/**
 * The author of a held submission, as an actor, so that approving it publishes it under their
 * name through the ordinary path (no session: they are not the one acting).
 */
export async function authorAsActor(ctx: AppContext, accountId: number): Promise<Actor | undefined> {
  const [row] = await ctx.db.select().from(accounts).where(eq(accounts.id, accountId));
  if (!row || row.deactivatedAt) return undefined;
  return {
    id: row.id,
    email: row.email,
    displayName: row.displayName,
    role: row.role,
    locale: row.locale,
    emailVerified: row.emailVerifiedAt !== null,
    totpEnabled: row.totpEnabledAt !== null,
    secondFactorDone: false,
    // A moderator approved this very text: a restriction since then does not undo that decision.
    silenced: false,
    sessionId: 0,
  };
}
