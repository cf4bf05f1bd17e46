import { sql } from "drizzle-orm";
import { addDays, compareDays } from "../../calendar/index.ts";
import type { AppContext } from "../../platform/context.ts";
import { logOddsDrivers } from "../../stats/index.ts";
import type { SentimentDriver, SentimentFilter, SentimentSource } from "./model.ts";
import { messagesWhere, rollupWhere } from "./queries.ts";

const DEFAULT_LIMIT = 10;
/** A word must hold at least this many of the period's negative messages to be listed. */
const MINIMUM_MESSAGES = 3;
const LINKS_PER_WORD = 5;

/** The same number of days just before the filter's first day. */
export function previousPeriod(filter: SentimentFilter): SentimentFilter {
  let days = 0;
  for (let d = filter.from; compareDays(d, filter.to) <= 0; d = addDays(d, 1)) days++;
  return { ...filter, from: addDays(filter.from, -days), to: addDays(filter.from, -1) };
}

async function wordCounts(ctx: AppContext, filter: SentimentFilter): Promise<Map<string, number>> {
  const { rows } = await ctx.db.execute<{ term: string; messages: string }>(sql`
    select term, sum(messages) as messages from sentiment_daily_terms
    where ${rollupWhere(filter, sql`sentiment_daily_terms`)} group by term`);
  return new Map(rows.map((row) => [row.term, Number(row.messages)]));
}

/**
 * The words over-represented in negative messages over the filter's days against as many days
 * just before (the log-odds ratio with an informative Dirichlet prior, src/stats
 * `logOddsDrivers`), the most significant first, each with a few of the period's negative
 * messages that hold it, the newest first.
 */
export async function sentimentDrivers(
  ctx: AppContext,
  filter: SentimentFilter,
  options: { limit?: number } = {},
): Promise<SentimentDriver[]> {
  const [current, previous] = await Promise.all([
    wordCounts(ctx, filter),
    wordCounts(ctx, previousPeriod(filter)),
  ]);
  const drivers = logOddsDrivers(current, previous, {
    minimumCount: MINIMUM_MESSAGES,
    limit: options.limit ?? DEFAULT_LIMIT,
  }).filter((driver) => driver.z > 0);
  if (drivers.length === 0) return [];
  const links = await Promise.all(
    drivers.map(async (driver) => {
      const { rows: found } = await ctx.db.execute<{
        source: SentimentSource;
        link: string | null;
        at: string;
      }>(sql`
        select source, link, at from sentiment_messages
        where sentiment = 'negative' and terms @> array[${driver.word}]::text[]
          and ${messagesWhere(filter)}
        order by at desc, id desc limit ${LINKS_PER_WORD}`);
      return found.map((row) => ({ source: row.source, link: row.link, at: new Date(row.at) }));
    }),
  );
  return drivers.map((driver, index) => ({ ...driver, messages: links[index]! }));
}
