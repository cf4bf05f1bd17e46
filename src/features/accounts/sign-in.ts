import type { FastifyReply, FastifyRequest } from "fastify";
import { recordAudit } from "../../platform/audit/service.ts";
import { isStaffRole } from "../../platform/auth/roles.ts";
import { truncateIp } from "../../platform/auth/tokens.ts";
import type { AppContext } from "../../platform/context.ts";
import type { Account } from "./service.ts";
import { setSessionCookie } from "./session-cookie.ts";
import { closeSession, openSession } from "./sessions.ts";

/**
 * Opens the session once the first factor has passed (a password or the bank's identity
 * provider) and returns where the person goes next: the second factor for enrolled staff,
 * enrolment for staff who have none yet, else the page they asked for.
 */
export async function startSession(
  ctx: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  account: Account,
  /** next: the page asked for before signing in, or "" for the role's landing page. */
  options: { next: string; via: "password" | "oidc"; providerSecondFactor: boolean },
): Promise<string> {
  const staff = isStaffRole(account.role);
  const next = options.next || (staff ? "/admin" : "/");
  const enrolled = account.totpEnabledAt !== null;
  // Enrolled staff give our second factor at every sign-in unless the provider already asked one.
  const pending = staff && enrolled && !options.providerSecondFactor;
  const ipPrefix = truncateIp(request.ip);
  // A new session on every sign-in: an identifier planted before sign-in is worthless after.
  if (request.actor) await closeSession(ctx.db, request.actor.sessionId);
  const session = await openSession(ctx.db, ctx.clock.now(), {
    accountId: account.id,
    staff,
    complete: !pending,
    secondFactor: options.providerSecondFactor,
    userAgent: request.headers["user-agent"],
    ipPrefix,
  });
  setSessionCookie(ctx, reply, session);
  if (pending) return `/connexion/second-facteur?suite=${encodeURIComponent(next)}`;
  await recordAudit(ctx.db, {
    actorId: account.id,
    actorRole: account.role,
    action: "account.signed_in",
    subjectType: "account",
    subjectId: account.id,
    details: { via: options.via, ...(options.providerSecondFactor ? { providerSecondFactor: true } : {}) },
    ipPrefix,
  });
  // Every staff member enrols our TOTP once, even when the provider vouches for a second factor.
  if (staff && !enrolled) return "/compte/securite";
  return next;
}
