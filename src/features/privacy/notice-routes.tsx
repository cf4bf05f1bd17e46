import type { FastifyInstance } from "fastify";
import type { AppContext } from "../../platform/context.ts";
import { sendHtml, viewContext } from "../../platform/http/render.ts";
import { PrivacyNoticePage } from "./notice-view.tsx";
import { registerEntries } from "./register.ts";

/** The privacy notice every footer links to, read from the register the DPO keeps. */
export async function noticeRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
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
