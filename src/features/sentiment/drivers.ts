import type { AppContext } from "../../platform/context.ts";
import type { SentimentDriver, SentimentFilter } from "./model.ts";

/**
 * The words over-represented in negative messages over the filter's days against as many days
 * just before (log-odds ratio with an informative Dirichlet prior, src/stats `logOddsDrivers`),
 * each with a few of the messages that hold it. Filled once src/stats lands.
 */
export async function sentimentDrivers(
  _ctx: AppContext,
  _filter: SentimentFilter,
  _options: { limit?: number } = {},
): Promise<SentimentDriver[]> {
  return [];
}
