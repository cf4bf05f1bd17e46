import type { FastifyInstance } from "fastify";
import { authorizedActor, guardRoutes } from "../../platform/auth/access.ts";
import type { AppContext } from "../../platform/context.ts";
import { sendHtml, viewContext } from "../../platform/http/render.ts";
import type { ViewContext } from "../../platform/views/context.ts";
import { Layout } from "../../platform/views/layout.tsx";
import { FigureSection } from "./figure-section.tsx";
import { meanSeries, type Series } from "./figures.ts";
import { NO_FILTERS } from "./filters.ts";
import { OWN_SATISFACTION_PATH } from "./paths.ts";
import { barometer } from "./policy.ts";
import { barometerSettingsOf } from "./settings.ts";
import { satisfactionPeriods } from "./sources.ts";
import { seriesTable } from "./tables.ts";

/**
 * An advisor's own satisfaction after resolution: the conversations assigned to them, per month,
 * under the same minimum of answers as the barometer; nobody else's figures.
 */
export async function ownSatisfactionRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  guardRoutes(app, barometer.ownSatisfaction);

  app.get(OWN_SATISFACTION_PATH, async (request, reply) => {
    const actor = authorizedActor(request);
    const { minimumN } = await barometerSettingsOf(ctx);
    const periods = await satisfactionPeriods(
      ctx,
      { ...NO_FILTERS, period: "12" },
      request.i18n.locale,
      actor.id,
    );
    const series = meanSeries(periods, { minimumN });
    return sendHtml(
      reply,
      <OwnSatisfactionPage v={viewContext(ctx, request, reply)} series={series} minimumN={minimumN} />,
    );
  });
}

function OwnSatisfactionPage({ v, series, minimumN }: { v: ViewContext; series: Series; minimumN: number }) {
  const { t } = v.i18n;
  return (
    <Layout v={v} title={t("barometer.own.title")}>
      <h1>{t("barometer.own.title")}</h1>
      <p>{t("barometer.own.intro", { minimum: minimumN })}</p>
      <FigureSection
        v={v}
        heading={t("barometer.satisfaction.heading")}
        about={t("barometer.satisfaction.about")}
        series={series}
        table={seriesTable(
          v.i18n,
          "satisfaction",
          t("barometer.table.satisfaction"),
          series,
          "scale",
          minimumN,
        )}
        unit="scale"
      />
    </Layout>
  );
}
