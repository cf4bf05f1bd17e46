import type { AppContext } from "../../platform/context.ts";
import type { Feature } from "../../platform/feature.ts";
import { declareQueue } from "../../platform/jobs/jobs.ts";
import { watchSubmissions } from "../surveys/index.ts";
import { recordSurveyResponse, sentimentSchedule } from "./catch-up.ts";
import { en } from "./messages/en.ts";
import { fr } from "./messages/fr.ts";

/**
 * The sentiment of what clients say, wherever they say it (docs/barometer.md): every public
 * post, private message, review and free-text survey answer, read by the one classifier
 * (src/text/classifier), stored per message and counted per day, source, category and product.
 *
 * Reviews record theirs with `recordSentiment` in their own transaction; a survey response's
 * free-text answers by a job its submission queues (watchSubmissions); the community's posts
 * and the inbox's messages are caught up every minute, and all of them by the backfill.
 * The barometer reads the figures through the queries below.
 */
export { backfillSentiment, catchUpSentiment, recordSurveyResponse } from "./catch-up.ts";
export { previousPeriod, sentimentDrivers } from "./drivers.ts";
export * from "./model.ts";
export { sentimentBreakdown, sentimentDimensions, sentimentSeries } from "./queries.ts";
export { type Recorded, recordSentiment, recordSentiments } from "./record.ts";

/** A submitted survey response's free-text answers, recorded once the submission is committed. */
const RETRIES = { retryLimit: 5, retryDelay: 30, retryBackoff: true };
const SURVEY_QUEUE = declareQueue("sentiment-survey-responses", RETRIES);

// In the submitting transaction only a job is written (no lock shared between submissions).
watchSubmissions(async (ctx, submitted) => {
  if (submitted.texts.every((answer) => answer.text.trim() === "")) return;
  await ctx.jobs.sendWithin(ctx.db, SURVEY_QUEUE, { responseId: submitted.responseId });
});

async function startSentimentWorkers(ctx: AppContext): Promise<void> {
  await ctx.jobs.queue(SURVEY_QUEUE, RETRIES);
  await ctx.jobs.work<{ responseId: number }>(SURVEY_QUEUE, async (job) => {
    await recordSurveyResponse(ctx, job.responseId);
  });
}

export const sentimentFeature: Feature = {
  name: "sentiment",
  messages: { fr, en },
  startWorkers: startSentimentWorkers,
  schedules: (ctx) => [sentimentSchedule(ctx)],
};
