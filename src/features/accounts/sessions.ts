import { and, desc, eq, gt, isNull, lt, lte, ne, or, sql } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import type { Actor } from "../../platform/auth/actor.ts";
import { hashToken, randomToken } from "../../platform/auth/tokens.ts";
import { accounts, sessions } from "./schema.ts";

/** Members stay signed in for 30 days; staff sessions last one working day (ASVS level 3). */
const MEMBER_SESSION_MS = 30 * 24 * 3600_000;
const STAFF_SESSION_MS = 12 * 3600_000;
/** last_seen_at is refreshed at most once a minute, not on every request. */
const TOUCH_INTERVAL_MS = 60_000;
/** A password was given but not yet the second factor: ten minutes to give it. */
const PENDING_SESSION_MS = 10 * 60_000;

export interface NewSession {
  token: string;
  sessionId: number;
  expiresAt: Date;
}

export async function openSession(
  db: Db,
  input: {
    accountId: number;
    staff: boolean;
    complete: boolean;
    secondFactor: boolean;
    userAgent?: string;
    ipPrefix: string | null;
  },
): Promise<NewSession> {
  const token = randomToken();
  const lifetime = !input.complete ? PENDING_SESSION_MS : input.staff ? STAFF_SESSION_MS : MEMBER_SESSION_MS;
  const expiresAt = new Date(Date.now() + lifetime);
  const [row] = await db
    .insert(sessions)
    .values({
      tokenHash: hashToken(token),
      accountId: input.accountId,
      complete: input.complete,
      secondFactorAt: input.secondFactor ? new Date() : null,
      userAgent: input.userAgent?.slice(0, 300) ?? null,
      ipPrefix: input.ipPrefix,
      expiresAt,
    })
    .returning({ id: sessions.id });
  return { token, sessionId: row!.id, expiresAt };
}

export type ResolvedSession =
  | { kind: "signed_in"; actor: Actor }
  | { kind: "second_factor_pending"; sessionId: number; accountId: number }
  | { kind: "none" };

/** One indexed query per signed-in request; nothing for visitors without a cookie. */
export async function resolveSession(db: Db, token: string): Promise<ResolvedSession> {
  const [row] = await db
    .select({
      sessionId: sessions.id,
      complete: sessions.complete,
      secondFactorAt: sessions.secondFactorAt,
      lastSeenAt: sessions.lastSeenAt,
      id: accounts.id,
      email: accounts.email,
      displayName: accounts.displayName,
      role: accounts.role,
      locale: accounts.locale,
      emailVerifiedAt: accounts.emailVerifiedAt,
      totpEnabledAt: accounts.totpEnabledAt,
    })
    .from(sessions)
    .innerJoin(accounts, eq(accounts.id, sessions.accountId))
    .where(
      and(
        eq(sessions.tokenHash, hashToken(token)),
        gt(sessions.expiresAt, new Date()),
        isNull(accounts.deactivatedAt),
        or(isNull(accounts.suspendedUntil), lte(accounts.suspendedUntil, new Date())),
      ),
    )
    .limit(1);
  if (!row) return { kind: "none" };
  if (!row.complete) return { kind: "second_factor_pending", sessionId: row.sessionId, accountId: row.id };
  if (Date.now() - row.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    await db.update(sessions).set({ lastSeenAt: new Date() }).where(eq(sessions.id, row.sessionId));
  }
  return {
    kind: "signed_in",
    actor: {
      id: row.id,
      email: row.email,
      displayName: row.displayName,
      role: row.role,
      locale: row.locale,
      emailVerified: row.emailVerifiedAt !== null,
      totpEnabled: row.totpEnabledAt !== null,
      secondFactorDone: row.secondFactorAt !== null,
      sessionId: row.sessionId,
    },
  };
}

/** The second factor was given: the session becomes complete and counts as strongly authenticated. */
export async function markSecondFactor(db: Db, sessionId: number): Promise<void> {
  await db
    .update(sessions)
    .set({ complete: true, secondFactorAt: new Date(), expiresAt: new Date(Date.now() + STAFF_SESSION_MS) })
    .where(eq(sessions.id, sessionId));
}

export async function closeSession(db: Db, sessionId: number): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, sessionId));
}

export async function closeSessionOfAccount(db: Db, accountId: number, sessionId: number): Promise<boolean> {
  const deleted = await db
    .delete(sessions)
    .where(and(eq(sessions.id, sessionId), eq(sessions.accountId, accountId)))
    .returning({ id: sessions.id });
  return deleted.length > 0;
}

/** Signs the account out everywhere, optionally keeping the session in use. */
export async function closeAllSessions(db: Db, accountId: number, except?: number): Promise<number> {
  const deleted = await db
    .delete(sessions)
    .where(and(eq(sessions.accountId, accountId), except ? ne(sessions.id, except) : sql`true`))
    .returning({ id: sessions.id });
  return deleted.length;
}

export async function listSessions(db: Db, accountId: number) {
  return db
    .select({
      id: sessions.id,
      userAgent: sessions.userAgent,
      ipPrefix: sessions.ipPrefix,
      createdAt: sessions.createdAt,
      lastSeenAt: sessions.lastSeenAt,
      expiresAt: sessions.expiresAt,
    })
    .from(sessions)
    .where(
      and(eq(sessions.accountId, accountId), eq(sessions.complete, true), gt(sessions.expiresAt, new Date())),
    )
    .orderBy(desc(sessions.lastSeenAt));
}

/** Expired sessions are useless and still personal data (device, network): delete them. */
export async function purgeExpiredSessions(db: Db): Promise<number> {
  const deleted = await db
    .delete(sessions)
    .where(lt(sessions.expiresAt, new Date()))
    .returning({ id: sessions.id });
  return deleted.length;
}
