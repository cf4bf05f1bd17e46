import { and, asc, eq, inArray, isNull, ne, or, sql } from "drizzle-orm";
import type { Locale } from "../../config.ts";
import type { Db } from "../../db/connect.ts";
import type { Role } from "../../platform/auth/roles.ts";
import { accounts } from "./schema.ts";

/**
 * What other features may ask about accounts, so that none of them reads or writes the accounts
 * table itself. Each takes the caller's executor, so it runs inside the caller's transaction.
 */
type Reader = Pick<Db, "select">;

/** An account found by its id, or else by its e-mail address (a request filed by someone not signed in). */
export async function accountOf(
  db: Reader,
  who: { accountId: number | null; email: string | null },
): Promise<
  { id: number; email: string; role: Role; displayName: string; locale: Locale | null } | undefined
> {
  if (!who.accountId && !who.email) return undefined;
  const [row] = await db
    .select({
      id: accounts.id,
      email: accounts.email,
      role: accounts.role,
      displayName: accounts.displayName,
      locale: accounts.locale,
    })
    .from(accounts)
    .where(who.accountId ? eq(accounts.id, who.accountId) : eq(accounts.email, who.email ?? ""));
  return row;
}

/** Whether the account exists and is open, and its role: what a moderator's restriction checks first. */
export async function accountStatus(
  db: Reader,
  accountId: number,
): Promise<{ role: Role; deactivated: boolean } | undefined> {
  const [row] = await db
    .select({ role: accounts.role, deactivatedAt: accounts.deactivatedAt })
    .from(accounts)
    .where(eq(accounts.id, accountId));
  return row && { role: row.role, deactivated: row.deactivatedAt !== null };
}

/** Since when each account exists and the restrictions it is under, for the moderation queue. */
export function accountStandings(db: Reader, ids: readonly number[]) {
  return db
    .select({
      id: accounts.id,
      createdAt: accounts.createdAt,
      silencedUntil: accounts.silencedUntil,
      suspendedUntil: accounts.suspendedUntil,
    })
    .from(accounts)
    .where(inArray(accounts.id, [...ids]));
}

/** The accounts holding these addresses (already normalised), e.g. to link imported contacts to members. */
export function accountsWithEmails(db: Reader, emails: readonly string[]) {
  return db
    .select({ id: accounts.id, email: accounts.email })
    .from(accounts)
    .where(inArray(accounts.email, [...emails]));
}

/** Closes the account (it stays, deactivated): directives after death that ask to keep it. */
export async function deactivateAccount(db: Pick<Db, "update">, accountId: number, at: Date): Promise<void> {
  await db.update(accounts).set({ deactivatedAt: at }).where(eq(accounts.id, accountId));
}

/** Deletes the account row, the last step of an erasure (privacy/erasure/erasure.ts), in its transaction. */
export async function deleteAccountRow(db: Pick<Db, "delete">, accountId: number): Promise<void> {
  await db.delete(accounts).where(eq(accounts.id, accountId));
}

/** Open staff accounts with one of these roles, by name: the people a team can be made of. */
export function staffWithRoles(
  db: Reader,
  roles: readonly Role[],
): Promise<{ id: number; displayName: string; role: Role }[]> {
  if (roles.length === 0) return Promise.resolve([]);
  return db
    .select({ id: accounts.id, displayName: accounts.displayName, role: accounts.role })
    .from(accounts)
    .where(and(inArray(accounts.role, [...roles]), isNull(accounts.deactivatedAt)))
    .orderBy(asc(accounts.displayName), asc(accounts.id));
}

/**
 * Every staff account, the deactivated ones too (what a former advisor said was the bank's): the
 * barometer tells the bank's words from its clients' by them.
 */
export async function staffAccountIds(db: Reader): Promise<number[]> {
  const rows = await db.select({ id: accounts.id }).from(accounts).where(ne(accounts.role, "member"));
  return rows.map((row) => row.id);
}

/**
 * Among these accounts and addresses (normalised, lower case), those of staff: the bank's people,
 * who must not answer the bank's own surveys.
 */
export async function staffAmong(
  db: Reader,
  among: { accountIds?: readonly number[]; emails?: readonly string[] },
): Promise<{ accountIds: Set<number>; emails: Set<string> }> {
  const ids = [...(among.accountIds ?? [])];
  const emails = [...(among.emails ?? [])];
  const rows =
    ids.length + emails.length === 0
      ? []
      : await db
          .select({ id: accounts.id, email: accounts.email })
          .from(accounts)
          .where(
            and(
              ne(accounts.role, "member"),
              // One array parameter each: a wave's audience may hold more addresses than a statement has parameters.
              or(
                sql`${accounts.id} = any(${sql.param(ids)}::bigint[])`,
                sql`lower(${accounts.email}) = any(${sql.param(emails)}::text[])`,
              ),
            ),
          );
  return {
    accountIds: new Set(rows.map((row) => row.id)),
    emails: new Set(rows.map((row) => row.email.toLowerCase())),
  };
}
