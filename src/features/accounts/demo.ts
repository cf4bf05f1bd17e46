import { eq } from "drizzle-orm";
import type { Actor } from "../../platform/auth/actor.ts";
import { hashPassword } from "../../platform/auth/passwords.ts";
import { isStaffRole, type Role } from "../../platform/auth/roles.ts";
import { currentTotp, newTotpSecret, totpStep } from "../../platform/auth/totp.ts";
import type { AppContext } from "../../platform/context.ts";
import { accounts } from "./schema.ts";

/**
 * Demo people for `seed-demo`: verified, flagged `demo`, staff with an enrolled TOTP whose
 * current code `confiance totp <email>` can print. Existing accounts are reused as they are.
 */
export async function ensureDemoAccount(
  ctx: AppContext,
  person: {
    email: string;
    displayName: string;
    role: Role;
    team?: string | undefined;
    password: string;
    createdAt: Date;
  },
): Promise<Actor> {
  const [existing] = await ctx.db.select().from(accounts).where(eq(accounts.email, person.email));
  const staff = isStaffRole(person.role);
  const row =
    existing ??
    (
      await ctx.db
        .insert(accounts)
        .values({
          email: person.email,
          displayName: person.displayName,
          role: person.role,
          team: person.team ?? null,
          passwordHash: await hashPassword(person.password),
          emailVerifiedAt: person.createdAt,
          totpSecret: staff ? ctx.secrets.seal(newTotpSecret()) : null,
          totpEnabledAt: staff ? person.createdAt : null,
          demo: true,
          createdAt: person.createdAt,
        })
        .returning()
    )[0]!;
  return {
    id: row.id,
    email: row.email,
    displayName: row.displayName,
    role: row.role,
    locale: row.locale,
    emailVerified: true,
    totpEnabled: row.totpEnabledAt !== null,
    secondFactorDone: true,
    silenced: false,
    sessionId: 0,
  };
}

/** The current second-factor code of a demo account; refuses any real account. */
export async function demoTotpCode(ctx: AppContext, email: string): Promise<string | null> {
  const [row] = await ctx.db.select().from(accounts).where(eq(accounts.email, email));
  if (!row?.demo || !row.totpSecret) return null;
  return currentTotp(ctx.secrets.open(row.totpSecret), totpStep(ctx.clock.now()));
}
