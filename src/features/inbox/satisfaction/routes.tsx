import type { FastifyInstance } from "fastify";
import { guardRoutes, publicAccess } from "../../../platform/auth/access.ts";
import type { AppContext } from "../../../platform/context.ts";
import { field } from "../../../platform/http/forms.ts";
import { sendHtml, viewContext } from "../../../platform/http/render.ts";
import { secretAddress } from "../../../platform/http/secret-address.ts";
import { answerSurvey, type SurveyState, surveyState } from "./survey.ts";
import { SurveyOutcomePage, SurveyPage } from "./views.tsx";

/** A link that no longer asks anything: unknown (404), already answered or too old (410). */
const STATUS: Record<Exclude<SurveyState, "open">, number> = { unknown: 404, answered: 410, expired: 410 };

/** The survey's public page: the link from the e-mail is the only key (single use). */
export async function satisfactionRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  guardRoutes(app, publicAccess);

  app.get<{ Params: { token: string } }>("/satisfaction/:token", secretAddress(), async (request, reply) => {
    const v = viewContext(ctx, request, reply);
    const state = await surveyState(ctx, request.params.token);
    if (state !== "open") return sendHtml(reply, <SurveyOutcomePage v={v} state={state} />, STATUS[state]);
    return sendHtml(reply, <SurveyPage v={v} token={request.params.token} />);
  });

  app.post<{ Params: { token: string } }>("/satisfaction/:token", secretAddress(), async (request, reply) => {
    const v = viewContext(ctx, request, reply);
    const typed = { rating: field(request, "rating"), comment: field(request, "comment") };
    const outcome = await answerSurvey(ctx, request.params.token, typed);
    if (outcome.ok) return sendHtml(reply, <SurveyOutcomePage v={v} state="thanks" />);
    if ("errors" in outcome)
      return sendHtml(
        reply,
        <SurveyPage v={v} token={request.params.token} typed={typed} errors={outcome.errors} />,
        422,
      );
    const state = outcome.state === "open" ? "unknown" : outcome.state;
    return sendHtml(reply, <SurveyOutcomePage v={v} state={state} />, STATUS[state]);
  });
}
