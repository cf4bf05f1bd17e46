import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { authorizedActor, guardRoutes } from "../../../platform/auth/access.ts";
import { sendRedirect } from "../../../platform/auth/guards.ts";
import type { AppContext } from "../../../platform/context.ts";
import { field } from "../../../platform/http/forms.ts";
import { sendHtml, setFlash, viewContext } from "../../../platform/http/render.ts";
import type { FieldErrors } from "../../../platform/views/components.tsx";
import { evidenceOf } from "../../consent/index.ts";
import {
  type DirectiveInput,
  directivesOf,
  revokeDirectives,
  saveDirectives,
} from "../directives/directives.ts";
import { personalData, personalDataZip } from "../erasure/export-archive.ts";
import { holder } from "../holders.ts";
import { ownData } from "../policy.ts";
import type { RequestValues } from "../requests/request-views.tsx";
import { askAsMember, requestsOf } from "../requests/requests.ts";
import { MyDataPage } from "./data-views.tsx";

/** A member's own data: the page that explains it, and the download (access and portability). */
export async function dataRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  guardRoutes(app, ownData);
  const page = async (
    request: FastifyRequest,
    reply: FastifyReply,
    form?: { values: RequestValues; errors: FieldErrors },
    directivesForm?: { values: DirectiveInput; errors: FieldErrors },
  ) => {
    const actor = authorizedActor(request);
    return sendHtml(
      reply,
      <MyDataPage
        v={viewContext(ctx, request, reply)}
        dpoContact={ctx.config.dpoContact}
        subscribed={await holder("subscriptions").isSubscribed(ctx, actor.email)}
        objected={await holder("subscriptions").hasObjected(ctx, actor.email)}
        requests={await requestsOf(ctx, { accountId: actor.id, email: actor.email })}
        values={form?.values}
        errors={form?.errors}
        directives={await directivesOf(ctx, actor.id)}
        directivesForm={directivesForm}
        now={ctx.clock.now()}
      />,
      form || directivesForm ? 422 : 200,
    );
  };
  app.get("/compte/donnees", (request, reply) => page(request, reply));

  // A member's request: the account proves who they are, so it is received at once.
  app.post("/compte/demandes", async (request, reply) => {
    const actor = authorizedActor(request);
    const values = { kind: field(request, "kind"), details: field(request, "details") };
    const outcome = await askAsMember(ctx, actor, { ...values, locale: actor.locale ?? request.i18n.locale });
    if (!outcome.ok) return page(request, reply, { values, errors: outcome.errors });
    setFlash(ctx, reply, "myData.requests.sent");
    return sendRedirect(reply, "/compte/donnees#demandes");
  });

  // Directives after death: their own setting and consent, changed or revoked in one step.
  app.post("/compte/directives", async (request, reply) => {
    const actor = authorizedActor(request);
    const values = {
      choice: field(request, "choice"),
      trusteeName: field(request, "trusteeName"),
      trusteeEmail: field(request, "trusteeEmail"),
      consent: field(request, "directivesConsent") === "1",
    };
    const outcome = await saveDirectives(ctx, actor, values, evidenceOf(request, "/compte/donnees"));
    if (!outcome.ok) return page(request, reply, undefined, { values, errors: outcome.errors });
    setFlash(ctx, reply, "directives.saved");
    return sendRedirect(reply, "/compte/donnees#directives-title");
  });

  app.post("/compte/directives/revoquer", async (request, reply) => {
    const actor = authorizedActor(request);
    await revokeDirectives(ctx, actor, evidenceOf(request, "/compte/donnees"));
    setFlash(ctx, reply, "directives.revoked");
    return sendRedirect(reply, "/compte/donnees#directives-title");
  });

  // Objection to marketing (art. 21(2)): immediate and absolute, one step.
  app.post("/compte/opposition", async (request, reply) => {
    const actor = authorizedActor(request);
    await holder("subscriptions").object(
      ctx,
      { email: actor.email, accountId: actor.id, locale: actor.locale ?? request.i18n.locale },
      { channel: "account", evidence: evidenceOf(request, "/compte/donnees") },
    );
    setFlash(ctx, reply, "objection.done");
    return sendRedirect(reply, "/compte/donnees");
  });

  // Granting and withdrawing are the same single step: tick or untick, save.
  app.post("/compte/consentements", async (request, reply) => {
    const actor = authorizedActor(request);
    const outcome = await holder("subscriptions").setMemberSubscription(
      ctx,
      { id: actor.id, email: actor.email, locale: actor.locale ?? request.i18n.locale },
      field(request, "consent") === "1",
      evidenceOf(request, "/compte/donnees"),
    );
    setFlash(
      ctx,
      reply,
      outcome === "confirm_by_mail" ? "myData.consents.confirmByMail" : "myData.consents.saved",
    );
    return sendRedirect(reply, "/compte/donnees");
  });

  app.get("/compte/donnees.json", async (request, reply) => {
    const actor = authorizedActor(request);
    const body = await personalData(ctx, { accountId: actor.id, email: actor.email }, request.i18n.locale);
    return reply
      .header("content-disposition", 'attachment; filename="mes-donnees.json"')
      .header("cache-control", "no-store")
      .type("application/json; charset=utf-8")
      .send(JSON.stringify(body, null, 2));
  });

  // The same, with one CSV file per table beside the JSON document.
  app.get("/compte/donnees.zip", async (request, reply) => {
    const actor = authorizedActor(request);
    const zip = await personalDataZip(ctx, { accountId: actor.id, email: actor.email }, request.i18n.locale);
    return reply
      .header("content-disposition", 'attachment; filename="mes-donnees.zip"')
      .header("cache-control", "no-store")
      .type("application/zip")
      .send(zip);
  });
}
