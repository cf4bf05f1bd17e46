import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { recordAudit } from "../../../platform/audit/service.ts";
import { authorizedActor, guardRoutes } from "../../../platform/auth/access.ts";
import { sendRedirect } from "../../../platform/auth/guards.ts";
import type { AppContext } from "../../../platform/context.ts";
import { notFound } from "../../../platform/http/errors.ts";
import { field, idParam, queryParam } from "../../../platform/http/forms.ts";
import { pageAsked } from "../../../platform/http/paging.ts";
import { sendHtml, setFlash, viewContext } from "../../../platform/http/render.ts";
import type { FieldErrors } from "../../../platform/views/components.tsx";
import { accountOf } from "../../accounts/index.ts";
import { personalDataZip } from "../erasure/export-archive.ts";
import { holder } from "../holders.ts";
import { dpoDesk } from "../policy.ts";
import { RequestConsolePage, RequestDetailPage } from "./request-console-views.tsx";
import { eraseAndAnswer } from "./request-erasure.ts";
import {
  type Attachment,
  answerRequest,
  askForIdentity,
  extendRequest,
  findRequest,
  liftRestriction,
  listRequests,
  type PrivacyRequest,
  restrictOnRequest,
} from "./requests.ts";

/** The DPO's console of data-subject requests: the list with clocks, and each request's three moves. */
export async function requestConsoleRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  guardRoutes(app, dpoDesk.handleRequests);
  const load = async (request: FastifyRequest<{ Params: { id: string } }>) => {
    const found = await findRequest(ctx, idParam(request));
    if (!found) throw notFound();
    return found;
  };

  app.get("/admin/demandes", async (request, reply) => {
    const which = queryParam(request, "etat") === "closes" ? "closed" : "open";
    return sendHtml(
      reply,
      <RequestConsolePage
        v={viewContext(ctx, request, reply)}
        requests={await listRequests(ctx, which, pageAsked(request))}
        which={which}
        now={ctx.clock.now()}
      />,
    );
  });

  const detail = async (
    request: FastifyRequest,
    reply: FastifyReply,
    found: PrivacyRequest,
    form?: { errors: FieldErrors; values: Record<string, string> },
  ) => {
    const account = await accountOf(ctx.db, found);
    return sendHtml(
      reply,
      <RequestDetailPage
        v={viewContext(ctx, request, reply)}
        request={found}
        now={ctx.clock.now()}
        isMember={Boolean(account)}
        restricted={await holder("subscriptions").isRestricted(ctx, found.email)}
        errors={form?.errors}
        values={form?.values}
      />,
      form ? 422 : 200,
    );
  };

  app.get<{ Params: { id: string } }>("/admin/demandes/:id", async (request, reply) => {
    const actor = authorizedActor(request);
    const found = await load(request);
    // Opening a request is reading someone's personal data: logged.
    await recordAudit(ctx.db, {
      actorId: actor.id,
      actorRole: actor.role,
      action: "privacy.request_viewed",
      subjectType: "privacy_request",
      subjectId: found.id,
    });
    return detail(request, reply, found);
  });

  app.post<{ Params: { id: string } }>("/admin/demandes/:id/identite", async (request, reply) => {
    const actor = authorizedActor(request);
    const found = await load(request);
    const message = field(request, "message");
    const outcome = await askForIdentity(ctx, actor, found, message);
    if (!outcome.ok) return detail(request, reply, found, { errors: outcome.errors, values: { message } });
    setFlash(ctx, reply, "console.request.identityDone");
    return sendRedirect(reply, `/admin/demandes/${found.id}`);
  });

  app.post<{ Params: { id: string } }>("/admin/demandes/:id/prolonger", async (request, reply) => {
    const actor = authorizedActor(request);
    const found = await load(request);
    const reasons = field(request, "reasons");
    const outcome = await extendRequest(ctx, actor, found, reasons);
    if (!outcome.ok) return detail(request, reply, found, { errors: outcome.errors, values: { reasons } });
    setFlash(ctx, reply, "console.request.extendDone");
    return sendRedirect(reply, `/admin/demandes/${found.id}`);
  });

  app.post<{ Params: { id: string } }>("/admin/demandes/:id/restreindre", async (request, reply) => {
    const actor = authorizedActor(request);
    const found = await load(request);
    await restrictOnRequest(ctx, actor, found);
    setFlash(ctx, reply, "console.request.restrictDone");
    return sendRedirect(reply, `/admin/demandes/${found.id}`);
  });

  app.post<{ Params: { id: string } }>("/admin/demandes/:id/lever", async (request, reply) => {
    const actor = authorizedActor(request);
    const found = await load(request);
    const lift = field(request, "lift");
    const outcome = await liftRestriction(ctx, actor, found, lift);
    if (!outcome.ok) return detail(request, reply, found, { errors: outcome.errors, values: { lift } });
    setFlash(ctx, reply, "console.request.liftDone");
    return sendRedirect(reply, `/admin/demandes/${found.id}`);
  });

  app.post<{ Params: { id: string } }>("/admin/demandes/:id/repondre", async (request, reply) => {
    const actor = authorizedActor(request);
    const found = await load(request);
    const answer = field(request, "answer");
    const outcome = field(request, "outcome") === "refused" ? "refused" : "answered";
    if (answer.trim() === "")
      return detail(request, reply, found, {
        errors: { answer: "privacyRequest.answer.missing" },
        values: { answer },
      });
    const attachments: Attachment[] = [];
    if (
      outcome === "answered" &&
      field(request, "attach") === "1" &&
      (found.kind === "access" || found.kind === "portability")
    )
      attachments.push({
        filename: "donnees.zip",
        contentType: "application/zip",
        content: await personalDataZip(ctx, { accountId: found.accountId, email: found.email }, found.locale),
      });
    if (outcome === "answered" && field(request, "erase") === "1" && found.kind === "erasure") {
      const erased = await eraseAndAnswer(ctx, actor, found.id, {
        answer,
        withdrawPosts: field(request, "withdraw") === "1",
      });
      if (!erased.ok) return detail(request, reply, found, { errors: erased.errors, values: { answer } });
      setFlash(ctx, reply, "console.request.answerDone");
      return sendRedirect(reply, `/admin/demandes/${found.id}`);
    }
    const sent = await answerRequest(ctx, actor, found, { text: answer, outcome, attachments });
    if (!sent.ok) return detail(request, reply, found, { errors: sent.errors, values: { answer } });
    setFlash(ctx, reply, "console.request.answerDone");
    return sendRedirect(reply, `/admin/demandes/${found.id}`);
  });
}
