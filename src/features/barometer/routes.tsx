import type { FastifyInstance } from "fastify";
import { guardRoutes } from "../../platform/auth/access.ts";
import type { AppContext } from "../../platform/context.ts";
import { csvDocument } from "../../platform/csv.ts";
import { notFound } from "../../platform/http/errors.ts";
import { queryParam } from "../../platform/http/forms.ts";
import { sendHtml, viewContext } from "../../platform/http/render.ts";
import { isOneOf } from "../../platform/one-of.ts";
import { dashboardOf } from "./dashboard.ts";
import { filtersFrom } from "./filters.ts";
import { BAROMETER_PATH } from "./paths.ts";
import { barometer } from "./policy.ts";
import { FIGURES } from "./tables.ts";
import { DashboardPage, dashboardTables } from "./views.tsx";

/** `/admin/barometre` (`barometer.read`): every figure with its chart, its table and its CSV. */
export async function dashboardRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  guardRoutes(app, barometer.read);

  app.get(BAROMETER_PATH, async (request, reply) => {
    const filters = filtersFrom((name) => queryParam(request, name));
    const dashboard = await dashboardOf(ctx, filters, request.i18n.locale, {
      from: queryParam(request, "de"),
      to: queryParam(request, "a"),
    });
    return sendHtml(reply, <DashboardPage v={viewContext(ctx, request, reply)} dashboard={dashboard} />);
  });

  app.get(`${BAROMETER_PATH}.csv`, async (request, reply) => {
    const name = queryParam(request, "figure");
    if (!isOneOf(FIGURES, name)) throw notFound();
    const filters = filtersFrom((param) => queryParam(request, param));
    const table = dashboardTables(await dashboardOf(ctx, filters, request.i18n.locale), request.i18n)[name];
    if (!table) throw notFound();
    return reply
      .header("content-disposition", `attachment; filename="barometre-${name}.csv"`)
      .type("text/csv; charset=utf-8")
      .send(csvDocument(table.columns, table.rows));
  });
}
