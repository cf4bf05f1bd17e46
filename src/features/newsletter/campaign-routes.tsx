import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { parisLocalTime } from "../../calendar/index.ts";
import { authorizedActor, guardRoutes } from "../../platform/auth/access.ts";
import type { Actor } from "../../platform/auth/actor.ts";
import { sendRedirect } from "../../platform/auth/guards.ts";
import type { AppContext } from "../../platform/context.ts";
import { field, fields, idParam } from "../../platform/http/forms.ts";
import { pageAsked } from "../../platform/http/paging.ts";
import { sendHtml, setFlash, viewContext } from "../../platform/http/render.ts";
import type { FieldErrors } from "../../platform/views/components.tsx";
import { publicProfiles } from "../accounts/index.ts";
import { CampaignFormPage, CampaignListPage, CampaignPage } from "./campaign-views.tsx";
import {
  approveCampaign,
  type CampaignInput,
  campaignReport,
  findCampaign,
  listCampaigns,
  mayApprove,
  returnToDraft,
  saveCampaign,
  sendTest,
  submitCampaign,
} from "./campaigns.ts";
import { listsWithCounts, normaliseTags } from "./contacts.ts";
import { runNewsletter } from "./policy.ts";

/** The newsletter desk: write, test, submit, approve (someone else), follow the report. */
export async function campaignRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  guardRoutes(app, runNewsletter);
  const v = (request: FastifyRequest, reply: FastifyReply) => viewContext(ctx, request, reply);
  const input = (request: FastifyRequest): CampaignInput => ({
    subjectFr: field(request, "subjectFr"),
    bodyFr: field(request, "bodyFr"),
    subjectEn: field(request, "subjectEn"),
    bodyEn: field(request, "bodyEn"),
    listIds: fields(request, "list")
      .map(Number)
      .filter((id) => Number.isInteger(id) && id > 0),
    tags: normaliseTags(field(request, "tags")),
  });
  const empty: CampaignInput = {
    subjectFr: "",
    bodyFr: "",
    subjectEn: "",
    bodyEn: "",
    listIds: [],
    tags: [],
  };
  const form = async (
    request: FastifyRequest,
    reply: FastifyReply,
    id: number | null,
    values: CampaignInput,
    errors?: FieldErrors,
  ) =>
    sendHtml(
      reply,
      <CampaignFormPage
        v={v(request, reply)}
        id={id}
        values={values}
        lists={await listsWithCounts(ctx)}
        {...(errors ? { errors } : {})}
      />,
      errors ? 422 : 200,
    );
  const page = (id: number) => `/admin/lettres/${id}`;

  app.get("/admin/lettres", async (request, reply) => {
    const actor = authorizedActor(request);
    return sendHtml(
      reply,
      <CampaignListPage v={v(request, reply)} page={await listCampaigns(ctx, actor, pageAsked(request))} />,
    );
  });

  app.get("/admin/lettres/nouvelle", async (request, reply) => {
    return form(request, reply, null, empty);
  });

  app.post("/admin/lettres/nouvelle", async (request, reply) => {
    const actor = authorizedActor(request);
    const values = input(request);
    const outcome = await saveCampaign(ctx, actor, null, values);
    if (!outcome.ok) return form(request, reply, null, values, outcome.errors);
    return sendRedirect(reply, page(outcome.value));
  });

  app.get<{ Params: { id: string } }>("/admin/lettres/:id", async (request, reply) => {
    const actor = authorizedActor(request);
    const campaign = await findCampaign(ctx, actor, idParam(request));
    const [report, authors] = await Promise.all([
      campaignReport(ctx, campaign),
      publicProfiles(ctx, [campaign.authorId]),
    ]);
    return sendHtml(
      reply,
      <CampaignPage
        v={v(request, reply)}
        campaign={campaign}
        report={report}
        mayApprove={mayApprove(actor, campaign)}
        authorName={authors.get(campaign.authorId)?.displayName ?? "—"}
      />,
    );
  });

  app.get<{ Params: { id: string } }>("/admin/lettres/:id/modifier", async (request, reply) => {
    const actor = authorizedActor(request);
    const campaign = await findCampaign(ctx, actor, idParam(request));
    return form(request, reply, campaign.id, campaign);
  });

  app.post<{ Params: { id: string } }>("/admin/lettres/:id/modifier", async (request, reply) => {
    const actor = authorizedActor(request);
    const values = input(request);
    const outcome = await saveCampaign(ctx, actor, idParam(request), values);
    if (!outcome.ok) return form(request, reply, idParam(request), values, outcome.errors);
    return sendRedirect(reply, page(outcome.value));
  });

  const step = (
    path: string,
    run: (actor: Actor, id: number, request: FastifyRequest) => Promise<void>,
    flash: Parameters<typeof setFlash>[2],
  ) =>
    app.post<{ Params: { id: string } }>(`/admin/lettres/:id/${path}`, async (request, reply) => {
      const actor = authorizedActor(request);
      await run(actor, idParam(request), request);
      setFlash(ctx, reply, flash);
      return sendRedirect(reply, page(idParam(request)));
    });
  step("test", (actor, id) => sendTest(ctx, actor, id), "campaign.tested");
  step("soumettre", (actor, id) => submitCampaign(ctx, actor, id), "campaign.submitted");
  step("renvoyer", (actor, id) => returnToDraft(ctx, actor, id), "campaign.returned");
  step(
    "approuver",
    (actor, id, request) => approveCampaign(ctx, actor, id, parisLocalTime(field(request, "sendAt")) ?? null),
    "campaign.approved",
  );
}
