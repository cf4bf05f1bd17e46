import { and, eq, isNull } from "drizzle-orm";
import type { Locale } from "../../config.ts";
import { recordAudit } from "../../platform/audit/service.ts";
import type { Actor } from "../../platform/auth/actor.ts";
import { decoyHash, hashPassword, passwordProblem, verifyPassword } from "../../platform/auth/passwords.ts";
import { isStaffRole } from "../../platform/auth/roles.ts";
import { lockSubject, runCommand } from "../../platform/commands.ts";
import type { AppContext } from "../../platform/context.ts";
import type { FieldErrors } from "../../platform/views/components.tsx";
import { imitatedName } from "../../text/impersonation.ts";
import { wouldLeaveNoAdministrator } from "./administrators.ts";
import { isDisposable } from "./disposable-domains.ts";
import { consumeEmailToken, issueEmailToken } from "./email-tokens.ts";
import { accountEraser } from "./erasure-hook.ts";
import {
  sendAccountDeletedMail,
  sendAlreadyRegisteredMail,
  sendEmailChangeMail,
  sendEmailChangeNotice,
  sendPasswordChangedNotice,
  sendPasswordResetMail,
  sendVerificationMail,
} from "./mails.ts";
import { accounts } from "./schema.ts";
import { closeAllSessions } from "./sessions.ts";
import { displayNameProblem, emailProblem, normaliseDisplayName, normaliseEmail } from "./validation.ts";

/** Where a request came from, for the audit log. */
export interface Origin {
  ipPrefix: string | null;
}

export type Account = typeof accounts.$inferSelect;

/** A security event of the person's own account (they are both actor and subject). */
function auditOwnAccount(
  ctx: AppContext,
  account: { id: number; role: string },
  action: string,
  origin: Origin,
  tx?: Parameters<typeof recordAudit>[2],
): Promise<void> {
  return recordAudit(
    ctx.db,
    {
      actorId: account.id,
      actorRole: account.role,
      action,
      subjectType: "account",
      subjectId: account.id,
      ipPrefix: origin.ipPrefix,
    },
    tx,
  );
}

type Outcome<T = undefined> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

function fail(errors: FieldErrors): { ok: false; errors: FieldErrors } {
  return { ok: false, errors };
}

export async function findAccountByEmail(ctx: AppContext, email: string): Promise<Account | undefined> {
  const [row] = await ctx.db
    .select()
    .from(accounts)
    .where(eq(accounts.email, normaliseEmail(email)));
  return row;
}

export async function findAccount(ctx: AppContext, id: number): Promise<Account | undefined> {
  const [row] = await ctx.db.select().from(accounts).where(eq(accounts.id, id));
  return row;
}

export interface SignUpInput {
  email: string;
  displayName: string;
  password: string;
  locale: Locale;
}

/**
 * Creates an unverified member and sends the verification link. When the address is already
 * registered, the page says the same thing and the owner gets a notice instead: sign-up
 * does not reveal who has an account.
 */
export async function signUp(ctx: AppContext, input: SignUpInput, origin: Origin): Promise<Outcome> {
  const email = normaliseEmail(input.email);
  const displayName = normaliseDisplayName(input.displayName);
  const errors: FieldErrors = {};
  const emailError =
    emailProblem(email) ?? (isDisposable(email, ctx.config) ? "account.email.disposable" : null);
  if (emailError) errors.email = emailError;
  const nameError =
    displayNameProblem(displayName) ??
    (imitatedName(displayName, ctx.config.reservedNames) ? "account.displayName.reserved" : null);
  if (nameError) errors.displayName = nameError;
  const passwordError = passwordProblem(input.password, { email, displayName });
  if (passwordError) errors.password = passwordError;
  if (Object.keys(errors).length > 0) return fail(errors);

  const existing = await findAccountByEmail(ctx, email);
  // Hashed in both branches, and each branch queues one e-mail (sent after the response): the
  // time sign-up takes does not tell whether the address has an account (issue 11, L4).
  const passwordHash = await hashPassword(input.password);
  if (existing) {
    await sendAlreadyRegisteredMail(ctx, existing);
    return { ok: true, value: undefined };
  }
  const [created] = await ctx.db
    .insert(accounts)
    .values({ email, displayName, passwordHash, locale: input.locale })
    .onConflictDoNothing()
    .returning();
  if (!created) return { ok: true, value: undefined };
  await auditOwnAccount(ctx, created, "account.signed_up", origin);
  const token = await issueEmailToken(ctx, created.id, "verify_email");
  await sendVerificationMail(ctx, created, token);
  return { ok: true, value: undefined };
}

/**
 * A new verification link, or a password reset link, asked for by address: the request only
 * queues this job, the same for every address, and the worker looks the address up (issue 11,
 * L4: the time these pages take no longer tells whether an account exists).
 */
export const EMAIL_LINK_QUEUE = "accounts-email-links";
const EMAIL_LINK_RETRIES = { retryLimit: 3, retryDelay: 30, retryBackoff: true };

export interface EmailLinkJob {
  purpose: "verify_email" | "reset_password";
  email: string;
}

async function queueEmailLink(ctx: AppContext, job: EmailLinkJob): Promise<void> {
  await ctx.jobs.queue(EMAIL_LINK_QUEUE, EMAIL_LINK_RETRIES);
  await ctx.jobs.send(EMAIL_LINK_QUEUE, job);
}

/** The job: a link for an account that can use one, nothing for any other address. */
export async function sendEmailLink(ctx: AppContext, job: EmailLinkJob): Promise<void> {
  const account = await findAccountByEmail(ctx, job.email);
  if (!account || account.deactivatedAt) return;
  if (job.purpose === "verify_email") {
    if (account.emailVerifiedAt) return;
    await sendVerificationMail(ctx, account, await issueEmailToken(ctx, account.id, "verify_email"));
  } else {
    await sendPasswordResetMail(ctx, account, await issueEmailToken(ctx, account.id, "reset_password"));
  }
}

/** The accounts' worker (in `serve` unless told otherwise, and in `confiance worker`). */
export async function startAccountWorkers(ctx: AppContext): Promise<void> {
  await ctx.jobs.queue(EMAIL_LINK_QUEUE, EMAIL_LINK_RETRIES);
  await ctx.jobs.work<EmailLinkJob>(EMAIL_LINK_QUEUE, (job) => sendEmailLink(ctx, job));
}

export async function resendVerification(ctx: AppContext, rawEmail: string): Promise<void> {
  await queueEmailLink(ctx, { purpose: "verify_email", email: normaliseEmail(rawEmail) });
}

export async function verifyEmail(ctx: AppContext, token: string): Promise<boolean> {
  const used = await consumeEmailToken(ctx, token, "verify_email");
  if (!used) return false;
  await ctx.db
    .update(accounts)
    .set({ emailVerifiedAt: ctx.clock.now(), updatedAt: ctx.clock.now() })
    .where(and(eq(accounts.id, used.accountId), isNull(accounts.emailVerifiedAt)));
  return true;
}

export type Authentication =
  | { kind: "ok"; account: Account }
  | { kind: "invalid" }
  | { kind: "unverified" }
  | { kind: "deactivated" }
  | { kind: "suspended" };

/** Checks e-mail and password in constant-ish time whether or not the account exists. */
export async function authenticate(
  ctx: AppContext,
  rawEmail: string,
  password: string,
  origin: Origin,
): Promise<Authentication> {
  const email = normaliseEmail(rawEmail);
  const account = emailProblem(email) ? undefined : await findAccountByEmail(ctx, email);
  const valid = await verifyPassword(account?.passwordHash ?? (await decoyHash()), password);
  if (!account || !valid || !account.passwordHash) {
    await recordAudit(ctx.db, {
      actorId: account?.id ?? null,
      action: "account.sign_in_failed",
      subjectType: "account",
      subjectId: account?.id ?? null,
      details: { reason: "bad_credentials" },
      ipPrefix: origin.ipPrefix,
    });
    return { kind: "invalid" };
  }
  if (account.deactivatedAt) return { kind: "deactivated" };
  if (account.suspendedUntil && account.suspendedUntil > ctx.clock.now()) return { kind: "suspended" };
  if (!account.emailVerifiedAt) return { kind: "unverified" };
  return { kind: "ok", account };
}

export async function requestPasswordReset(ctx: AppContext, rawEmail: string): Promise<void> {
  await queueEmailLink(ctx, { purpose: "reset_password", email: normaliseEmail(rawEmail) });
}

/** Sets a new password from a reset link; every session is closed, the link counts as e-mail proof. */
export async function resetPassword(
  ctx: AppContext,
  token: string,
  password: string,
  origin: Origin,
): Promise<Outcome | { ok: false; expired: true }> {
  const problem = passwordProblem(password);
  if (problem) return fail({ password: problem });
  const used = await consumeEmailToken(ctx, token, "reset_password");
  if (!used) return { ok: false, expired: true };
  const account = await findAccount(ctx, used.accountId);
  if (!account) return { ok: false, expired: true };
  const personal = passwordProblem(password, { email: account.email, displayName: account.displayName });
  if (personal) return fail({ password: personal });
  await ctx.db
    .update(accounts)
    .set({
      passwordHash: await hashPassword(password),
      emailVerifiedAt: account.emailVerifiedAt ?? ctx.clock.now(),
      updatedAt: ctx.clock.now(),
    })
    .where(eq(accounts.id, account.id));
  await closeAllSessions(ctx.db, account.id);
  await auditOwnAccount(ctx, account, "account.password_reset", origin);
  await sendPasswordChangedNotice(ctx, account);
  return { ok: true, value: undefined };
}

export async function changePassword(
  ctx: AppContext,
  actor: Actor,
  input: { current: string; next: string },
  origin: Origin,
): Promise<Outcome> {
  const account = await findAccount(ctx, actor.id);
  if (!account) return fail({ current: "account.password.wrong" });
  if (!(await verifyPassword(account.passwordHash, input.current)))
    return fail({ current: "account.password.wrong" });
  const problem = passwordProblem(input.next, { email: account.email, displayName: account.displayName });
  if (problem) return fail({ next: problem });
  await ctx.db
    .update(accounts)
    .set({ passwordHash: await hashPassword(input.next), updatedAt: ctx.clock.now() })
    .where(eq(accounts.id, actor.id));
  // Other devices may be the reason for the change: sign them out, keep this one.
  await closeAllSessions(ctx.db, actor.id, actor.sessionId);
  await auditOwnAccount(ctx, actor, "account.password_changed", origin);
  await sendPasswordChangedNotice(ctx, account);
  return { ok: true, value: undefined };
}

export async function requestEmailChange(
  ctx: AppContext,
  actor: Actor,
  input: { newEmail: string; password: string },
): Promise<Outcome> {
  const account = await findAccount(ctx, actor.id);
  const newEmail = normaliseEmail(input.newEmail);
  const problem =
    emailProblem(newEmail) ?? (isDisposable(newEmail, ctx.config) ? "account.email.disposable" : null);
  if (problem) return fail({ newEmail: problem });
  if (!account || !(await verifyPassword(account.passwordHash, input.password)))
    return fail({ password: "account.password.wrong" });
  if (newEmail.toLowerCase() === account.email.toLowerCase()) return fail({ newEmail: "account.email.same" });
  // A taken address gets no link (and the page does not say it is taken).
  if (!(await findAccountByEmail(ctx, newEmail))) {
    const token = await issueEmailToken(ctx, actor.id, "change_email", newEmail);
    await sendEmailChangeMail(ctx, { ...account, email: newEmail }, token);
  }
  return { ok: true, value: undefined };
}

export async function confirmEmailChange(ctx: AppContext, token: string, origin: Origin): Promise<boolean> {
  const used = await consumeEmailToken(ctx, token, "change_email");
  if (!used?.newEmail) return false;
  const account = await findAccount(ctx, used.accountId);
  if (!account) return false;
  try {
    await ctx.db
      .update(accounts)
      .set({ email: used.newEmail, emailVerifiedAt: ctx.clock.now(), updatedAt: ctx.clock.now() })
      .where(eq(accounts.id, account.id));
  } catch {
    // Someone registered that address meanwhile.
    return false;
  }
  await auditOwnAccount(ctx, account, "account.email_changed", origin);
  await sendEmailChangeNotice(ctx, account, used.newEmail);
  return true;
}

/**
 * A member changes the name shown on their posts. The same rules as at sign-up apply: no name
 * that imitates the bank's staff (staff names need no such check, their badge comes from the role).
 */
export async function changeDisplayName(ctx: AppContext, actor: Actor, raw: string): Promise<Outcome> {
  const displayName = normaliseDisplayName(raw);
  const nameError =
    displayNameProblem(displayName) ??
    (!isStaffRole(actor.role) && imitatedName(displayName, ctx.config.reservedNames)
      ? "account.displayName.reserved"
      : null);
  if (nameError) return fail({ displayName: nameError });
  if (displayName === actor.displayName) return { ok: true, value: undefined };
  await ctx.db
    .update(accounts)
    .set({ displayName, updatedAt: ctx.clock.now() })
    .where(eq(accounts.id, actor.id));
  // Every post they signed shows the new name.
  await ctx.pagesChanged();
  return { ok: true, value: undefined };
}

export async function setLocale(ctx: AppContext, accountId: number, locale: Locale): Promise<void> {
  await ctx.db.update(accounts).set({ locale, updatedAt: ctx.clock.now() }).where(eq(accounts.id, accountId));
}

/**
 * Erases the person's own account after they confirm with their password (art. 17): every
 * place the privacy map lists, their posts kept as "Ancien membre" — or withdrawn too when they
 * ask. The last administrator cannot leave the platform without one. One command: the erasure,
 * its audit entry and the message that confirms it (queued after the erasure, which empties the
 * outbox of their address) go together or not at all; the public pages refresh after commit.
 */
export async function deleteOwnAccount(
  ctx: AppContext,
  actor: Actor,
  input: { password: string; confirmed: boolean; withdrawPosts?: boolean },
  origin: Origin,
): Promise<Outcome> {
  const account = await findAccount(ctx, actor.id);
  if (!account) return fail({});
  if (!input.confirmed) return fail({ confirm: "account.delete.confirmMissing" });
  if (!(await verifyPassword(account.passwordHash, input.password)))
    return fail({ password: "account.password.wrong" });
  const erased = await runCommand(ctx, async (ctx) => {
    await lockSubject(ctx, "account", account.id);
    // The same form sent twice at once (two tabs, a double click): the first erases, the
    // second finds nothing left to erase, and nothing is recorded or sent twice.
    if (!(await findAccount(ctx, account.id))) return true;
    if (await wouldLeaveNoAdministrator(ctx.db, account.id)) return false;
    // Every table that holds them, from the privacy map (through the erasure privacy registers);
    // their posts stay, as "Ancien membre", unless they asked for their words to go too.
    const kept = await accountEraser()(
      ctx,
      { accountId: account.id, email: account.email },
      { withdrawPosts: input.withdrawPosts ?? false },
    );
    await auditOwnAccount(ctx, account, "account.deleted", origin);
    await sendAccountDeletedMail(ctx, account, kept);
    await ctx.pagesChanged();
    return true;
  });
  if (!erased) return fail({ confirm: "account.delete.lastAdministrator" });
  return { ok: true, value: undefined };
}
