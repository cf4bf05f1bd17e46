import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { authorizedActor, guardRoutes } from "../../platform/auth/access.ts";
import { sendRedirect } from "../../platform/auth/guards.ts";
import type { AppContext } from "../../platform/context.ts";
import { field } from "../../platform/http/forms.ts";
import { sendHtml, setFlash, viewContext } from "../../platform/http/render.ts";
import { SETTINGS_PATH } from "./paths.ts";
import { barometer } from "./policy.ts";
import { barometerSettingsOf, saveSettings, type TypedSettings, targetField } from "./settings.ts";
import { SettingsPage, typedFrom } from "./settings-views.tsx";
import { DIMENSIONS, WEIGHTING_DIMENSIONS } from "./weighting.ts";

/** The weighting targets and the minimum n (`barometer.configure`). Refused targets come back as typed. */
export async function settingsRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  guardRoutes(app, barometer.configure);
  const page = (request: FastifyRequest, reply: FastifyReply) =>
    barometerSettingsOf(ctx).then((settings) =>
      sendHtml(reply, <SettingsPage v={viewContext(ctx, request, reply)} typed={typedFrom(settings)} />),
    );

  app.get(SETTINGS_PATH, page);

  app.post(SETTINGS_PATH, async (request, reply) => {
    const typed: Record<string, string> = {
      weighting: field(request, "weighting"),
      minimumN: field(request, "minimumN"),
    };
    for (const dimension of DIMENSIONS)
      for (const category of WEIGHTING_DIMENSIONS[dimension])
        typed[targetField(dimension, category)] = field(request, targetField(dimension, category));
    const outcome = await saveSettings(ctx, authorizedActor(request), typed as TypedSettings);
    if (!outcome.ok)
      return sendHtml(
        reply,
        <SettingsPage
          v={viewContext(ctx, request, reply)}
          typed={typed}
          errors={outcome.errors}
          sums={outcome.sums}
        />,
        422,
      );
    setFlash(ctx, reply, "barometer.settings.saved");
    return sendRedirect(reply, SETTINGS_PATH);
  });
}
