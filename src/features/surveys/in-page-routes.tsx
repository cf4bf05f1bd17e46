import type { FastifyInstance } from "fastify";
import { authorizedActor, guardRoutes } from "../../platform/auth/access.ts";
import { sendRedirect } from "../../platform/auth/guards.ts";
import type { AppContext } from "../../platform/context.ts";
import { notFound } from "../../platform/http/errors.ts";
import { field, idParam, safeNextPath } from "../../platform/http/forms.ts";
import { setFlash } from "../../platform/http/render.ts";
import { dismissInPage, forgetInPage } from "./in-page-invitations.ts";
import { beginInPageAnswer } from "./invitations-answer.ts";
import { responsePath } from "./paths.ts";
import { surveysAccess } from "./policy.ts";

/** The invitation on the site: following it begins (or takes up) the member's draft; "non merci" puts it away. */
export async function inPageRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  guardRoutes(app, surveysAccess.answerInPage);

  app.post<{ Params: { id: string } }>("/sondages/invitation-site/:id", async (request, reply) => {
    const actor = authorizedActor(request);
    const key = await beginInPageAnswer(
      ctx,
      { id: actor.id, locale: actor.locale ?? request.i18n.locale },
      idParam(request),
    );
    forgetInPage(ctx, actor.id);
    if (key) return sendRedirect(reply, responsePath(key));
    setFlash(ctx, reply, "surveys.invitations.banner.gone");
    return sendRedirect(reply, "/");
  });

  app.post<{ Params: { id: string } }>("/sondages/invitation-site/:id/non-merci", async (request, reply) => {
    const actor = authorizedActor(request);
    if (!(await dismissInPage(ctx, actor.id, idParam(request)))) throw notFound();
    setFlash(ctx, reply, "surveys.invitations.banner.dismissed");
    return sendRedirect(reply, safeNextPath(field(request, "next"), ctx.config.baseUrl));
  });
}
