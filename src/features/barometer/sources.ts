import { addMonthsClamped, isoDay, parisDay, startOfParisDay } from "../../calendar/index.ts";
import type { AppContext } from "../../platform/context.ts";
import { isOneOf } from "../../platform/one-of.ts";
import { satisfactionAfterResolution } from "../inbox/index.ts";
import {
  CHANNELS,
  type Channel,
  type ResultsFilter,
  respondentRows,
  barometerWaves as surveyWaves,
  TRUSTING,
  waveResults,
} from "../surveys/index.ts";
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

/**
 * Satisfaction after resolution per Paris month of the period, as values 1 to 5 (from the
 * inbox's counts per rating); an advisor's own when `assigneeId` is given.
 */
export async function satisfactionPeriods(
  ctx: AppContext,
  filters: DashboardFilters,
  assigneeId?: number,
): Promise<{ key: string; label: string; values: number[] }[]> {
  const now = ctx.clock.now();
  const today = parisDay(now);
  const months = await satisfactionAfterResolution(ctx, {
    from: startOfParisDay(
      filters.period === "tout"
        ? { year: 2000, month: 1, day: 1 }
        : addMonthsClamped({ ...today, day: 1 }, -Number(filters.period)),
    ),
    to: now,
    ...(assigneeId === undefined ? {} : { assigneeId }),
  });
  return months.map((month) => ({
    key: month.month,
    label: month.month,
    values: month.counts.flatMap((count, rating) => Array.from({ length: count }, () => rating + 1)),
  }));
}

/** The Conversation Index's latest week (features/barometer/conversation-index*), or null until measured. */
export async function latestConversationIndex(
  _ctx: AppContext,
): Promise<{ week: string; components: { key: string; value: number | null }[] } | null> {
  return null;
}
