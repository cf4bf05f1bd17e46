import { and, eq } from "drizzle-orm";
import {
  addBusinessMinutes,
  businessMinutesBetween,
  DEFAULT_OPENING_HOURS,
  type OpeningHours,
} from "../../calendar/index.ts";
import type { Db } from "../../db/connect.ts";
import type { AppContext } from "../../platform/context.ts";
import { openingHours, type Priority, serviceLevels } from "./schema.ts";

/**
 * Service levels: first response, next response and resolution targets per team and priority,
 * counted in the bank's opening hours (calendar/opening-hours.ts). While a conversation waits on
 * the client its timers stop; when the client writes again, the due times move by the business
 * time that passed.
 */
export interface Targets {
  firstResponseMinutes: number;
  nextResponseMinutes: number;
  resolutionMinutes: number;
}

/** Targets when the bank has set none for a team and priority (business minutes; a day is 9 hours). */
export const DEFAULT_TARGETS: Record<Priority, Targets> = {
  urgent: { firstResponseMinutes: 60, nextResponseMinutes: 120, resolutionMinutes: 9 * 60 },
  high: { firstResponseMinutes: 120, nextResponseMinutes: 240, resolutionMinutes: 2 * 9 * 60 },
  normal: { firstResponseMinutes: 4 * 60, nextResponseMinutes: 9 * 60, resolutionMinutes: 5 * 9 * 60 },
  low: { firstResponseMinutes: 9 * 60, nextResponseMinutes: 2 * 9 * 60, resolutionMinutes: 10 * 9 * 60 },
};

export async function targetsFor(db: Db, teamId: number | null, priority: Priority): Promise<Targets> {
  if (teamId === null) return DEFAULT_TARGETS[priority];
  const [row] = await db
    .select()
    .from(serviceLevels)
    .where(and(eq(serviceLevels.teamId, teamId), eq(serviceLevels.priority, priority)));
  return row ?? DEFAULT_TARGETS[priority];
}

const keptHours = (ctx: AppContext) =>
  ctx.memory.of<"all", OpeningHours>("inbox.opening-hours", { ttlMs: 5_000, max: 1 });

/** The bank's opening hours as set in the inbox's settings (Monday–Friday 9:00–18:00 until set). */
export async function bankOpeningHours(ctx: AppContext): Promise<OpeningHours> {
  return keptHours(ctx).get("all", async () => {
    const rows = await ctx.db.select().from(openingHours);
    if (rows.length === 0) return DEFAULT_OPENING_HOURS;
    return new Map(rows.map((r) => [r.weekday, { opens: r.opensAt, closes: r.closesAt }]));
  });
}

/** After the opening hours changed (after commit): this instance reads them again at once. */
export function forgetOpeningHours(ctx: AppContext): void {
  keptHours(ctx).forget("all");
}

export function dueAfter(from: Date, minutes: number, hours: OpeningHours): Date {
  return addBusinessMinutes(from, minutes, hours);
}

/** Moves a due time by the business time a conversation spent waiting on the client. */
export function resumed(due: Date | null, pausedAt: Date, now: Date, hours: OpeningHours): Date | null {
  if (!due) return null;
  const paused = businessMinutesBetween(pausedAt, now, hours);
  return paused > 0 ? addBusinessMinutes(due, paused, hours) : due;
}
