import type { Locale } from "../../config.ts";
import type { AppContext } from "../../platform/context.ts";
import { lessFiltered, periodsWithComplements, wavesWithComplements } from "./complements.ts";
import type { ConversationIndexWeek } from "./conversation-index.ts";
import {
  meanSeries,
  npsSeries,
  type Series,
  type Step,
  shareSeries,
  trustSeries,
  type WaveRows,
} from "./figures.ts";
import type { DashboardFilters } from "./filters.ts";
import { type BarometerSettings, barometerSettingsOf } from "./settings.ts";
import {
  barometerSources,
  barometerWaves,
  indexWeeks,
  satisfactionPeriods,
  sentimentPeriods,
  sentimentProducts,
} from "./sources.ts";
import type { Channel } from "./weighting.ts";

/**
 * What `/admin/barometre` shows for the filters chosen: every series with its intervals and
 * verdicts, and the change between any two waves the reader picks.
 */
export interface Comparison {
  a: WaveRows;
  b: WaveRows;
  trust: Step | null;
  nps: Step | null;
}

export interface Dashboard {
  filters: DashboardFilters;
  settings: BarometerSettings;
  waves: WaveRows[];
  /** The channels answers came through, for the source filter. */
  sources: readonly Channel[];
  trust: Series;
  nps: Series;
  satisfaction: Series;
  /** Share of negative messages per month. */
  sentiment: Series;
  /** The products messages were counted under, for the product filter. */
  products: string[];
  /** The Conversation Index of the last twelve whole weeks. */
  index: ConversationIndexWeek[];
  comparison: Comparison | null;
  /** The reader picked the same wave twice: said in words, nothing compared. */
  sameWave: boolean;
}

/** Two waves' change, judged only when both have enough answers (the same rule as the series). */
function compare(a: WaveRows, b: WaveRows, settings: BarometerSettings): Comparison {
  const options = { minimumN: settings.minimumN, targets: settings.targets };
  const trust = trustSeries([a, b], options);
  const nps = npsSeries([a, b], options);
  return { a, b, trust: trust.steps[1] ?? null, nps: nps.steps[1] ?? null };
}

export async function dashboardOf(
  ctx: AppContext,
  filters: DashboardFilters,
  locale: Locale,
  picked: { from: string; to: string } = { from: "", to: "" },
): Promise<Dashboard> {
  const settings = await barometerSettingsOf(ctx);
  const waves = wavesWithComplements(
    await barometerWaves(ctx, filters, settings.targets !== null),
    await Promise.all(lessFiltered(filters, ["source", "client"]).map((wider) => barometerWaves(ctx, wider))),
  );
  const sentiment = periodsWithComplements(
    await sentimentPeriods(ctx, filters, locale),
    await Promise.all(
      lessFiltered(filters, ["messages", "product"]).map((wider) => sentimentPeriods(ctx, wider, locale)),
    ),
  );
  const options = { minimumN: settings.minimumN, targets: settings.targets };
  const a = waves.find((wave) => String(wave.id) === picked.from);
  const b = waves.find((wave) => String(wave.id) === picked.to);
  return {
    filters,
    settings,
    waves,
    sources: await barometerSources(ctx),
    trust: trustSeries(waves, options),
    nps: npsSeries(waves, options),
    satisfaction: meanSeries(await satisfactionPeriods(ctx, filters, locale), settings),
    sentiment: shareSeries(sentiment, settings),
    products: await sentimentProducts(ctx),
    index: await indexWeeks(ctx),
    comparison: a && b && a !== b ? compare(a, b, settings) : null,
    sameWave: a !== undefined && a === b,
  };
}
