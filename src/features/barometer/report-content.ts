import { parisDay } from "../../calendar/index.ts";
import type { AppContext } from "../../platform/context.ts";
import { i18nFor } from "../../platform/i18n/index.ts";
import { maskedForPublication } from "../../text/personal-data-masking.ts";
import { yearlySummary } from "../inbox/index.ts";
import { COMPONENTS, type ConversationIndexWeek } from "./conversation-index.ts";
import { dashboardOf } from "./dashboard.ts";
import { lastShown } from "./figures.ts";
import { NO_FILTERS } from "./filters.ts";
import { figureOf, type TrustReportContent } from "./report.ts";
import { DIMENSIONS } from "./weighting.ts";

/**
 * What the report would say if published now: the latest wave with a figure (every source,
 * clients and not), the change since the wave before, the method, the Conversation Index's
 * latest week and this year's complaints. Frozen into the version when published.
 */
export async function reportContentNow(ctx: AppContext): Promise<TrustReportContent | null> {
  const dashboard = await dashboardOf(ctx, NO_FILTERS, ctx.config.defaultLocale);
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
    conversationIndex: latestIndex(dashboard.index),
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

/** The latest week the index was measured, with its components in the order docs/barometer.md gives. */
function latestIndex(weeks: readonly ConversationIndexWeek[]): TrustReportContent["conversationIndex"] {
  const week = [...weeks].reverse().find((w) => w.index !== null);
  if (!week || week.index === null) return null;
  return {
    week: week.week,
    index: week.index,
    components: COMPONENTS.flatMap((name) => {
      const component = week.components[name];
      return component
        ? [
            {
              name,
              value: component.value,
              ci95: component.ci95,
              n: component.n,
              verdict: component.trend?.verdict ?? null,
            },
          ]
        : [];
    }),
  };
}
