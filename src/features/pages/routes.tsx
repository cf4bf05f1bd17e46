import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { guardRoutes, publicAccess } from "../../platform/auth/access.ts";
import type { AppContext } from "../../platform/context.ts";
import { sendHtml, viewContext } from "../../platform/http/render.ts";
import { AccessibilityPage, LegalPage } from "./views/pages.tsx";

/** The pages every footer links to. */
export async function pageRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  // Pages anyone may read.
  guardRoutes(app, publicAccess);
  const v = (request: FastifyRequest, reply: FastifyReply) => viewContext(ctx, request, reply);
  app.get("/accessibilite", async (request, reply) =>
    sendHtml(reply, <AccessibilityPage v={v(request, reply)} contact={ctx.config.accessibilityContact} />),
  );
  app.get("/mentions-legales", async (request, reply) =>
    sendHtml(reply, <LegalPage v={v(request, reply)} />),
  );
}
