import type { FastifyInstance } from "fastify";
import { guardRoutes, publicAccess } from "../../../platform/auth/access.ts";
import type { AppContext } from "../../../platform/context.ts";
import { sendHtml, viewContext } from "../../../platform/http/render.ts";
import { PrivacyNoticePage } from "./notice-view.tsx";
import { registerEntries } from "./register.ts";

/** The privacy notice every footer links to, read from the register the DPO keeps. */
export async function noticeRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  // The privacy notice is for everyone.
  guardRoutes(app, publicAccess);
  app.get("/confidentialite", async (request, reply) =>
    sendHtml(
      reply,
      <PrivacyNoticePage
        v={viewContext(ctx, request, reply)}
        register={await registerEntries(ctx.db)}
        dpoContact={ctx.config.dpoContact}
        cookieMonths={ctx.config.cookieChoiceMonths}
      />,
    ),
  );
}
