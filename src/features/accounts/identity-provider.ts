import { eq } from "drizzle-orm";
import { recordAudit } from "../../platform/audit/service.ts";
import type { AppContext } from "../../platform/context.ts";
import { accounts } from "./schema.ts";
import { type Account, findAccountByEmail, type Origin } from "./service.ts";
import { displayNameProblem, nameFromAddress, normaliseDisplayName } from "./validation.ts";

export interface ProviderIdentity {
  subject: string;
  email: string | undefined;
  emailVerified: boolean;
  name: string | undefined;
}

export type ProviderSignIn =
  | { kind: "ok"; account: Account }
  | { kind: "no_email" }
  | { kind: "deactivated" };

/**
 * Finds the account an identity-provider login belongs to: by subject first, then by a
 * verified e-mail address (linking it once), else a new member account. Roles are never taken
 * from the provider: an administrator grants them in the staff console.
 */
export async function accountForProviderIdentity(
  ctx: AppContext,
  identity: ProviderIdentity,
  origin: Origin,
): Promise<ProviderSignIn> {
  const [bySubject] = await ctx.db.select().from(accounts).where(eq(accounts.oidcSubject, identity.subject));
  let account = bySubject;
  if (!account) {
    if (!identity.email || !identity.emailVerified) return { kind: "no_email" };
    const byEmail = await findAccountByEmail(ctx, identity.email);
    if (byEmail) {
      await ctx.db
        .update(accounts)
        .set({ oidcSubject: identity.subject, emailVerifiedAt: byEmail.emailVerifiedAt ?? ctx.clock.now() })
        .where(eq(accounts.id, byEmail.id));
      account = { ...byEmail, oidcSubject: identity.subject };
      await recordAudit(ctx.db, {
        actorId: byEmail.id,
        actorRole: byEmail.role,
        action: "account.provider_linked",
        subjectType: "account",
        subjectId: byEmail.id,
        ipPrefix: origin.ipPrefix,
      });
    } else {
      const name = normaliseDisplayName(identity.name ?? identity.email.split("@")[0] ?? "");
      const [created] = await ctx.db
        .insert(accounts)
        .values({
          email: identity.email,
          displayName: displayNameProblem(name) ? nameFromAddress(identity.email) : name,
          oidcSubject: identity.subject,
          emailVerifiedAt: ctx.clock.now(),
        })
        .returning();
      account = created!;
      await recordAudit(ctx.db, {
        actorId: account.id,
        actorRole: account.role,
        action: "account.signed_up",
        subjectType: "account",
        subjectId: account.id,
        details: { via: "oidc" },
        ipPrefix: origin.ipPrefix,
      });
    }
  }
  if (account.deactivatedAt) return { kind: "deactivated" };
  return { kind: "ok", account };
}
