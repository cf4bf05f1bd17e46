import type { Feature } from "../../platform/feature.ts";
import { watchSubmissions } from "../surveys/index.ts";
import { sentimentSchedule, surveyResponseInput } from "./catch-up.ts";
import { en } from "./messages/en.ts";
import { fr } from "./messages/fr.ts";
import { recordSentiments } from "./record.ts";

/**
 * The sentiment of what clients say, wherever they say it (docs/barometer.md): every public
 * post, private message, review and free-text survey answer, read by the one classifier
 * (src/text/classifier), stored per message and counted per day, source, category and product.
 *
 * Reviews record theirs with `recordSentiment` in their own transaction; a survey response's
 * free-text answers are recorded as it is submitted (watchSubmissions); the community's posts
 * and the inbox's messages are caught up every minute, and all of them by the backfill.
 * The barometer reads the figures through the queries below.
 */
export { backfillSentiment, catchUpSentiment } from "./catch-up.ts";
export { previousPeriod, sentimentDrivers } from "./drivers.ts";
export * from "./model.ts";
export { sentimentBreakdown, sentimentDimensions, sentimentSeries } from "./queries.ts";
export { type Recorded, recordSentiment, recordSentiments } from "./record.ts";

// In the submitting transaction: the answers and their sentiment are written together.
watchSubmissions(async (ctx, submitted) => {
  await recordSentiments(
    ctx.db,
    surveyResponseInput({
      responseId: submitted.responseId,
      at: submitted.at,
      texts: submitted.texts.map((answer) => answer.text),
    }),
  );
});

export const sentimentFeature: Feature = {
  name: "sentiment",
  messages: { fr, en },
  schedules: (ctx) => [sentimentSchedule(ctx)],
};
