import { and, eq, isNull, lt, lte, or, sql } from "drizzle-orm";
import QRCode from "qrcode";
import { recordAudit } from "../../platform/audit/service.ts";
import type { Actor } from "../../platform/auth/actor.ts";
import { isStaffRole } from "../../platform/auth/roles.ts";
import { hashToken } from "../../platform/auth/tokens.ts";
import {
  newRecoveryCodes,
  newTotpSecret,
  normaliseRecoveryCode,
  totpUri,
  verifyTotp,
} from "../../platform/auth/totp.ts";
import type { AppContext } from "../../platform/context.ts";
import { sendSecondFactorLockedNotice } from "./mails.ts";
import { accounts, recoveryCodes } from "./schema.ts";
import type { Origin } from "./service.ts";
import { type NewSession, replaceAfterSecondFactor } from "./sessions.ts";

export interface Enrolment {
  secret: string;
  uri: string;
  qrSvg: string;
}

/** Starts (or restarts) enrolment: a fresh secret, kept sealed until a first code proves the app has it. */
export async function beginEnrolment(ctx: AppContext, actor: Actor): Promise<Enrolment> {
  const [account] = await ctx.db.select().from(accounts).where(eq(accounts.id, actor.id));
  let secret: string;
  if (account?.totpSecret && !account.totpEnabledAt) {
    secret = ctx.secrets.open(account.totpSecret);
  } else {
    secret = newTotpSecret();
    await ctx.db
      .update(accounts)
      .set({ totpSecret: ctx.secrets.seal(secret), totpEnabledAt: null })
      .where(and(eq(accounts.id, actor.id), isNull(accounts.totpEnabledAt)));
  }
  const uri = totpUri(secret, actor.email, ctx.config.bankName);
  const qrSvg = await QRCode.toString(uri, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
  return { secret, uri, qrSvg };
}

/**
 * Confirms enrolment with a first code; returns the recovery codes to show once and the
 * session that replaces the current one (its cookie must be sent), or null if the code is wrong.
 */
export async function confirmEnrolment(
  ctx: AppContext,
  actor: Actor,
  code: string,
  origin: Origin,
): Promise<{ codes: string[]; session: NewSession | null } | null> {
  const now = ctx.clock.now();
  const [account] = await ctx.db.select().from(accounts).where(eq(accounts.id, actor.id));
  if (!account?.totpSecret || account.totpEnabledAt) return null;
  const step = verifyTotp(ctx.secrets.open(account.totpSecret), code, now);
  if (step === null) return null;
  const codes = newRecoveryCodes();
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(accounts)
      .set({ totpEnabledAt: now, totpLastStep: step, updatedAt: now })
      .where(eq(accounts.id, actor.id));
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.accountId, actor.id));
    await tx
      .insert(recoveryCodes)
      .values(codes.map((c) => ({ accountId: actor.id, codeHash: hashToken(c) })));
    await recordAudit(
      ctx.db,
      {
        actorId: actor.id,
        actorRole: actor.role,
        action: "account.mfa_enrolled",
        subjectType: "account",
        subjectId: actor.id,
        ipPrefix: origin.ipPrefix,
      },
      tx,
    );
  });
  // Giving a valid code is the second factor for this session too: a privilege change, so a new session.
  const session = await replaceAfterSecondFactor(ctx.db, actor.sessionId, {
    staff: isStaffRole(actor.role),
    now,
  });
  return { codes, session };
}

/** Wrong codes in a row, for one account from any address, before the second factor is locked. */
export const SECOND_FACTOR_MAX_FAILURES = 5;
/** How long the lock lasts: long enough to make guessing hopeless, short enough for the owner. */
export const SECOND_FACTOR_LOCK_MS = 15 * 60_000;

export type SecondFactorOutcome =
  | { kind: "ok"; session: NewSession }
  | { kind: "invalid" }
  | { kind: "locked"; until: Date };

/**
 * Checks a TOTP code or an unused recovery code for a pending session and, when it is right,
 * replaces the pending session by a complete one. A TOTP step is accepted once per account
 * (a code cannot be replayed within its window). Wrong codes are counted per account, whatever
 * the address they come from; after SECOND_FACTOR_MAX_FAILURES the account's second factor is
 * locked for a while, and the owner is told by e-mail (their password is known to someone).
 */
export async function passSecondFactor(
  ctx: AppContext,
  pending: { sessionId: number; accountId: number },
  code: string,
  origin: Origin,
): Promise<SecondFactorOutcome> {
  const now = ctx.clock.now();
  const [account] = await ctx.db.select().from(accounts).where(eq(accounts.id, pending.accountId));
  if (!account?.totpSecret || !account.totpEnabledAt) return { kind: "invalid" };
  if (account.secondFactorLockedUntil && account.secondFactorLockedUntil > now)
    return { kind: "locked", until: account.secondFactorLockedUntil };
  const trimmed = code.trim();
  let method: "totp" | "recovery_code" | null = null;
  if (/^\d[\d\s]*$/.test(trimmed)) {
    const step = verifyTotp(ctx.secrets.open(account.totpSecret), trimmed, now);
    // Claimed in one statement: of two requests with the same code, one wins.
    if (step !== null) {
      const [claimed] = await ctx.db
        .update(accounts)
        .set({ totpLastStep: step, secondFactorFailures: 0 })
        .where(
          and(
            eq(accounts.id, account.id),
            or(isNull(accounts.totpLastStep), lt(accounts.totpLastStep, step)),
            or(isNull(accounts.secondFactorLockedUntil), lte(accounts.secondFactorLockedUntil, now)),
          ),
        )
        .returning({ id: accounts.id });
      if (claimed) method = "totp";
    }
  } else {
    const [used] = await ctx.db
      .update(recoveryCodes)
      .set({ usedAt: now })
      .where(
        and(
          eq(recoveryCodes.accountId, account.id),
          eq(recoveryCodes.codeHash, hashToken(normaliseRecoveryCode(trimmed))),
          isNull(recoveryCodes.usedAt),
        ),
      )
      .returning({ id: recoveryCodes.id });
    if (used) {
      method = "recovery_code";
      await ctx.db.update(accounts).set({ secondFactorFailures: 0 }).where(eq(accounts.id, account.id));
    }
  }
  const base = {
    actorId: account.id,
    actorRole: account.role,
    subjectType: "account",
    subjectId: account.id,
    ipPrefix: origin.ipPrefix,
  };
  if (!method) {
    await recordAudit(ctx.db, { ...base, action: "account.second_factor_failed" });
    const lockedUntil = await countFailure(ctx, account.id, now);
    if (!lockedUntil) return { kind: "invalid" };
    await recordAudit(ctx.db, {
      ...base,
      action: "account.second_factor_locked",
      details: { until: lockedUntil.toISOString(), failures: SECOND_FACTOR_MAX_FAILURES },
    });
    await sendSecondFactorLockedNotice(ctx, account, lockedUntil);
    return { kind: "locked", until: lockedUntil };
  }
  const session = await replaceAfterSecondFactor(ctx.db, pending.sessionId, {
    staff: isStaffRole(account.role),
    now,
  });
  // Signed out (or replaced by a concurrent request) meanwhile: nothing to complete.
  if (!session) return { kind: "invalid" };
  await recordAudit(ctx.db, { ...base, action: "account.signed_in", details: { secondFactor: method } });
  return { kind: "ok", session };
}

/**
 * Counts one wrong code for the account, in one statement so that concurrent guesses from many
 * addresses all count; the one that reaches the limit locks the account and clears the count.
 * Returns the end of the lock when this failure set it.
 */
async function countFailure(ctx: AppContext, accountId: number, now: Date): Promise<Date | null> {
  const until = new Date(now.getTime() + SECOND_FACTOR_LOCK_MS);
  const reached = sql`${accounts.secondFactorFailures} + 1 >= ${SECOND_FACTOR_MAX_FAILURES}`;
  const [row] = await ctx.db
    .update(accounts)
    .set({
      secondFactorFailures: sql`case when ${reached} then 0 else ${accounts.secondFactorFailures} + 1 end`,
      secondFactorLockedUntil: sql`case when ${reached} then ${until.toISOString()}::timestamptz else ${accounts.secondFactorLockedUntil} end`,
    })
    .where(eq(accounts.id, accountId))
    .returning({ lockedUntil: accounts.secondFactorLockedUntil, failures: accounts.secondFactorFailures });
  return row?.failures === 0 && row.lockedUntil?.getTime() === until.getTime() ? until : null;
}

export async function remainingRecoveryCodes(ctx: AppContext, accountId: number): Promise<number> {
  const rows = await ctx.db
    .select({ id: recoveryCodes.id })
    .from(recoveryCodes)
    .where(and(eq(recoveryCodes.accountId, accountId), isNull(recoveryCodes.usedAt)));
  return rows.length;
}
