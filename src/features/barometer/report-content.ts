import { parisDay } from "../../calendar/index.ts";
import type { AppContext } from "../../platform/context.ts";
import { i18nFor } from "../../platform/i18n/index.ts";
import { maskedForPublication } from "../../text/personal-data-masking.ts";
import { yearlySummary } from "../inbox/index.ts";
import { dashboardOf } from "./dashboard.ts";
import { lastShown } from "./figures.ts";
import { figureOf, type TrustReportContent } from "./report.ts";
import { latestConversationIndex } from "./sources.ts";
import { DIMENSIONS } from "./weighting.ts";

/**
 * What the report would say if published now: the latest wave with a figure (every source,
 * clients and not), the change since the wave before, the method, the Conversation Index's
 * latest week and this year's complaints. Frozen into the version when published.
 */
export async function reportContentNow(ctx: AppContext): Promise<TrustReportContent | null> {
  const dashboard = await dashboardOf(ctx, { period: "tout", source: "", client: "tous", product: "" });
  const index = lastShown(dashboard.trust);
  const point = dashboard.trust.points[index];
  if (!point) return null;
  const year = parisDay(ctx.clock.now()).year;
  const lines = await yearlySummary(ctx, year);
  const total = (pick: (line: (typeof lines)[number]) => number) =>
    lines.reduce((sum, l) => sum + pick(l), 0);
  const step = dashboard.trust.steps[index] ?? null;
  // Wave names are typed by staff: published, they pass the masking like every published text.
  const mask = (text: string) =>
    maskedForPublication(i18nFor(ctx.config.defaultLocale), text, {
      publicNumbers: ctx.config.bankPhoneNumbers,
    });
  return {
    wave: { label: mask(point.label) },
    trust: figureOf(point),
    trustChange: step
      ? { from: mask(step.from), difference: step.difference, p: step.p, verdict: step.verdict }
      : null,
    nps: figureOf(dashboard.nps.points[index]),
    method: {
      weighted: dashboard.settings.targets !== null,
      minimumN: dashboard.settings.minimumN,
      dimensions: dashboard.settings.targets ? DIMENSIONS : [],
    },
    conversationIndex: await latestConversationIndex(ctx),
    complaints:
      lines.length === 0
        ? null
        : {
            year,
            received: total((l) => l.received),
            answered: total((l) => l.answered),
            answeredInTime: total((l) => l.answeredInTime),
            medianDays: null,
          },
  };
}
