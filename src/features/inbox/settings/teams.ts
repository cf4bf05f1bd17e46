import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { recordAudit } from "../../../platform/audit/service.ts";
import type { Actor } from "../../../platform/auth/actor.ts";
import { ROLES, type Role } from "../../../platform/auth/roles.ts";
import { lockSubject, runCommand } from "../../../platform/commands.ts";
import type { AppContext } from "../../../platform/context.ts";
import { notFound } from "../../../platform/http/errors.ts";
import type { FieldErrors } from "../../../platform/views/components.tsx";
import { staffWithRoles } from "../../accounts/index.ts";
import { inbox } from "../policy.ts";
import { advisors, teamMembers, teams } from "../schema.ts";
import { readCapacity, readTeamNames, type TeamNames } from "./typed.ts";

/**
 * The inbox's teams as configured by the people with `inbox.configure`: a team's names, its
 * members (available or not, with a capacity for automatic assignment), which advisors' replies
 * wait for approval; and an advisor marking themselves available or not. Each change is one
 * command with its audit entry.
 */
export type Team = typeof teams.$inferSelect;
export type TeamMember = typeof teamMembers.$inferSelect & { displayName: string; role: Role };
type Outcome = { ok: true; id: number } | { ok: false; errors: FieldErrors };

/** The roles whose people may work the inbox (those `inbox.work` lets in). */
export const INBOX_ROLES: readonly Role[] = ROLES.filter((role) => inbox.work.allows({ role } as Actor));

/** Open staff accounts who may work the inbox, by name. */
export function inboxStaff(ctx: AppContext) {
  return staffWithRoles(ctx.db, INBOX_ROLES);
}

export function allTeams(ctx: AppContext): Promise<Team[]> {
  return ctx.db.select().from(teams).orderBy(asc(teams.id));
}

export async function teamNamed(ctx: AppContext, id: number): Promise<Team> {
  const [team] = await ctx.db.select().from(teams).where(eq(teams.id, id));
  if (!team) throw notFound();
  return team;
}

/** A team's members with their names (a member whose account was closed keeps a row, named by the list). */
export async function membersOf(ctx: AppContext, teamId: number): Promise<TeamMember[]> {
  const rows = await ctx.db
    .select()
    .from(teamMembers)
    .where(eq(teamMembers.teamId, teamId))
    .orderBy(asc(teamMembers.accountId));
  const staff = new Map((await inboxStaff(ctx)).map((s) => [s.id, s]));
  return rows.map((row) => ({
    ...row,
    displayName: staff.get(row.accountId)?.displayName ?? `#${row.accountId}`,
    role: staff.get(row.accountId)?.role ?? "advisor",
  }));
}

const audit = (ctx: AppContext, actor: Actor, action: string, subjectId: number, details: object) =>
  recordAudit(ctx.db, {
    actorId: actor.id,
    actorRole: actor.role,
    action: `inbox.${action}`,
    subjectType: "inbox_team",
    subjectId,
    details: { ...details },
  });

export async function createTeam(ctx: AppContext, actor: Actor, typed: TeamNames): Promise<Outcome> {
  const read = readTeamNames(typed, true);
  if (!read.ok) return read;
  return runCommand(ctx, async (ctx) => {
    const [team] = await ctx.db
      .insert(teams)
      .values(read.value)
      .onConflictDoNothing({ target: teams.slug })
      .returning({ id: teams.id });
    if (!team) return { ok: false, errors: { slug: "inbox.settings.team.slugTaken" } } as const;
    await audit(ctx, actor, "team_created", team.id, read.value);
    return { ok: true, id: team.id } as const;
  });
}

export async function renameTeam(
  ctx: AppContext,
  actor: Actor,
  teamId: number,
  typed: Omit<TeamNames, "slug">,
): Promise<Outcome> {
  await teamNamed(ctx, teamId);
  const read = readTeamNames({ ...typed, slug: "" }, false);
  if (!read.ok) return read;
  return runCommand(ctx, async (ctx) => {
    const [before] = await ctx.db.select().from(teams).where(eq(teams.id, teamId)).for("update");
    if (!before) throw notFound();
    const { nameFr, nameEn } = read.value;
    await ctx.db.update(teams).set({ nameFr, nameEn }).where(eq(teams.id, teamId));
    await audit(ctx, actor, "team_renamed", teamId, {
      before: { nameFr: before.nameFr, nameEn: before.nameEn },
      after: { nameFr, nameEn },
    });
    return { ok: true, id: teamId } as const;
  });
}

/** Adds a staff member who may work the inbox to a team (already a member: nothing changes). */
export async function addMember(
  ctx: AppContext,
  actor: Actor,
  teamId: number,
  typed: { accountId: number | null; capacity: string },
): Promise<Outcome> {
  await teamNamed(ctx, teamId);
  const errors: FieldErrors = {};
  const staff = await inboxStaff(ctx);
  if (typed.accountId === null || !staff.some((s) => s.id === typed.accountId))
    errors.accountId = "inbox.settings.member.unknown";
  const capacity = readCapacity(typed.capacity);
  if (capacity === undefined) errors.capacity = "inbox.settings.member.capacityInvalid";
  if (Object.keys(errors).length > 0 || typed.accountId === null || capacity === undefined)
    return { ok: false, errors };
  const accountId = typed.accountId;
  return runCommand(ctx, async (ctx) => {
    // The same lock as automatic assignment's: no conversation is given while the team changes.
    await lockSubject(ctx, "inbox-team", teamId);
    const added = await ctx.db
      .insert(teamMembers)
      .values({ teamId, accountId, capacity })
      .onConflictDoNothing()
      .returning({ accountId: teamMembers.accountId });
    if (added.length > 0) await audit(ctx, actor, "member_added", teamId, { accountId, capacity });
    return { ok: true, id: teamId } as const;
  });
}

/** A member's availability and capacity, as set by the people who configure the inbox. */
export async function updateMember(
  ctx: AppContext,
  actor: Actor,
  teamId: number,
  accountId: number,
  typed: { available: boolean; capacity: string },
): Promise<Outcome> {
  const capacity = readCapacity(typed.capacity);
  if (capacity === undefined)
    return { ok: false, errors: { capacity: "inbox.settings.member.capacityInvalid" } };
  return runCommand(ctx, async (ctx) => {
    await lockSubject(ctx, "inbox-team", teamId);
    const [before] = await ctx.db
      .select()
      .from(teamMembers)
      .where(and(eq(teamMembers.teamId, teamId), eq(teamMembers.accountId, accountId)));
    if (!before) throw notFound();
    await ctx.db
      .update(teamMembers)
      .set({ available: typed.available, capacity })
      .where(and(eq(teamMembers.teamId, teamId), eq(teamMembers.accountId, accountId)));
    await audit(ctx, actor, "member_changed", teamId, {
      accountId,
      before: { available: before.available, capacity: before.capacity },
      after: { available: typed.available, capacity },
    });
    return { ok: true, id: teamId } as const;
  });
}

/** Takes a member out of a team; the conversations assigned to them stay theirs until reassigned. */
export async function removeMember(ctx: AppContext, actor: Actor, teamId: number, accountId: number) {
  await runCommand(ctx, async (ctx) => {
    await lockSubject(ctx, "inbox-team", teamId);
    const gone = await ctx.db
      .delete(teamMembers)
      .where(and(eq(teamMembers.teamId, teamId), eq(teamMembers.accountId, accountId)))
      .returning();
    if (gone.length === 0) throw notFound();
    await audit(ctx, actor, "member_removed", teamId, { accountId });
  });
}

/** The advisors (people who may work the inbox) and whether their replies wait for approval. */
export async function approvalSettings(ctx: AppContext) {
  const staff = await inboxStaff(ctx);
  const rows = await ctx.db.select().from(advisors);
  const needs = new Set(rows.filter((r) => r.needsApproval).map((r) => r.accountId));
  return staff.map((s) => ({ ...s, needsApproval: needs.has(s.id) }));
}

/**
 * Sets "needs approval" for the advisors the form showed: those ticked need it, the others not.
 * Only changes are written and audited, one entry per advisor.
 */
export async function setApprovals(
  ctx: AppContext,
  actor: Actor,
  shown: readonly number[],
  ticked: readonly number[],
): Promise<void> {
  const staff = new Set((await inboxStaff(ctx)).map((s) => s.id));
  const ids = shown.filter((id) => staff.has(id));
  await runCommand(ctx, async (ctx) => {
    if (ids.length === 0) return;
    const rows = await ctx.db.select().from(advisors).where(inArray(advisors.accountId, ids)).for("update");
    const before = new Map(rows.map((r) => [r.accountId, r.needsApproval]));
    for (const accountId of ids) {
      const needsApproval = ticked.includes(accountId);
      if ((before.get(accountId) ?? false) === needsApproval) continue;
      await ctx.db
        .insert(advisors)
        .values({ accountId, needsApproval })
        .onConflictDoUpdate({ target: advisors.accountId, set: { needsApproval } });
      await recordAudit(ctx.db, {
        actorId: actor.id,
        actorRole: actor.role,
        action: needsApproval ? "inbox.approval_required" : "inbox.approval_lifted",
        subjectType: "account",
        subjectId: accountId,
      });
    }
  });
}

/** The teams a staff member is in, and whether they take new conversations in each. */
export async function ownAvailability(ctx: AppContext, accountId: number) {
  return ctx.db
    .select({
      teamId: teams.id,
      nameFr: teams.nameFr,
      nameEn: teams.nameEn,
      available: teamMembers.available,
    })
    .from(teamMembers)
    .innerJoin(teams, eq(teams.id, teamMembers.teamId))
    .where(eq(teamMembers.accountId, accountId))
    .orderBy(asc(teams.id));
}

/**
 * An advisor marks themselves available or not, in every team they are in (their own rows only):
 * while unavailable, automatic assignment passes them by. Returns how many rows changed.
 */
export async function setOwnAvailability(ctx: AppContext, actor: Actor, available: boolean): Promise<number> {
  return runCommand(ctx, async (ctx) => {
    const changed = await ctx.db
      .update(teamMembers)
      .set({ available })
      .where(and(eq(teamMembers.accountId, actor.id), sql`${teamMembers.available} <> ${available}`))
      .returning({ teamId: teamMembers.teamId });
    if (changed.length > 0)
      await recordAudit(ctx.db, {
        actorId: actor.id,
        actorRole: actor.role,
        action: available ? "inbox.available" : "inbox.unavailable",
        subjectType: "account",
        subjectId: actor.id,
        details: { teams: changed.map((c) => c.teamId) },
      });
    return changed.length;
  });
}
