import { and, eq, gt, isNull, lt } from "drizzle-orm";
import { hashToken, randomToken } from "../../platform/auth/tokens.ts";
import type { AppContext } from "../../platform/context.ts";
import { type EmailTokenPurpose, emailTokens } from "./schema.ts";

/** The database and the clock: a link's lifetime runs on ctx.clock. */
type On = Pick<AppContext, "db" | "clock">;

const LIFETIME_MS: Record<EmailTokenPurpose, number> = {
  verify_email: 48 * 3600_000,
  reset_password: 3600_000,
  change_email: 24 * 3600_000,
};

/** Issues a single-use link token; earlier unused tokens of the same purpose stop working. */
export async function issueEmailToken(
  on: On,
  accountId: number,
  purpose: EmailTokenPurpose,
  newEmail?: string,
): Promise<string> {
  const token = randomToken();
  await on.db.transaction(async (tx) => {
    await tx
      .update(emailTokens)
      .set({ usedAt: on.clock.now() })
      .where(
        and(
          eq(emailTokens.accountId, accountId),
          eq(emailTokens.purpose, purpose),
          isNull(emailTokens.usedAt),
        ),
      );
    await tx.insert(emailTokens).values({
      accountId,
      purpose,
      tokenHash: hashToken(token),
      newEmail: newEmail ?? null,
      expiresAt: new Date(on.clock.now().getTime() + LIFETIME_MS[purpose]),
    });
  });
  return token;
}

/** Marks the token used and returns what it was for, or null when unknown, used or expired. */
export async function consumeEmailToken(
  on: On,
  token: string,
  purpose: EmailTokenPurpose,
): Promise<{ accountId: number; newEmail: string | null } | null> {
  const [row] = await on.db
    .update(emailTokens)
    .set({ usedAt: on.clock.now() })
    .where(
      and(
        eq(emailTokens.tokenHash, hashToken(token)),
        eq(emailTokens.purpose, purpose),
        isNull(emailTokens.usedAt),
        gt(emailTokens.expiresAt, on.clock.now()),
      ),
    )
    .returning({ accountId: emailTokens.accountId, newEmail: emailTokens.newEmail });
  return row ?? null;
}

/** Checks a token without using it (to show the reset form only for a link that still works). */
export async function emailTokenIsValid(on: On, token: string, purpose: EmailTokenPurpose): Promise<boolean> {
  const [row] = await on.db
    .select({ id: emailTokens.id })
    .from(emailTokens)
    .where(
      and(
        eq(emailTokens.tokenHash, hashToken(token)),
        eq(emailTokens.purpose, purpose),
        isNull(emailTokens.usedAt),
        gt(emailTokens.expiresAt, on.clock.now()),
      ),
    );
  return Boolean(row);
}

/** Links that expired are deleted; a used link is kept until its own expiry, then goes too. */
export async function purgeExpiredEmailTokens(on: On): Promise<number> {
  const deleted = await on.db
    .delete(emailTokens)
    .where(lt(emailTokens.expiresAt, on.clock.now()))
    .returning({ id: emailTokens.id });
  return deleted.length;
}
