import type { FastifyInstance } from "fastify";
import { guardRoutes } from "../../../platform/auth/access.ts";
import type { AppContext } from "../../../platform/context.ts";
import { csvDocument } from "../../../platform/csv.ts";
import { notFound } from "../../../platform/http/errors.ts";
import { queryParam } from "../../../platform/http/forms.ts";
import { sendHtml, viewContext } from "../../../platform/http/render.ts";
import { isOneOf } from "../../../platform/one-of.ts";
import { inbox } from "../policy.ts";
import { REPORT_PERIODS, type ReportPeriod, reportFigures } from "./figures.ts";
import { REPORT_TABLES, reportTables } from "./tables.ts";
import { REPORTS_PATH, ReportsPage } from "./views.tsx";

const period = (raw: string): ReportPeriod => REPORT_PERIODS.find((days) => String(days) === raw) ?? 30;

/** The inbox's reports (`inbox.reports`): the page with its charts and tables, each table as CSV. */
export async function reportRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  guardRoutes(app, inbox.reports);

  app.get(REPORTS_PATH, async (request, reply) => {
    const figures = await reportFigures(ctx, period(queryParam(request, "jours")));
    return sendHtml(reply, <ReportsPage v={viewContext(ctx, request, reply)} figures={figures} />);
  });

  app.get(`${REPORTS_PATH}.csv`, async (request, reply) => {
    const name = queryParam(request, "tableau");
    if (!isOneOf(REPORT_TABLES, name)) throw notFound();
    const days = period(queryParam(request, "jours"));
    const table = reportTables(await reportFigures(ctx, days), request.i18n)[name];
    return reply
      .header("content-disposition", `attachment; filename="boite-${name}-${days}-jours.csv"`)
      .type("text/csv; charset=utf-8")
      .send(csvDocument(table.columns, table.rows));
  });
}
