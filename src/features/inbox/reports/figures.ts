import { sql } from "drizzle-orm";
import { addDays, openIntervals, parisDay, startOfParisDay } from "../../../calendar/index.ts";
import type { AppContext } from "../../../platform/context.ts";
import { publicProfiles } from "../../accounts/index.ts";
import { bankOpeningHours } from "../service-levels.ts";
import {
  BACKLOG_AGES,
  type BacklogAge,
  BusinessClock,
  backlogAge,
  businessDayMinutes,
  type DurationSummary,
  summarise,
} from "./business-time.ts";

/**
 * The inbox's reports over a period (the last 7, 30 or 90 days, whole Paris days): response and
 * resolution times in business time, service levels met per team and advisor, the backlog by
 * age, and complaints by product and root cause. Aggregates over every conversation: the people
 * who read them (`inbox.reports`) manage the whole inbox.
 */
export const REPORT_PERIODS = [7, 30, 90] as const;
export type ReportPeriod = (typeof REPORT_PERIODS)[number];

/** How many conversations met a target, out of those whose target is decided (met or missed). */
export interface ServiceLevelRow {
  /** A team's or advisor's id; null: no team, or not assigned. */
  id: number | null;
  /** A team's French name or an advisor's name; null for no team or no advisor. */
  name: string | null;
  nameEn: string | null;
  firstMet: number;
  firstCounted: number;
  resolutionMet: number;
  resolutionCounted: number;
}

export interface ReportFigures {
  days: ReportPeriod;
  from: Date;
  to: Date;
  /** Conversations opened in the period and answered: business minutes to the first response. */
  firstResponse: DurationSummary;
  /** Conversations resolved in the period: business minutes from opening to resolution. */
  resolution: DurationSummary;
  teams: ServiceLevelRow[];
  advisors: ServiceLevelRow[];
  /** Conversations not resolved now, by business days since they opened. */
  backlog: Record<BacklogAge, number>;
  complaintsByProduct: { label: string | null; count: number }[];
  complaintsByCause: { label: string | null; count: number }[];
}

type ConversationTimes = {
  team_id: number | null;
  assignee_id: number | null;
  status: string;
  paused_at: Date | null;
  created_at: Date;
  first_response_at: Date | null;
  first_response_due_at: Date | null;
  resolved_at: Date | null;
  resolution_due_at: Date | null;
};

/** Whether a target was met (true), missed (false), or is not decided yet (undefined). */
function verdict(doneAt: Date | null, dueAt: Date | null, now: Date, paused: boolean): boolean | undefined {
  if (!dueAt) return undefined;
  if (doneAt) return doneAt <= dueAt;
  return !paused && now > dueAt ? false : undefined;
}

function serviceLevels(
  rows: ConversationTimes[],
  keyOf: (row: ConversationTimes) => number | null,
  now: Date,
): Map<number | null, Omit<ServiceLevelRow, "name" | "nameEn">> {
  const byKey = new Map<number | null, Omit<ServiceLevelRow, "name" | "nameEn">>();
  for (const row of rows) {
    const id = keyOf(row) === null ? null : Number(keyOf(row));
    const entry = byKey.get(id) ?? {
      id,
      firstMet: 0,
      firstCounted: 0,
      resolutionMet: 0,
      resolutionCounted: 0,
    };
    const first = verdict(row.first_response_at, row.first_response_due_at, now, false);
    if (first !== undefined) {
      entry.firstCounted++;
      if (first) entry.firstMet++;
    }
    const paused = row.status === "waiting_on_client" && row.paused_at !== null;
    const resolution = verdict(row.resolved_at, row.resolution_due_at, now, paused);
    if (resolution !== undefined) {
      entry.resolutionCounted++;
      if (resolution) entry.resolutionMet++;
    }
    byKey.set(id, entry);
  }
  return byKey;
}

const dates = <T extends object>(row: T, keys: (keyof T)[]): T => {
  for (const key of keys) if (row[key] !== null) (row[key] as unknown) = new Date(row[key] as string);
  return row;
};
const TIMES: (keyof ConversationTimes)[] = [
  "paused_at",
  "created_at",
  "first_response_at",
  "first_response_due_at",
  "resolved_at",
  "resolution_due_at",
];

export async function reportFigures(ctx: AppContext, days: ReportPeriod): Promise<ReportFigures> {
  const now = ctx.clock.now();
  const from = startOfParisDay(addDays(parisDay(now), -(days - 1)));
  const columns = sql`team_id, assignee_id, status, paused_at, created_at, first_response_at,
    first_response_due_at, resolved_at, resolution_due_at`;
  const read = async (where: ReturnType<typeof sql>) =>
    (
      await ctx.db.execute<ConversationTimes>(sql`select ${columns} from inbox_conversations where ${where}`)
    ).rows.map((row) => dates(row, TIMES));
  const opened = await read(sql`created_at >= ${from} and created_at < ${now}`);
  const resolved = await read(sql`status = 'resolved' and resolved_at >= ${from} and resolved_at < ${now}`);
  const open = await read(sql`status <> 'resolved' and created_at < ${now}`);

  const hours = await bankOpeningHours(ctx);
  const earliest = [...opened, ...resolved, ...open].reduce(
    (min, row) => Math.min(min, row.created_at.getTime()),
    from.getTime(),
  );
  const clock = new BusinessClock(openIntervals(new Date(earliest), now, hours));

  const firstResponse = summarise(
    opened.flatMap((row) =>
      row.first_response_at ? [clock.minutesBetween(row.created_at, row.first_response_at)] : [],
    ),
  );
  const resolution = summarise(resolved.map((row) => clock.minutesBetween(row.created_at, row.resolved_at!)));

  const backlog = Object.fromEntries(BACKLOG_AGES.map((age) => [age, 0])) as Record<BacklogAge, number>;
  const dayMinutes = businessDayMinutes(hours);
  for (const row of open) backlog[backlogAge(clock.minutesBetween(row.created_at, now) / dayMinutes)]++;

  const teamNames = new Map(
    (
      await ctx.db.execute<{ id: number; name_fr: string; name_en: string }>(
        sql`select id, name_fr, name_en from inbox_teams`,
      )
    ).rows.map((r) => [Number(r.id), r]),
  );
  const teamRows = [...serviceLevels(opened, (r) => r.team_id, now).values()].map((row) => {
    const team = row.id === null ? undefined : teamNames.get(row.id);
    return { ...row, name: team ? team.name_fr : null, nameEn: team?.name_en ?? null };
  });
  const advisorLevels = [...serviceLevels(opened, (r) => r.assignee_id, now).values()];
  const people = await publicProfiles(
    ctx,
    advisorLevels.map((r) => r.id),
  );
  const advisors = advisorLevels
    .map((row) => {
      const name = row.id === null ? null : (people.get(row.id)?.displayName ?? `#${row.id}`);
      return { ...row, name, nameEn: name };
    })
    .sort(byName);

  const complaints = async (column: "product" | "root_cause") =>
    (
      await ctx.db.execute<{ label: string | null; count: number }>(sql`
        select ${sql.identifier(column)} as label, count(*)::int as count from inbox_complaints
        where received_at >= ${from} and received_at < ${now}
        group by 1 order by 2 desc, 1 nulls last`)
    ).rows;

  return {
    days,
    from,
    to: now,
    firstResponse,
    resolution,
    teams: teamRows.sort(byName),
    advisors,
    backlog,
    complaintsByProduct: await complaints("product"),
    complaintsByCause: await complaints("root_cause"),
  };
}

/** Named rows first, alphabetically; the row of no team or no advisor last. */
function byName(a: { name: string | null }, b: { name: string | null }): number {
  if (a.name === null) return b.name === null ? 0 : 1;
  if (b.name === null) return -1;
  return a.name.localeCompare(b.name, "fr");
}
