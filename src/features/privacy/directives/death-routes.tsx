import type { FastifyInstance } from "fastify";
import { authorizedActor, guardRoutes } from "../../../platform/auth/access.ts";
import { sendRedirect } from "../../../platform/auth/guards.ts";
import type { AppContext } from "../../../platform/context.ts";
import { field, idParam } from "../../../platform/http/forms.ts";
import { sendHtml, setFlash, viewContext } from "../../../platform/http/render.ts";
import { dpoDesk } from "../policy.ts";
import { DeathReportsPage } from "./directive-views.tsx";
import { deathReportList, executeDirectives, reportDeath } from "./directives.ts";

/** The DPO's workflow for a reported death: record it, then execute the member's directives. */
export async function deathRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  guardRoutes(app, dpoDesk.handleRequests);

  app.get("/admin/deces", async (request, reply) => {
    return sendHtml(
      reply,
      <DeathReportsPage v={viewContext(ctx, request, reply)} reports={await deathReportList(ctx)} />,
    );
  });

  app.post("/admin/deces", async (request, reply) => {
    const actor = authorizedActor(request);
    const values = { email: field(request, "email"), evidence: field(request, "evidence") };
    const outcome = await reportDeath(ctx, actor, values);
    if (!outcome.ok)
      return sendHtml(
        reply,
        <DeathReportsPage
          v={viewContext(ctx, request, reply)}
          reports={await deathReportList(ctx)}
          values={values}
          errors={outcome.errors}
        />,
        422,
      );
    setFlash(ctx, reply, "death.reported");
    return sendRedirect(reply, "/admin/deces");
  });

  app.post<{ Params: { id: string } }>("/admin/deces/:id/executer", async (request, reply) => {
    const actor = authorizedActor(request);
    await executeDirectives(ctx, actor, idParam(request));
    setFlash(ctx, reply, "death.done");
    return sendRedirect(reply, "/admin/deces");
  });
}
