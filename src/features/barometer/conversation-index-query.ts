import {
  addDays,
  type CalendarDay,
  compareDays,
  isoDay,
  parisDay,
  startOfParisDay,
  weekday,
} from "../../calendar/index.ts";
import type { AppContext } from "../../platform/context.ts";
import type { NpsCounts } from "../../stats/index.ts";
import { staffAccountIds } from "../accounts/index.ts";
import { publicConversationWeeks } from "../community/index.ts";
import { complaintClockWeeks, privateConversationWeeks } from "../inbox/index.ts";
import { barometerWaves, waveResults } from "../surveys/index.ts";
import {
  type ConversationIndexWeek,
  type ConversationWeekCounts,
  conversationIndex,
} from "./conversation-index.ts";

/** The Monday of a day's week. */
export const mondayOf = (day: CalendarDay): CalendarDay => addDays(day, 1 - weekday(day));

const emptyWeek = (week: string): ConversationWeekCounts => ({
  week,
  publicQuestions: 0,
  publicAnswered: 0,
  publicSolved: 0,
  privateQuestions: 0,
  privateAnswered: 0,
  publicMedianHours: null,
  privateMedianHours: null,
  staffPosts: 0,
  staffReplies: 0,
  complaintsDue: 0,
  complaintsInTime: 0,
  promoters: null,
});

/**
 * The NPS answers of the barometer's wave running each week (the latest opened of those open on
 * one of its days), by the week's Monday.
 */
async function promotersByWeek(
  ctx: AppContext,
  mondays: readonly CalendarDay[],
): Promise<Map<string, NpsCounts>> {
  const byWeek = new Map<string, NpsCounts>();
  if (mondays.length === 0) return byWeek;
  const first = isoDay(mondays[0]!);
  const last = isoDay(addDays(mondays.at(-1)!, 6));
  const waves = (await barometerWaves(ctx)).filter((w) => w.opensOn <= last && w.closesOn >= first);
  if (waves.length === 0) return byWeek;
  const results = await waveResults(
    ctx,
    waves.map((w) => w.id),
  );
  for (const monday of mondays) {
    const from = isoDay(monday);
    const to = isoDay(addDays(monday, 6));
    const running = waves.filter((w) => w.opensOn <= to && w.closesOn >= from).at(-1);
    const buckets = running
      ? results.get(running.id)?.questions.find((q) => q.npsBuckets)?.npsBuckets
      : undefined;
    if (buckets)
      byWeek.set(from, {
        promoters: buckets.promoter,
        passives: buckets.passive,
        detractors: buckets.detractor,
      });
  }
  return byWeek;
}

/** The counts of every week from the Monday of `from` to the week of `to`, and of the week before. */
export async function conversationWeekCounts(
  ctx: AppContext,
  range: { from: CalendarDay; to: CalendarDay },
): Promise<{ before: ConversationWeekCounts; weeks: ConversationWeekCounts[] }> {
  const firstMonday = addDays(mondayOf(range.from), -7);
  const mondays: CalendarDay[] = [];
  for (let monday = firstMonday; compareDays(monday, range.to) <= 0; monday = addDays(monday, 7))
    mondays.push(monday);
  const from = startOfParisDay(firstMonday);
  const to = startOfParisDay(addDays(mondays.at(-1)!, 7));
  const staffIds = await staffAccountIds(ctx.db);
  const [community, conversations, complaints, promoters] = await Promise.all([
    publicConversationWeeks(ctx, { from, to, staffIds }),
    privateConversationWeeks(ctx, { from, to }),
    complaintClockWeeks(ctx, { from, to }),
    promotersByWeek(ctx, mondays),
  ]);
  const weeks = new Map(mondays.map((monday) => [isoDay(monday), emptyWeek(isoDay(monday))]));
  for (const row of community) {
    const week = weeks.get(row.week);
    if (!week) continue;
    week.publicQuestions = row.questions;
    week.publicAnswered = row.answered;
    week.publicSolved = row.solved;
    week.publicMedianHours = row.medianHoursToAnswer;
    week.staffPosts = row.staffPosts;
    week.staffReplies = row.staffReplies;
  }
  for (const row of conversations) {
    const week = weeks.get(row.week);
    if (!week) continue;
    week.privateQuestions = row.opened;
    week.privateAnswered = row.answered;
    week.privateMedianHours = row.medianHoursToAnswer;
  }
  for (const row of complaints) {
    const week = weeks.get(row.week);
    if (!week) continue;
    week.complaintsDue = row.due;
    week.complaintsInTime = row.answeredInTime;
  }
  for (const [monday, counts] of promoters) {
    const week = weeks.get(monday);
    if (week) week.promoters = counts;
  }
  const [before, ...rest] = [...weeks.values()];
  return { before: before!, weeks: rest };
}

/**
 * The Conversation Index of every week from the week of `from` to the week of `to` (Paris,
 * Monday first), oldest first, each component with its trend against the week before
 * (docs/barometer.md). What the dashboards and the public trust report show.
 */
export async function conversationIndexWeeks(
  ctx: AppContext,
  range: { from: CalendarDay; to: CalendarDay },
): Promise<ConversationIndexWeek[]> {
  const { before, weeks } = await conversationWeekCounts(ctx, range);
  return conversationIndex(weeks, before);
}

/**
 * The last whole week's index (Monday to Sunday before today's week, Paris) with its trends, or
 * null when nothing of it can be measured: what the public trust report quotes.
 */
export async function latestConversationIndexWeek(ctx: AppContext): Promise<ConversationIndexWeek | null> {
  const [week] = await conversationIndexWeeks(ctx, lastWeeks(parisDay(ctx.clock.now()), 1));
  return week && week.index !== null ? week : null;
}

/** The last `count` whole weeks before today's week (Paris), for a first look. */
export function lastWeeks(today: CalendarDay, count: number): { from: CalendarDay; to: CalendarDay } {
  const thisMonday = mondayOf(today);
  return { from: addDays(thisMonday, -7 * count), to: addDays(thisMonday, -1) };
}
