import { sql } from "drizzle-orm";
import type { AppContext } from "../../../platform/context.ts";

/**
 * The answers to the post-resolution question (survey.ts), as the barometer counts them
 * ("satisfaction after resolution"): per Paris month of the answer, how many gave each rating
 * 1 to 5. Comments are not read here: they are the person's words, not a figure.
 */
export interface SatisfactionMonth {
  /** "2026-11": the Paris month the answers were given in. */
  month: string;
  /** Answers per rating: `counts[0]` is the number of 1s, `counts[4]` of 5s. */
  counts: [number, number, number, number, number];
  n: number;
}

export interface SatisfactionFilter {
  /** Answers given at or after this instant… */
  from: Date;
  /** …and before this one. */
  to: Date;
  /** Only conversations assigned to this advisor (an advisor sees their own results). */
  assigneeId?: number;
  /** Only conversations from these sources (community, email, contact_form…); none: every source. */
  sources?: readonly string[];
}

/** The post-resolution answers per month, oldest first; months without an answer are left out. */
export async function satisfactionAfterResolution(
  ctx: AppContext,
  filter: SatisfactionFilter,
): Promise<SatisfactionMonth[]> {
  const sources = filter.sources ?? [];
  const { rows } = await ctx.db.execute<{ month: string; rating: number; n: number }>(sql`
    select to_char(s.answered_at at time zone 'Europe/Paris', 'YYYY-MM') as month, s.rating, count(*)::int as n
      from inbox_satisfaction s
      join inbox_conversations c on c.id = s.conversation_id
     where s.answered_at >= ${filter.from} and s.answered_at < ${filter.to} and s.rating is not null
       and (${filter.assigneeId ?? null}::bigint is null or c.assignee_id = ${filter.assigneeId ?? null}::bigint)
       and (cardinality(${sql.param(sources)}::text[]) = 0 or c.source = any(${sql.param(sources)}::text[]))
     group by 1, 2
     order by 1, 2`);
  const months = new Map<string, SatisfactionMonth>();
  for (const row of rows) {
    const month = months.get(row.month) ?? { month: row.month, counts: [0, 0, 0, 0, 0], n: 0 };
    month.counts[row.rating - 1] = row.n;
    month.n += row.n;
    months.set(row.month, month);
  }
  return [...months.values()];
}
