import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { authorizedActor } from "../../platform/auth/access.ts";
import { sendRedirect } from "../../platform/auth/guards.ts";
import type { AppContext } from "../../platform/context.ts";
import { field, idParam } from "../../platform/http/forms.ts";
import { sendHtml, setFlash, viewContext } from "../../platform/http/render.ts";
import { isOneOf } from "../../platform/one-of.ts";
import type { FieldErrors } from "../../platform/views/components.tsx";
import { publicReplyGuard } from "../../text/public-reply-guard/guard.ts";
import { answer } from "./answers.ts";
import { approveAnswer, pendingAnswers, refuseAnswer, STATUSES_AFTER } from "./approvals.ts";
import { workedConversation } from "./conversation-access.ts";
import { inbox } from "./policy.ts";
import { APPROVALS_PATH, workedConversationPath } from "./public-paths.ts";
import { continueInPrivate, privateNotice } from "./public-to-private.ts";
import { ApprovalsPage, OverridePage, type OverrideValues, PrivatePage } from "./public-views.tsx";

export const OVERRIDE_REASON_LIMITS = { min: 10, max: 1000 } as const;

const statusAfter = (raw: string) => (isOneOf(STATUSES_AFTER, raw) ? raw : "waiting_on_client");

/**
 * Four eyes (the approval queue), the compliance override of a guarded public answer, and
 * "continue in private". Every decision is a command in approvals.ts, answers.ts or
 * public-to-private.ts; these routes read the form and show the outcome.
 */
export async function publicRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  const v = (request: FastifyRequest, reply: FastifyReply) => viewContext(ctx, request, reply);
  const approver = { config: { access: inbox.approve } };
  const compliance = { config: { access: inbox.override } };
  const worker = { config: { access: inbox.work } };

  app.get(APPROVALS_PATH, approver, async (request, reply) => {
    const actor = authorizedActor(request);
    return sendHtml(
      reply,
      <ApprovalsPage v={v(request, reply)} pending={await pendingAnswers(ctx, actor)} />,
    );
  });

  app.post<{ Params: { id: string } }>(
    `${APPROVALS_PATH}/:id/approuver`,
    approver,
    async (request, reply) => {
      const actor = authorizedActor(request);
      const messageId = idParam(request);
      const body = field(request, "body");
      const outcome = await approveAnswer(ctx, actor, messageId, {
        body,
        statusAfter: statusAfter(field(request, "statusAfter")),
      });
      if (!outcome.ok) {
        const page = (
          <ApprovalsPage
            v={v(request, reply)}
            pending={await pendingAnswers(ctx, actor)}
            errors={{ messageId, field: "body", key: outcome.errors.body!, body }}
          />
        );
        return sendHtml(reply, page, 422);
      }
      setFlash(ctx, reply, "inbox.approvals.approved");
      return sendRedirect(reply, APPROVALS_PATH);
    },
  );

  app.post<{ Params: { id: string } }>(`${APPROVALS_PATH}/:id/refuser`, approver, async (request, reply) => {
    const actor = authorizedActor(request);
    const messageId = idParam(request);
    const reason = field(request, "reason");
    const outcome = await refuseAnswer(ctx, actor, messageId, { reason });
    if (!outcome.ok) {
      const page = (
        <ApprovalsPage
          v={v(request, reply)}
          pending={await pendingAnswers(ctx, actor)}
          errors={{ messageId, field: "reason", key: outcome.errors.reason!, body: reason }}
        />
      );
      return sendHtml(reply, page, 422);
    }
    setFlash(ctx, reply, "inbox.approvals.refused");
    return sendRedirect(reply, APPROVALS_PATH);
  });

  const showOverride = async (
    request: FastifyRequest<{ Params: { id: string } }>,
    reply: FastifyReply,
    values: OverrideValues,
    errors?: FieldErrors,
  ) => {
    const conversation = await workedConversation(ctx, authorizedActor(request), idParam(request));
    const { findings } = publicReplyGuard(values.body, { bankPhoneNumbers: ctx.config.bankPhoneNumbers });
    const page = (
      <OverridePage
        v={v(request, reply)}
        conversation={conversation}
        values={values}
        findings={findings}
        {...(errors ? { errors } : {})}
      />
    );
    return sendHtml(reply, page, errors ? 422 : 200);
  };

  app.get<{ Params: { id: string } }>("/admin/boite/:id/derogation", compliance, (request, reply) =>
    showOverride(request, reply, { body: "", reason: "", statusAfter: "waiting_on_client" }),
  );

  // The composer's refused answer posts its text here (no reason yet): the form comes back with
  // what the guard found, for the compliance officer to give a reason or not.
  app.post<{ Params: { id: string } }>("/admin/boite/:id/derogation", compliance, async (request, reply) => {
    const actor = authorizedActor(request);
    const values: OverrideValues = {
      body: field(request, "body").trim(),
      reason: field(request, "reason").trim(),
      statusAfter: statusAfter(field(request, "statusAfter")),
    };
    const errors: FieldErrors = {};
    if (values.body.length === 0) errors.body = "inbox.override.bodyRequired";
    else if (publicReplyGuard(values.body, { bankPhoneNumbers: ctx.config.bankPhoneNumbers }).ok)
      errors.body = "inbox.override.guardPasses";
    if (
      values.reason.length < OVERRIDE_REASON_LIMITS.min ||
      values.reason.length > OVERRIDE_REASON_LIMITS.max
    )
      errors.reason = "inbox.override.reasonRequired";
    if (Object.keys(errors).length > 0) return showOverride(request, reply, values, errors);
    await answer(ctx, actor, idParam(request), {
      body: values.body,
      public: true,
      statusAfter: statusAfter(values.statusAfter),
      override: values.reason,
    });
    setFlash(ctx, reply, "inbox.override.sent");
    return sendRedirect(reply, workedConversationPath(idParam(request)));
  });

  const showPrivate = async (
    request: FastifyRequest<{ Params: { id: string } }>,
    reply: FastifyReply,
    body: string,
    errors?: FieldErrors,
  ) => {
    const conversation = await workedConversation(ctx, authorizedActor(request), idParam(request));
    const notice = await privateNotice(ctx, conversation);
    const page = (
      <PrivatePage
        v={v(request, reply)}
        conversation={conversation}
        notice={notice}
        body={body}
        {...(errors ? { errors } : {})}
      />
    );
    return sendHtml(reply, page, errors ? 422 : 200);
  };

  app.get<{ Params: { id: string } }>("/admin/boite/:id/en-prive", worker, (request, reply) =>
    showPrivate(request, reply, ""),
  );

  app.post<{ Params: { id: string } }>("/admin/boite/:id/en-prive", worker, async (request, reply) => {
    const body = field(request, "body");
    const moved = await continueInPrivate(ctx, authorizedActor(request), idParam(request), { body });
    if (!moved.ok) return showPrivate(request, reply, body, moved.errors);
    setFlash(
      ctx,
      reply,
      moved.privateConversationId === null
        ? "inbox.public.invitedFlash"
        : moved.publicDelivery === "pending_approval"
          ? "inbox.public.waitingApprovalFlash"
          : "inbox.public.movedFlash",
    );
    return sendRedirect(reply, workedConversationPath(moved.privateConversationId ?? idParam(request)));
  });
}
