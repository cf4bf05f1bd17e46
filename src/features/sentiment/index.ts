import type { Feature } from "../../platform/feature.ts";
import { en } from "./messages/en.ts";
import { fr } from "./messages/fr.ts";

/**
 * The sentiment of what clients say, wherever they say it (docs/barometer.md): every public
 * post, private message, review and free-text survey answer, read by the one classifier
 * (src/text/classifier), stored per message and counted per day, source, category and product.
 *
 * Sources that publish in a transaction of their own record with `recordSentiment` (reviews,
 * survey answers); the community's posts and the inbox's messages are caught up by a schedule.
 * The barometer reads the figures through the queries below.
 */
export { sentimentDrivers } from "./drivers.ts";
export * from "./model.ts";
export { sentimentBreakdown, sentimentDimensions, sentimentSeries } from "./queries.ts";
export { type Recorded, recordSentiment, recordSentiments } from "./record.ts";

export const sentimentFeature: Feature = {
  name: "sentiment",
  messages: { fr, en },
};
