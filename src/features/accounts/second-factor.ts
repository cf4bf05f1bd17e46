import { and, eq, isNull } from "drizzle-orm";
import QRCode from "qrcode";
import { recordAudit } from "../../platform/audit/service.ts";
import type { Actor } from "../../platform/auth/actor.ts";
import { hashToken } from "../../platform/auth/tokens.ts";
import {
  newRecoveryCodes,
  newTotpSecret,
  normaliseRecoveryCode,
  totpUri,
  verifyTotp,
} from "../../platform/auth/totp.ts";
import type { AppContext } from "../../platform/context.ts";
import { accounts, recoveryCodes } from "./schema.ts";
import type { Origin } from "./service.ts";
import { markSecondFactor } from "./sessions.ts";

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

/** Confirms enrolment with a first code; returns the recovery codes to show once, or null if the code is wrong. */
export async function confirmEnrolment(
  ctx: AppContext,
  actor: Actor,
  code: string,
  origin: Origin,
): Promise<string[] | null> {
  const [account] = await ctx.db.select().from(accounts).where(eq(accounts.id, actor.id));
  if (!account?.totpSecret || account.totpEnabledAt) return null;
  if (!verifyTotp(ctx.secrets.open(account.totpSecret), code)) return null;
  const codes = newRecoveryCodes();
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(accounts)
      .set({ totpEnabledAt: new Date(), updatedAt: new Date() })
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
  // Giving a valid code is the second factor for this session too.
  await markSecondFactor(ctx.db, actor.sessionId);
  return codes;
}

/** Checks a TOTP code or an unused recovery code for a pending session, and completes it. */
export async function passSecondFactor(
  ctx: AppContext,
  pending: { sessionId: number; accountId: number },
  code: string,
  origin: Origin,
): Promise<boolean> {
  const [account] = await ctx.db.select().from(accounts).where(eq(accounts.id, pending.accountId));
  if (!account?.totpSecret || !account.totpEnabledAt) return false;
  const trimmed = code.trim();
  let method: "totp" | "recovery_code" | null = null;
  if (/^\d[\d\s]*$/.test(trimmed)) {
    if (verifyTotp(ctx.secrets.open(account.totpSecret), trimmed)) method = "totp";
  } else {
    const [used] = await ctx.db
      .update(recoveryCodes)
      .set({ usedAt: new Date() })
      .where(
        and(
          eq(recoveryCodes.accountId, account.id),
          eq(recoveryCodes.codeHash, hashToken(normaliseRecoveryCode(trimmed))),
          isNull(recoveryCodes.usedAt),
        ),
      )
      .returning({ id: recoveryCodes.id });
    if (used) method = "recovery_code";
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
    return false;
  }
  await markSecondFactor(ctx.db, pending.sessionId);
  await recordAudit(ctx.db, { ...base, action: "account.signed_in", details: { secondFactor: method } });
  return true;
}

export async function remainingRecoveryCodes(ctx: AppContext, accountId: number): Promise<number> {
  const rows = await ctx.db
    .select({ id: recoveryCodes.id })
    .from(recoveryCodes)
    .where(and(eq(recoveryCodes.accountId, accountId), isNull(recoveryCodes.usedAt)));
  return rows.length;
}
