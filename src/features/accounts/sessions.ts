import { and, desc, eq, gt, isNull, lt, lte, ne, or, sql } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import { prepared } from "../../db/prepared.ts";
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
  now: Date,
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
  const expiresAt = new Date(now.getTime() + lifetime);
  const [row] = await db
    .insert(sessions)
    .values({
      tokenHash: hashToken(token),
      accountId: input.accountId,
      complete: input.complete,
      secondFactorAt: input.secondFactor ? now : null,
      userAgent: input.userAgent?.slice(0, 300) ?? null,
      ipPrefix: input.ipPrefix,
      createdAt: now,
      lastSeenAt: now,
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
export async function resolveSession(db: Db, token: string, now: Date): Promise<ResolvedSession> {
  const [row] = await prepared(db, "resolve_session", (name) =>
    db
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
        silencedUntil: accounts.silencedUntil,
      })
      .from(sessions)
      .innerJoin(accounts, eq(accounts.id, sessions.accountId))
      .where(
        and(
          eq(sessions.tokenHash, sql.placeholder("tokenHash")),
          gt(sessions.expiresAt, sql.placeholder("now")),
          isNull(accounts.deactivatedAt),
          or(isNull(accounts.suspendedUntil), lte(accounts.suspendedUntil, sql.placeholder("now"))),
        ),
      )
      .limit(1)
      .prepare(name),
  ).execute({ tokenHash: hashToken(token), now });
  if (!row) return { kind: "none" };
  if (!row.complete) return { kind: "second_factor_pending", sessionId: row.sessionId, accountId: row.id };
  if (now.getTime() - row.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, row.sessionId));
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
      silenced: row.silencedUntil !== null && row.silencedUntil > now,
      sessionId: row.sessionId,
    },
  };
}

/**
 * The second factor was given: a privilege change, so the session is replaced (OWASP session
 * management). The old row goes and a new one, with a new identifier and token, gets the full
 * staff lifetime; the caller sends the new cookie. Deleting first claims the old session, so two
 * concurrent submissions of one pending session cannot both get a new one. Returns null when
 * the session no longer exists (signed out, expired, already replaced).
 */
export async function replaceAfterSecondFactor(
  db: Db,
  sessionId: number,
  options: { staff: boolean; now: Date },
): Promise<NewSession | null> {
  const { now } = options;
  return db.transaction(async (tx) => {
    const [old] = await tx.delete(sessions).where(eq(sessions.id, sessionId)).returning();
    if (!old) return null;
    const token = randomToken();
    const expiresAt = new Date(now.getTime() + (options.staff ? STAFF_SESSION_MS : MEMBER_SESSION_MS));
    const [row] = await tx
      .insert(sessions)
      .values({
        tokenHash: hashToken(token),
        accountId: old.accountId,
        complete: true,
        secondFactorAt: now,
        userAgent: old.userAgent,
        ipPrefix: old.ipPrefix,
        createdAt: now,
        lastSeenAt: now,
        expiresAt,
      })
      .returning({ id: sessions.id });
    return { token, sessionId: row!.id, expiresAt };
  });
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

export async function listSessions(db: Db, accountId: number, now: Date) {
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
    .where(and(eq(sessions.accountId, accountId), eq(sessions.complete, true), gt(sessions.expiresAt, now)))
    .orderBy(desc(sessions.lastSeenAt));
}

/** Expired sessions are useless and still personal data (device, network): delete them. */
export async function purgeExpiredSessions(db: Db, now: Date): Promise<number> {
  const deleted = await db.delete(sessions).where(lt(sessions.expiresAt, now)).returning({ id: sessions.id });
  return deleted.length;
}
