import { and, count, countDistinct, desc, gte, isNotNull, lt, sql } from "drizzle-orm";
import { addDays, PARIS, parisDay, startOfParisDay } from "../../calendar/index.ts";
import type { Db } from "../../db/connect.ts";
import { audienceHits } from "./schema.ts";

export interface AudienceFigures {
  pageViews: number;
  visitors: number;
  pages: { path: string; views: number }[];
  referrers: { host: string; visits: number }[];
  days: { day: string; views: number; visitors: number }[];
}

/**
 * "The last `days` days" as the bank's calendar has them: from midnight in Paris `days - 1` days
 * before today, to `now`, so the first day shown is a whole Paris day and not its UTC tail.
 */
export function lastParisDays(now: Date, days: number): { from: Date; to: Date } {
  return { from: startOfParisDay(addDays(parisDay(now), -(days - 1))), to: now };
}

/** What the measurement saw between two instants: the figures the dashboards use. */
export async function audienceFigures(db: Db, from: Date, to: Date, top = 10): Promise<AudienceFigures> {
  const within = and(gte(audienceHits.at, from), lt(audienceHits.at, to));
  const [totals] = await db
    .select({ pageViews: count(), visitors: countDistinct(audienceHits.visitor) })
    .from(audienceHits)
    .where(within);
  const pages = await db
    .select({ path: audienceHits.path, views: count() })
    .from(audienceHits)
    .where(within)
    .groupBy(audienceHits.path)
    .orderBy(desc(count()), audienceHits.path)
    .limit(top);
  const referrers = await db
    .select({ host: sql<string>`${audienceHits.referrerHost}`, visits: count() })
    .from(audienceHits)
    .where(and(within, isNotNull(audienceHits.referrerHost)))
    .groupBy(audienceHits.referrerHost)
    .orderBy(desc(count()), audienceHits.referrerHost)
    .limit(top);
  const day = sql<string>`to_char(${audienceHits.at} at time zone ${sql.raw(`'${PARIS}'`)}, 'YYYY-MM-DD')`;
  const days = await db
    .select({ day, views: count(), visitors: countDistinct(audienceHits.visitor) })
    .from(audienceHits)
    .where(within)
    .groupBy(day)
    .orderBy(day);
  return {
    pageViews: totals?.pageViews ?? 0,
    visitors: totals?.visitors ?? 0,
    pages,
    referrers,
    days,
  };
}

/** Erases raw measurements older than `months` (25 by the register); returns how many went. */
export async function purgeAudience(db: Db, now: Date, months: number): Promise<number> {
  const cutoff = new Date(now);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
  const gone = await db
    .delete(audienceHits)
    .where(lt(audienceHits.at, cutoff))
    .returning({ id: audienceHits.id });
  return gone.length;
}
