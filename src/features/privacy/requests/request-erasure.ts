import { recordAudit } from "../../../platform/audit/service.ts";
import type { Actor } from "../../../platform/auth/actor.ts";
import { isStaffRole } from "../../../platform/auth/roles.ts";
import { lockSubject, runCommand } from "../../../platform/commands.ts";
import type { AppContext } from "../../../platform/context.ts";
import { DomainError, notFound } from "../../../platform/http/errors.ts";
import { i18nFor } from "../../../platform/i18n/index.ts";
import type { FieldErrors } from "../../../platform/views/components.tsx";
import { accountOf } from "../../accounts/index.ts";
import { suppressionKey } from "../../consent/index.ts";
import { eraseMember } from "../erasure/erasure.ts";
import type { KeepReason } from "../personal-data-map.ts";
import { answerRequest, findRequest, type PrivacyRequest } from "./requests.ts";

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
  const account = await accountOf(ctx.db, request);
  if (account && isStaffRole(account.role)) return { ok: false, reason: "staff" };
  return runCommand(ctx, async (ctx) => {
    const kept = await eraseMember(
      ctx.db,
      { accountId: account?.id ?? null, email: request.email },
      {
        withdrawPosts: options.withdrawPosts,
        locale: ctx.config.defaultLocale,
        suppressionKey: suppressionKey(ctx.config),
        now: ctx.clock.now(),
      },
    );
    await recordAudit(ctx.db, {
      actorId: dpo.id,
      actorRole: dpo.role,
      action: "privacy.request_erasure_executed",
      subjectType: "privacy_request",
      subjectId: request.id,
      details: { account: account?.id ?? null, kept, postsWithdrawn: options.withdrawPosts },
    });
    await ctx.pagesChanged();
    return { ok: true as const, kept };
  });
}

/**
 * The DPO's answer that erases (art. 17): one command, so the person is never erased without
 * the request being answered and audited, nor answered "erased" when the erasure failed. Two
 * DPOs answering at once: the second waits, then is told the request is closed already.
 */
export async function eraseAndAnswer(
  ctx: AppContext,
  dpo: Actor,
  requestId: number,
  input: { answer: string; withdrawPosts: boolean },
): Promise<{ ok: true } | { ok: false; errors: FieldErrors }> {
  return runCommand(ctx, async (ctx) => {
    await lockSubject(ctx, "privacy_request", requestId);
    const request = await findRequest(ctx, requestId);
    if (!request) throw notFound();
    if (request.status !== "open" && request.status !== "identity_check")
      return { ok: false, errors: { answer: "privacyRequest.closed" } };
    const erased = await eraseOnRequest(ctx, dpo, request, { withdrawPosts: input.withdrawPosts });
    if (!erased.ok) return { ok: false, errors: { answer: "console.request.eraseStaff" } };
    // The person is told what the law keeps, and why (art. 17(3)).
    const { t } = i18nFor(request.locale);
    const text =
      erased.kept.length === 0
        ? input.answer
        : [
            input.answer.trim(),
            t("mail.deleted.kept"),
            ...erased.kept.map((reason) => t(`privacy.kept.${reason}`)),
          ].join("\n");
    const sent = await answerRequest(ctx, dpo, request, { text, outcome: "answered" });
    // Nothing of the erasure stays when the answer cannot be recorded.
    if (!sent.ok) throw new DomainError("request_closed", 409, "privacyRequest.closed");
    return sent;
  });
}
