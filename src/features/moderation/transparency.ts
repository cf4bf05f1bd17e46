import { sql } from "drizzle-orm";
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

export async function transparencyFigures(ctx: AppContext): Promise<MonthFigures[]> {
  const since = sql`date_trunc('month', now()) - ${`${MONTHS_SHOWN - 1} months`}::interval`;
  const [reportRows, decisionRows, appealRows] = await Promise.all([
    ctx.db.execute<{ month: string; key: string; n: number }>(sql`
      select to_char(date_trunc('month', created_at), 'YYYY-MM') as month, reason as key, count(*)::int as n
        from moderation_reports where created_at >= ${since} group by 1, 2`),
    ctx.db.execute<{ month: string; key: string; automated: boolean; n: number }>(sql`
      select to_char(date_trunc('month', created_at), 'YYYY-MM') as month, ground as key, automated, count(*)::int as n
        from moderation_decisions where created_at >= ${since} group by 1, 2, 3`),
    ctx.db.execute<{ month: string; appeals: number; reversed: number }>(sql`
      select to_char(date_trunc('month', created_at), 'YYYY-MM') as month, count(*)::int as appeals,
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
