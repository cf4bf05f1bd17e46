import {
  addMonthsClamped,
  type CalendarDay,
  isoDay,
  parisDay,
  startOfParisDay,
} from "../../calendar/index.ts";
import type { Locale } from "../../config.ts";
import type { AppContext } from "../../platform/context.ts";
import { isOneOf } from "../../platform/one-of.ts";
import { satisfactionAfterResolution } from "../inbox/index.ts";
import { isSentimentSource, sentimentDimensions, sentimentSeries } from "../sentiment/index.ts";
import {
  CHANNELS,
  type Channel,
  type ResultsFilter,
  respondentRows,
  barometerWaves as surveyWaves,
  TRUSTING,
  waveResults,
} from "../surveys/index.ts";
import type { ConversationIndexWeek } from "./conversation-index.ts";
import { conversationIndexWeeks, lastWeeks } from "./conversation-index-query.ts";
import type { WaveRows } from "./figures.ts";
import type { DashboardFilters } from "./filters.ts";

/**
 * Where the barometer's answers come from: the surveys' results (the barometer survey's waves,
 * their trust and NPS answers, and each respondent's profile when the figures are weighted) and
 * the inbox's satisfaction after resolution. The barometer reads them through those features'
 * public surfaces only, and computes nothing but through src/stats.
 */

/** The first Paris day the period shows (the N whole months before this one, and this one), or null for every wave. */
export function periodStart(now: Date, period: DashboardFilters["period"]): string | null {
  if (period === "tout") return null;
  return isoDay(addMonthsClamped({ ...parisDay(now), day: 1 }, -Number(period)));
}

function resultsFilter(filters: DashboardFilters): ResultsFilter {
  return {
    ...(filters.client === "tous" ? {} : { client: filters.client === "clients" }),
    ...(isOneOf(CHANNELS, filters.source) ? { channels: [filters.source] } : {}),
  };
}

/**
 * The barometer survey's waves in the period, oldest first, with their trust and NPS answers:
 * counts always, respondent rows only when `weighted` (raking needs them one by one).
 */
export async function barometerWaves(
  ctx: AppContext,
  filters: DashboardFilters,
  weighted = false,
): Promise<WaveRows[]> {
  const start = periodStart(ctx.clock.now(), filters.period);
  const today = isoDay(parisDay(ctx.clock.now()));
  const waves = (await surveyWaves(ctx)).filter(
    (wave) => (start === null || wave.opensOn >= start) && wave.opensOn <= today,
  );
  const filter = resultsFilter(filters);
  const results = await waveResults(
    ctx,
    waves.map((wave) => wave.id),
    filter,
  );
  const out: WaveRows[] = [];
  for (const wave of waves) {
    const result = results.get(wave.id);
    const trust = result?.questions.find((q) => q.question.kind === "trust");
    const nps = result?.questions.find((q) => q.question.kind === "nps");
    const k = TRUSTING.reduce((sum, choice) => sum + (trust?.counts[choice] ?? 0), 0);
    const row: WaveRows = {
      id: wave.id,
      label: wave.label,
      trust: { k, n: trust?.answered ?? 0 },
      nps: {
        promoters: nps?.npsBuckets?.promoter ?? 0,
        passives: nps?.npsBuckets?.passive ?? 0,
        detractors: nps?.npsBuckets?.detractor ?? 0,
      },
    };
    if (weighted && trust)
      row.trust.rows = (await respondentRows(ctx, wave.id, trust.question.id, filter)).map((r) => ({
        cells: r.cells,
        trusts: "choice" in r.answer && (TRUSTING as readonly string[]).includes(r.answer.choice),
      }));
    if (weighted && nps)
      row.nps.rows = (await respondentRows(ctx, wave.id, nps.question.id, filter)).flatMap((r) =>
        "score" in r.answer ? [{ cells: r.cells, score: r.answer.score }] : [],
      );
    out.push(row);
  }
  return out;
}

/** The channels offered by the source filter. */
export async function barometerSources(_ctx: AppContext): Promise<readonly Channel[]> {
  return CHANNELS;
}

/** The first Paris day the period covers, for the month-by-month series (every month: 2000). */
function firstDay(now: Date, period: DashboardFilters["period"]): CalendarDay {
  return period === "tout"
    ? { year: 2000, month: 1, day: 1 }
    : addMonthsClamped({ ...parisDay(now), day: 1 }, -Number(period));
}

/** "2026-03" → « mars 2026 » in the reader's language. */
export const monthLabel = (locale: Locale, month: string) =>
  new Intl.DateTimeFormat(locale, { month: "long", year: "numeric", timeZone: "UTC" }).format(
    new Date(`${month.slice(0, 7)}-15T00:00:00Z`),
  );

/**
 * Satisfaction after resolution per Paris month of the period, as values 1 to 5 (from the
 * inbox's counts per rating); an advisor's own when `assigneeId` is given.
 */
export async function satisfactionPeriods(
  ctx: AppContext,
  filters: DashboardFilters,
  locale: Locale,
  assigneeId?: number,
): Promise<{ key: string; label: string; values: number[] }[]> {
  const now = ctx.clock.now();
  const months = await satisfactionAfterResolution(ctx, {
    from: startOfParisDay(firstDay(now, filters.period)),
    to: now,
    ...(assigneeId === undefined ? {} : { assigneeId }),
  });
  return months.map((month) => ({
    key: month.month,
    label: monthLabel(locale, month.month),
    values: month.counts.flatMap((count, rating) => Array.from({ length: count }, () => rating + 1)),
  }));
}

/** Negative messages of all classified messages, per month of the period, for the filters' source and product. */
export async function sentimentPeriods(
  ctx: AppContext,
  filters: DashboardFilters,
  locale: Locale,
): Promise<{ key: string; label: string; k: number; n: number }[]> {
  const points = await sentimentSeries(
    ctx,
    {
      from: firstDay(ctx.clock.now(), filters.period),
      to: parisDay(ctx.clock.now()),
      ...(isSentimentSource(filters.messages) ? { sources: [filters.messages] } : {}),
      ...(filters.product ? { products: [filters.product] } : {}),
    },
    "month",
  );
  return points.map((point) => ({
    key: point.period,
    label: monthLabel(locale, point.period),
    k: point.negative,
    n: point.total,
  }));
}

/** The products messages were counted under, for the product filter. */
export async function sentimentProducts(ctx: AppContext): Promise<string[]> {
  return (await sentimentDimensions(ctx)).products;
}

/** The Conversation Index of the last twelve whole weeks, oldest first. */
export function indexWeeks(ctx: AppContext): Promise<ConversationIndexWeek[]> {
  return conversationIndexWeeks(ctx, lastWeeks(parisDay(ctx.clock.now()), 12));
}
