import { asc, eq, ilike, ne, or, sql } from "drizzle-orm";
import { recordAudit } from "../../platform/audit/service.ts";
import type { Actor } from "../../platform/auth/actor.ts";
import { hashPassword, passwordProblem } from "../../platform/auth/passwords.ts";
import { isStaffRole, type Role } from "../../platform/auth/roles.ts";
import { lockSubject, runCommand } from "../../platform/commands.ts";
import type { AppContext } from "../../platform/context.ts";
import { DomainError } from "../../platform/http/errors.ts";
import { wouldLeaveNoAdministrator } from "./administrators.ts";
import type { AccountSummary } from "./model.ts";
import { accounts } from "./schema.ts";
import { type Account, findAccount, findAccountByEmail, type Origin } from "./service.ts";
import { closeAllSessions } from "./sessions.ts";
import { displayNameProblem, emailProblem, normaliseDisplayName, normaliseEmail } from "./validation.ts";

/** Account administration used by the staff console and the CLI. Authorization is the caller's job (staff/policy.ts). */

function summary(a: Account): AccountSummary {
  return {
    id: a.id,
    email: a.email,
    displayName: a.displayName,
    role: a.role,
    team: a.team,
    totpEnabled: a.totpEnabledAt !== null,
    deactivated: a.deactivatedAt !== null,
    createdAt: a.createdAt,
  };
}

/** Staff first; with a search, any account whose e-mail or name contains it. */
export async function listAccounts(
  ctx: AppContext,
  search: string | undefined,
  limit = 50,
): Promise<AccountSummary[]> {
  const term = search?.trim();
  const rows = await ctx.db
    .select()
    .from(accounts)
    .where(
      term
        ? or(
            ilike(accounts.email, `%${escapeLike(term)}%`),
            ilike(accounts.displayName, `%${escapeLike(term)}%`),
          )
        : ne(accounts.role, "member"),
    )
    .orderBy(sql`${accounts.role} = 'member'`, asc(accounts.displayName))
    .limit(limit);
  return rows.map(summary);
}

function escapeLike(term: string): string {
  return term.replace(/[\\%_]/g, (c) => `\\${c}`);
}

const lastAdministrator = () => new DomainError("last_administrator", 409, "staff.lastAdministrator");
const selfChange = () => new DomainError("own_account", 409, "staff.ownAccount");

/**
 * Inside a command: takes the account for one change (two administrators changing the same
 * account act one after the other, and the second reads what the first did), then locks the
 * active administrators for the last-administrator rule. Always in this order, so that two
 * commands on different accounts never wait on each other in a cycle.
 */
async function takeAccount(ctx: AppContext, accountId: number): Promise<Account> {
  await lockSubject(ctx, "account", accountId);
  const target = await findAccount(ctx, accountId);
  if (!target) throw new DomainError("not_found", 404, "error.404.body");
  return target;
}

/**
 * One command: the role, the audit entry and, when the account enters or leaves the staff, the
 * end of its sessions (a new staff role is strong-authenticated from the next sign-in), all or
 * nothing; the public pages (badges come from the role) are refreshed after commit.
 */
export async function changeRole(
  ctx: AppContext,
  actor: Actor,
  accountId: number,
  role: Role,
  origin: Origin,
): Promise<void> {
  if (accountId === actor.id) throw selfChange();
  await runCommand(ctx, async (ctx) => {
    const target = await takeAccount(ctx, accountId);
    if (target.role === role) return;
    if (role !== "administrator" && (await wouldLeaveNoAdministrator(ctx.db, accountId)))
      throw lastAdministrator();
    await ctx.db.update(accounts).set({ role, updatedAt: ctx.clock.now() }).where(eq(accounts.id, accountId));
    await recordAudit(ctx.db, {
      actorId: actor.id,
      actorRole: actor.role,
      action: "account.role_changed",
      subjectType: "account",
      subjectId: accountId,
      details: { from: target.role, to: role },
      ipPrefix: origin.ipPrefix,
    });
    if (isStaffRole(role) !== isStaffRole(target.role)) await closeAllSessions(ctx.db, accountId);
    await ctx.pagesChanged();
  });
}

export const TEAM_MAX = 60;

/**
 * Names the team a staff member speaks for on their badge (empty clears it). One command: the
 * account taken under its lock, the team and its audit entry together (two changes at once are
 * made one after the other, each logged from what it was); public pages refreshed after commit.
 */
export async function setTeam(
  ctx: AppContext,
  actor: Actor,
  accountId: number,
  rawTeam: string,
  origin: Origin,
): Promise<void> {
  const team = rawTeam.normalize("NFC").replace(/\s+/g, " ").trim();
  if (team.length === 1 || team.length > TEAM_MAX || /[\p{Cc}\p{Cf}]/u.test(team))
    throw new DomainError("invalid_team", 400, "staff.accounts.teamInvalid");
  await runCommand(ctx, async (ctx) => {
    const target = await takeAccount(ctx, accountId);
    await ctx.db
      .update(accounts)
      .set({ team: team || null, updatedAt: ctx.clock.now() })
      .where(eq(accounts.id, accountId));
    await recordAudit(ctx.db, {
      actorId: actor.id,
      actorRole: actor.role,
      action: "account.team_changed",
      subjectType: "account",
      subjectId: accountId,
      details: { from: target.team, to: team || null },
      ipPrefix: origin.ipPrefix,
    });
    await ctx.pagesChanged();
  });
}

/**
 * One command: the account (de)activated, its audit entry and, on deactivation, the end of its
 * sessions, all or nothing; the same change asked twice at once happens once. Public pages no
 * longer name a deactivated member: they are refreshed after commit.
 */
export async function setDeactivated(
  ctx: AppContext,
  actor: Actor,
  accountId: number,
  deactivate: boolean,
  origin: Origin,
): Promise<void> {
  if (accountId === actor.id) throw selfChange();
  await runCommand(ctx, async (ctx) => {
    const target = await takeAccount(ctx, accountId);
    // Already so (the same button pressed twice, or by two administrators): nothing to record.
    if ((target.deactivatedAt !== null) === deactivate) return;
    if (deactivate && (await wouldLeaveNoAdministrator(ctx.db, accountId))) throw lastAdministrator();
    await ctx.db
      .update(accounts)
      .set({ deactivatedAt: deactivate ? ctx.clock.now() : null, updatedAt: ctx.clock.now() })
      .where(eq(accounts.id, accountId));
    await recordAudit(ctx.db, {
      actorId: actor.id,
      actorRole: actor.role,
      action: deactivate ? "account.deactivated" : "account.reactivated",
      subjectType: "account",
      subjectId: accountId,
      ipPrefix: origin.ipPrefix,
    });
    if (deactivate) await closeAllSessions(ctx.db, accountId);
    await ctx.pagesChanged();
  });
}

/**
 * Bootstraps an administrator from the command line (verified address; the second factor is
 * enrolled at first sign-in). An existing account with that address is promoted instead.
 */
export async function createAdministrator(
  ctx: AppContext,
  input: { email: string; displayName: string; password: string },
): Promise<{ id: number; created: boolean }> {
  const email = normaliseEmail(input.email);
  const displayName = normaliseDisplayName(input.displayName);
  const problem =
    emailProblem(email) ??
    displayNameProblem(displayName) ??
    passwordProblem(input.password, { email, displayName });
  if (problem) throw new DomainError("invalid_input", 400, problem);
  const existing = await findAccountByEmail(ctx, email);
  const passwordHash = await hashPassword(input.password);
  const made = await ctx.db.transaction(async (tx) => {
    let id: number;
    let created: boolean;
    if (existing) {
      await tx
        .update(accounts)
        .set({
          role: "administrator",
          passwordHash,
          deactivatedAt: null,
          emailVerifiedAt: existing.emailVerifiedAt ?? ctx.clock.now(),
          updatedAt: ctx.clock.now(),
        })
        .where(eq(accounts.id, existing.id));
      id = existing.id;
      created = false;
    } else {
      const [row] = await tx
        .insert(accounts)
        .values({ email, displayName, passwordHash, role: "administrator", emailVerifiedAt: ctx.clock.now() })
        .returning({ id: accounts.id });
      id = row!.id;
      created = true;
    }
    await recordAudit(
      ctx.db,
      {
        action: "account.administrator_created",
        subjectType: "account",
        subjectId: id,
        details: { via: "cli", promoted: !created },
      },
      tx,
    );
    return { id, created };
  });
  // A member promoted shows as staff wherever they wrote (and a deactivated one stands again).
  if (!made.created) await ctx.pagesChanged();
  return made;
}
