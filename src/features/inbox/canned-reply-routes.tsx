import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { authorizedActor, guardRoutes } from "../../platform/auth/access.ts";
import { sendRedirect } from "../../platform/auth/guards.ts";
import type { AppContext } from "../../platform/context.ts";
import { field, idParam } from "../../platform/http/forms.ts";
import { sendHtml, setFlash, viewContext } from "../../platform/http/render.ts";
import type { FieldErrors } from "../../platform/views/components.tsx";
import {
  type CannedReplyValues,
  deleteCannedReply,
  listCannedReplies,
  saveCannedReply,
} from "./canned-replies.ts";
import { CANNED_REPLIES_PATH, CannedRepliesPage } from "./canned-reply-views.tsx";
import { inbox } from "./policy.ts";

/** The canned replies' management page (`inbox.configure`): create, edit, delete. */
export async function cannedReplyRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  guardRoutes(app, inbox.configure);

  const page = async (
    request: FastifyRequest,
    reply: FastifyReply,
    rejected?: { id: number | null; values: CannedReplyValues; errors: FieldErrors },
  ) =>
    sendHtml(
      reply,
      <CannedRepliesPage
        v={viewContext(ctx, request, reply)}
        replies={await listCannedReplies(ctx)}
        rejected={rejected}
      />,
      rejected ? 422 : 200,
    );

  /** The form's fields, named after the form they came from (see CannedReplyForm). */
  const valuesOf = (request: FastifyRequest, prefix: string): CannedReplyValues => ({
    shortcut: field(request, `${prefix}-shortcut`),
    locale: field(request, `${prefix}-locale`),
    title: field(request, `${prefix}-title`),
    body: field(request, `${prefix}-body`),
  });

  app.get(CANNED_REPLIES_PATH, (request, reply) => page(request, reply));

  app.post(CANNED_REPLIES_PATH, async (request, reply) => {
    const values = valuesOf(request, "new");
    const errors = await saveCannedReply(ctx, authorizedActor(request), null, values);
    if (errors) return page(request, reply, { id: null, values, errors });
    setFlash(ctx, reply, "inbox.canned.created");
    return sendRedirect(reply, CANNED_REPLIES_PATH);
  });

  app.post<{ Params: { id: string } }>(`${CANNED_REPLIES_PATH}/:id`, async (request, reply) => {
    const id = idParam(request);
    const values = valuesOf(request, `r${id}`);
    const errors = await saveCannedReply(ctx, authorizedActor(request), id, values);
    if (errors) return page(request, reply, { id, values, errors });
    setFlash(ctx, reply, "inbox.canned.saved");
    return sendRedirect(reply, CANNED_REPLIES_PATH);
  });

  app.post<{ Params: { id: string } }>(`${CANNED_REPLIES_PATH}/:id/supprimer`, async (request, reply) => {
    await deleteCannedReply(ctx, authorizedActor(request), idParam(request));
    setFlash(ctx, reply, "inbox.canned.deleted");
    return sendRedirect(reply, CANNED_REPLIES_PATH);
  });
}
