import { eq } from "drizzle-orm";
import { recordAudit } from "../../platform/audit/service.ts";
import type { Actor } from "../../platform/auth/actor.ts";
import { isStaffRole } from "../../platform/auth/roles.ts";
import type { AppContext } from "../../platform/context.ts";
import { accounts } from "../accounts/schema.ts";
import { suppressionKey } from "../newsletter/suppression.ts";
import { eraseMember } from "./erasure.ts";
import type { KeepReason } from "./personal-data-map.ts";
import type { PrivacyRequest } from "./requests.ts";

/**
 * Erasure decided by the DPO on a request (art. 17): the account, if any, and everything the map
 * says is the person's, as when a member erases their own account; their posts stay as "Ancien
 * membre", or are withdrawn too when the person asked and nothing prevents it. Staff accounts
 * are closed by an administrator, not from here. Returns what the law keeps, to tell the person.
 */
export async function eraseOnRequest(
  ctx: AppContext,
  dpo: Actor,
  request: PrivacyRequest,
  options: { withdrawPosts: boolean } = { withdrawPosts: false },
): Promise<{ ok: true; kept: KeepReason[] } | { ok: false; reason: "staff" }> {
  const [account] = await ctx.db
    .select({ id: accounts.id, email: accounts.email, role: accounts.role })
    .from(accounts)
    .where(request.accountId ? eq(accounts.id, request.accountId) : eq(accounts.email, request.email));
  if (account && isStaffRole(account.role)) return { ok: false, reason: "staff" };
  const kept = await ctx.db.transaction(async (tx) => {
    const reasons = await eraseMember(
      tx,
      { accountId: account?.id ?? null, email: request.email },
      {
        withdrawPosts: options.withdrawPosts,
        locale: ctx.config.defaultLocale,
        suppressionKey: suppressionKey(ctx.config),
        now: ctx.clock.now(),
      },
    );
    await recordAudit(
      ctx.db,
      {
        actorId: dpo.id,
        actorRole: dpo.role,
        action: "privacy.request_erasure_executed",
        subjectType: "privacy_request",
        subjectId: request.id,
        details: { account: account?.id ?? null, kept: reasons, postsWithdrawn: options.withdrawPosts },
      },
      tx,
    );
    return reasons;
  });
  await ctx.afterCommit(() => ctx.publicPages.changed());
  return { ok: true, kept };
}
