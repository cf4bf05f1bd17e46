import type { FastifyInstance, FastifyRequest } from "fastify";
import { authorizedActor, guardRoutes, publicAccess } from "../../platform/auth/access.ts";
import { sendRedirect } from "../../platform/auth/guards.ts";
import type { AppContext } from "../../platform/context.ts";
import { notFound } from "../../platform/http/errors.ts";
import { positiveId } from "../../platform/http/forms.ts";
import { sendHtml, setFlash, viewContext } from "../../platform/http/render.ts";
import { REPORT_ADMIN_PATH } from "./paths.ts";
import { barometer } from "./policy.ts";
import {
  publishedReport,
  publishReport,
  REPORT_PATH,
  REPORT_SCOPE,
  reportVersion,
  reportVersions,
  withdrawReport,
} from "./report.ts";
import { reportContentNow } from "./report-content.ts";
import { PublicReportPage, ReportAdminPage } from "./report-views.tsx";

/** Staff publish the public trust report (`barometer.publish`): a new version each time, archived. */
export async function reportAdminRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  guardRoutes(app, barometer.publish);

  app.get(REPORT_ADMIN_PATH, async (request, reply) => {
    const published = await publishedReport(ctx);
    return sendHtml(
      reply,
      <ReportAdminPage
        v={viewContext(ctx, request, reply)}
        preview={await reportContentNow(ctx)}
        published={published}
        versions={await reportVersions(ctx)}
      />,
    );
  });

  app.post(`${REPORT_ADMIN_PATH}/publier`, async (request, reply) => {
    const content = await reportContentNow(ctx);
    if (!content) {
      setFlash(ctx, reply, "barometer.report.nothingToPublish");
      return sendRedirect(reply, REPORT_ADMIN_PATH);
    }
    await publishReport(ctx, authorizedActor(request), content);
    setFlash(ctx, reply, "barometer.report.published");
    return sendRedirect(reply, REPORT_ADMIN_PATH);
  });

  app.post(`${REPORT_ADMIN_PATH}/retirer`, async (request, reply) => {
    const withdrawn = await withdrawReport(ctx, authorizedActor(request));
    setFlash(ctx, reply, withdrawn ? "barometer.report.withdrawn" : "barometer.report.notPublished");
    return sendRedirect(reply, REPORT_ADMIN_PATH);
  });
}

/** The public report: for everyone while published, a 404 otherwise; kept for visitors until it changes. */
export async function publicReportRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  guardRoutes(app, publicAccess);

  const show = async (request: FastifyRequest, reply: Parameters<typeof sendHtml>[0], version?: number) => {
    const latest = await publishedReport(ctx);
    const report = version === undefined ? latest : await reportVersion(ctx, version);
    if (!latest || !report) throw notFound();
    return sendHtml(
      reply,
      <PublicReportPage
        v={viewContext(ctx, request, reply)}
        version={report.version}
        publishedAt={report.publishedAt}
        latest={report.version === latest.version}
        content={report.content}
        versions={(await reportVersions(ctx)).filter((line) => line.withdrawnAt === null)}
      />,
    );
  };

  app.get(REPORT_PATH, (request, reply) =>
    ctx.publicPages.serve(request, reply, () => show(request, reply), [REPORT_SCOPE]),
  );

  app.get<{ Params: { version: string } }>(`${REPORT_PATH}/versions/:version`, (request, reply) => {
    const version = positiveId(request.params.version);
    if (!version) throw notFound();
    return ctx.publicPages.serve(request, reply, () => show(request, reply, version), [REPORT_SCOPE]);
  });
}
