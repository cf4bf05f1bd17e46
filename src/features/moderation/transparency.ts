import { sql } from "drizzle-orm";
import { addMonthsClamped, PARIS, parisDay, startOfParisDay } from "../../calendar/index.ts";
import type { AppContext } from "../../platform/context.ts";

/**
 * The public transparency report (DSA art. 15 and 24): per month, reports received by reason,
 * decisions by ground, automatic versus human decisions, appeals and reversals. Only counts:
 * nothing here names a person or a post.
 */
export interface MonthFigures {
  month: string;
  reports: Record<string, number>;
  decisions: Record<string, number>;
  automated: number;
  human: number;
  appeals: number;
  reversed: number;
}

const MONTHS_SHOWN = 12;

/** The first instant of the Paris month `MONTHS_SHOWN - 1` months before the one `now` falls in. */
export function firstMonthShown(now: Date): Date {
  const today = parisDay(now);
  return startOfParisDay(addMonthsClamped({ ...today, day: 1 }, -(MONTHS_SHOWN - 1)));
}

/** Months are the bank's, Paris months: 23:30 UTC on 31 January is already February. */
const parisMonth = (column: string) =>
  sql.raw(`to_char(date_trunc('month', ${column} at time zone '${PARIS}'), 'YYYY-MM')`);

export async function transparencyFigures(ctx: AppContext): Promise<MonthFigures[]> {
  const since = firstMonthShown(ctx.clock.now());
  const month = parisMonth("created_at");
  const [reportRows, decisionRows, appealRows] = await Promise.all([
    ctx.db.execute<{ month: string; key: string; n: number }>(sql`
      select ${month} as month, reason as key, count(*)::int as n
        from moderation_reports where created_at >= ${since} group by 1, 2`),
    ctx.db.execute<{ month: string; key: string; automated: boolean; n: number }>(sql`
      select ${month} as month, ground as key, automated, count(*)::int as n
        from moderation_decisions where created_at >= ${since} group by 1, 2, 3`),
    ctx.db.execute<{ month: string; appeals: number; reversed: number }>(sql`
      select ${month} as month, count(*)::int as appeals,
             count(*) filter (where status = 'reversed')::int as reversed
        from moderation_appeals where created_at >= ${since} group by 1`),
  ]);
  const months = new Map<string, MonthFigures>();
  const monthOf = (month: string) => {
    let figures = months.get(month);
    if (!figures) {
      figures = { month, reports: {}, decisions: {}, automated: 0, human: 0, appeals: 0, reversed: 0 };
      months.set(month, figures);
    }
    return figures;
  };
  for (const row of reportRows.rows) monthOf(row.month).reports[row.key] = row.n;
  for (const row of decisionRows.rows) {
    const figures = monthOf(row.month);
    figures.decisions[row.key] = (figures.decisions[row.key] ?? 0) + row.n;
    if (row.automated) figures.automated += row.n;
    else figures.human += row.n;
  }
  for (const row of appealRows.rows)
    Object.assign(monthOf(row.month), { appeals: row.appeals, reversed: row.reversed });
  return [...months.values()].sort((a, b) => b.month.localeCompare(a.month));
}
