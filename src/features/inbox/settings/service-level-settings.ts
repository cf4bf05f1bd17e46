import type { OpeningHours } from "../../../calendar/index.ts";
import { recordAudit } from "../../../platform/audit/service.ts";
import type { Actor } from "../../../platform/auth/actor.ts";
import { lockSubject, runCommand } from "../../../platform/commands.ts";
import type { AppContext } from "../../../platform/context.ts";
import type { FieldErrors } from "../../../platform/views/components.tsx";
import { openingHours, PRIORITIES, type Priority, serviceLevels } from "../schema.ts";
import { forgetOpeningHours, type Targets, targetsFor } from "../service-levels.ts";
import { teamNamed } from "./teams.ts";
import { readOpeningHours, readTargets, type Typed } from "./typed.ts";

/**
 * Service-level targets per team and priority, and the bank's opening hours, as set in the
 * inbox's settings. A new conversation's due times are computed from them (receive.ts); those
 * already open keep theirs.
 */
type Outcome = { ok: true } | { ok: false; errors: FieldErrors };

/** A team's targets for every priority (the defaults where none was set). */
export async function teamTargets(ctx: AppContext, teamId: number): Promise<Record<Priority, Targets>> {
  const targets = {} as Record<Priority, Targets>;
  for (const priority of PRIORITIES) {
    const { firstResponseMinutes, nextResponseMinutes, resolutionMinutes } = await targetsFor(
      ctx.db,
      teamId,
      priority,
    );
    targets[priority] = { firstResponseMinutes, nextResponseMinutes, resolutionMinutes };
  }
  return targets;
}

export async function saveTargets(
  ctx: AppContext,
  actor: Actor,
  teamId: number,
  typed: Typed,
): Promise<Outcome> {
  await teamNamed(ctx, teamId);
  const read = readTargets(typed);
  if (!read.ok) return read;
  return runCommand(ctx, async (ctx) => {
    const before = await teamTargets(ctx, teamId);
    for (const priority of PRIORITIES)
      await ctx.db
        .insert(serviceLevels)
        .values({ teamId, priority, ...read.value[priority] })
        .onConflictDoUpdate({
          target: [serviceLevels.teamId, serviceLevels.priority],
          set: read.value[priority],
        });
    await recordAudit(ctx.db, {
      actorId: actor.id,
      actorRole: actor.role,
      action: "inbox.service_levels_changed",
      subjectType: "inbox_team",
      subjectId: teamId,
      details: { before, after: read.value },
    });
    return { ok: true } as const;
  });
}

const asObject = (hours: OpeningHours) => Object.fromEntries([...hours].sort(([a], [b]) => a - b));

/** Replaces the opening hours (a weekday left out is closed); every instance reads them within 5 s. */
export async function saveOpeningHours(ctx: AppContext, actor: Actor, typed: Typed): Promise<Outcome> {
  const read = readOpeningHours(typed);
  if (!read.ok) return read;
  return runCommand(ctx, async (ctx) => {
    await lockSubject(ctx, "inbox-opening-hours", 0);
    const before = await ctx.db.select().from(openingHours);
    await ctx.db.delete(openingHours);
    await ctx.db
      .insert(openingHours)
      .values([...read.value].map(([weekday, t]) => ({ weekday, opensAt: t.opens, closesAt: t.closes })));
    await recordAudit(ctx.db, {
      actorId: actor.id,
      actorRole: actor.role,
      action: "inbox.opening_hours_changed",
      subjectType: "inbox_opening_hours",
      details: {
        before: Object.fromEntries(before.map((r) => [r.weekday, { opens: r.opensAt, closes: r.closesAt }])),
        after: asObject(read.value),
      },
    });
    await ctx.afterCommit(async (committed) => forgetOpeningHours(committed));
    return { ok: true } as const;
  });
}
