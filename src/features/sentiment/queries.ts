import { type SQL, sql } from "drizzle-orm";
import { isoDay } from "../../calendar/index.ts";
import type { AppContext } from "../../platform/context.ts";
import type {
  Breakdown,
  Period,
  SentimentCounts,
  SentimentFilter,
  SentimentPoint,
  SentimentSlice,
} from "./model.ts";
import { negativeShare } from "./shares.ts";

/**
 * What the barometer reads of the sentiment: every figure from the daily counts
 * (sentiment_daily), never from the five million rows behind them.
 */

/** The filter as a condition on a rollup table (sentiment_daily or sentiment_daily_terms). */
export function rollupWhere(filter: SentimentFilter, table = sql`sentiment_daily`): SQL {
  return filterWhere(filter, {
    day: sql`${table}.day`,
    source: sql`${table}.source`,
    category: sql`${table}.category`,
    product: sql`${table}.product`,
  });
}

/** The same on the messages themselves, whose absent category or product is null rather than ''. */
export function messagesWhere(filter: SentimentFilter): SQL {
  return filterWhere(filter, {
    day: sql`sentiment_messages.day`,
    source: sql`sentiment_messages.source`,
    category: sql`coalesce(sentiment_messages.category, '')`,
    product: sql`coalesce(sentiment_messages.product, '')`,
  });
}

function filterWhere(
  filter: SentimentFilter,
  columns: Record<"day" | "source" | "category" | "product", SQL>,
): SQL {
  const conditions: SQL[] = [
    sql`${columns.day} >= ${isoDay(filter.from)}::date and ${columns.day} <= ${isoDay(filter.to)}::date`,
  ];
  const among = (column: SQL, values: readonly string[] | undefined) => {
    if (values) conditions.push(values.length === 0 ? sql`false` : sql`${column} in ${[...values]}`);
  };
  among(columns.source, filter.sources);
  among(columns.category, filter.categories);
  among(columns.product, filter.products);
  return sql.join(conditions, sql` and `);
}

const PERIOD_START: Record<Period, SQL> = {
  day: sql`day`,
  // ISO weeks start on Monday, as date_trunc('week') does.
  week: sql`date_trunc('week', day)::date`,
  month: sql`date_trunc('month', day)::date`,
};

type CountRow = { key: string; positive: string; neutral: string; negative: string };

const counted = (row: CountRow): SentimentCounts => {
  const positive = Number(row.positive);
  const neutral = Number(row.neutral);
  const negative = Number(row.negative);
  return { positive, neutral, negative, total: positive + neutral + negative };
};

/**
 * Per day, ISO week or month of the filter, the messages of each sentiment and the share of
 * negative ones with its Wilson 95 % interval; a period without messages is left out.
 */
export async function sentimentSeries(
  ctx: AppContext,
  filter: SentimentFilter,
  period: Period,
): Promise<SentimentPoint[]> {
  const start = PERIOD_START[period];
  const { rows } = await ctx.db.execute<CountRow>(sql`
    select to_char(${start}, 'YYYY-MM-DD') as key, sum(positive) as positive, sum(neutral) as neutral,
      sum(negative) as negative
    from sentiment_daily where ${rollupWhere(filter)}
    group by 1 order by 1`);
  return rows.map((row) => {
    const counts = counted(row);
    return { period: row.key, ...counts, negativeShare: negativeShare(counts) };
  });
}

const BREAKDOWN_COLUMN: Record<Breakdown, SQL> = {
  source: sql`source`,
  category: sql`category`,
  product: sql`product`,
};

/** The figures of the whole filter by source, category or product, the most messages first. */
export async function sentimentBreakdown(
  ctx: AppContext,
  filter: SentimentFilter,
  by: Breakdown,
): Promise<SentimentSlice[]> {
  const column = BREAKDOWN_COLUMN[by];
  const { rows } = await ctx.db.execute<CountRow>(sql`
    select ${column} as key, sum(positive) as positive, sum(neutral) as neutral, sum(negative) as negative
    from sentiment_daily where ${rollupWhere(filter)}
    group by 1 order by sum(positive + neutral + negative) desc, 1`);
  return rows.map((row) => {
    const counts = counted(row);
    return { key: row.key, ...counts, negativeShare: negativeShare(counts) };
  });
}

/** The categories and products messages were counted under, for the barometer's filters. */
export async function sentimentDimensions(
  ctx: AppContext,
): Promise<{ categories: string[]; products: string[] }> {
  const { rows } = await ctx.db.execute<{ kind: "category" | "product"; value: string }>(sql`
    select 'category' as kind, category as value from (select distinct category from sentiment_daily) c
      where category <> ''
    union all
    select 'product', product from (select distinct product from sentiment_daily) p where product <> ''
    order by 1, 2`);
  return {
    categories: rows.filter((row) => row.kind === "category").map((row) => row.value),
    products: rows.filter((row) => row.kind === "product").map((row) => row.value),
  };
}
