import type { FastifyInstance } from "fastify";
import { authorizedActor, guardRoutes } from "../../../platform/auth/access.ts";
import { sendRedirect } from "../../../platform/auth/guards.ts";
import type { AppContext } from "../../../platform/context.ts";
import { field, safeNextPath } from "../../../platform/http/forms.ts";
import { sendHtml, setFlash, viewContext } from "../../../platform/http/render.ts";
import { inbox } from "../policy.ts";
import { AVAILABILITY_PATH, AvailabilityPage } from "./availability-views.tsx";
import { ownAvailability, setOwnAvailability } from "./teams.ts";

/** Everyone who works the inbox says whether they take new conversations now (their own rows only). */
export async function availabilityRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  guardRoutes(app, inbox.work);

  app.get(AVAILABILITY_PATH, async (request, reply) => {
    const actor = authorizedActor(request);
    return sendHtml(
      reply,
      <AvailabilityPage v={viewContext(ctx, request, reply)} teams={await ownAvailability(ctx, actor.id)} />,
    );
  });

  app.post(AVAILABILITY_PATH, async (request, reply) => {
    const available = field(request, "available") === "1";
    await setOwnAvailability(ctx, authorizedActor(request), available);
    setFlash(ctx, reply, available ? "inbox.availability.nowAvailable" : "inbox.availability.nowAway");
    return sendRedirect(reply, safeNextPath(field(request, "back"), ctx.config.baseUrl, AVAILABILITY_PATH));
  });
}
