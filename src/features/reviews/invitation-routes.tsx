import { Type } from "@sinclair/typebox";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { authorizedActor, declared, guardRoutes, may, publicAccess } from "../../platform/auth/access.ts";
import { sameSecret } from "../../platform/auth/tokens.ts";
import type { AppContext } from "../../platform/context.ts";
import { acceptCsvFile, uploadedCsv } from "../../platform/http/csv-upload.ts";
import { respondWithError } from "../../platform/http/error-handler.ts";
import { field } from "../../platform/http/forms.ts";
import { sendProblem } from "../../platform/http/problem.ts";
import { sendHtml, viewContext } from "../../platform/http/render.ts";
import type { MessageKey } from "../../platform/i18n/index.ts";
import { recentBatches } from "./invitation-batches.ts";
import {
  INVITATIONS_MAX_ROWS,
  type ReadBatch,
  readInvitationRows,
  readInvitationsCsv,
  satisfactionFilterIn,
} from "./invitation-input.ts";
import { INVITATIONS_PATH, InvitationReportPage, InvitationsPage } from "./invitation-views.tsx";
import { inviteBatch, refuseFilteredBatch } from "./invitations.ts";
import { PRODUCTS } from "./model.ts";
import { inviteToReview, overseeReviews } from "./policy.ts";

/**
 * The invitations desk: the community team uploads a CSV of the clients of real interactions
 * (each refused line reported with its reason); compliance reads the register of batches.
 */
export async function invitationRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  guardRoutes(app, overseeReviews);
  await acceptCsvFile(app);

  const page = async (
    request: FastifyRequest,
    reply: FastifyReply,
    extra: { error?: MessageKey; filter?: string; label?: string } = {},
  ) => {
    const actor = authorizedActor(request);
    return sendHtml(
      reply,
      <InvitationsPage
        v={viewContext(ctx, request, reply)}
        batches={await recentBatches(ctx)}
        mayInvite={may(actor, inviteToReview)}
        {...extra}
      />,
      extra.error ? 422 : 200,
    );
  };

  app.get(INVITATIONS_PATH, (request, reply) => page(request, reply));

  app.post(INVITATIONS_PATH, declared(inviteToReview), async (request, reply) => {
    const actor = authorizedActor(request);
    const label = field(request, "label").trim();
    const file = uploadedCsv(request);
    if (!file.ok)
      return page(request, reply, {
        error: file.problem === "missing" ? "reviews.invitations.missing" : "reviews.invitations.tooBig",
        label,
      });
    const read = readInvitationsCsv(file.text, { now: ctx.clock.now(), products: PRODUCTS });
    const batchLabel = label || "import.csv";
    if (!read.ok) {
      if (read.filter !== undefined)
        await refuseFilteredBatch(ctx, {
          origin: "csv",
          createdBy: actor,
          label: batchLabel,
          filter: read.filter,
        });
      return page(request, reply, {
        error: read.error,
        label,
        ...(read.filter ? { filter: read.filter } : {}),
      });
    }
    const sent = await inviteBatch(ctx, {
      origin: "csv",
      createdBy: actor,
      label: batchLabel,
      rows: read.rows,
    });
    const refused = [...read.refused, ...sent.skipped].sort((a, b) => a.line - b.line);
    return sendHtml(
      reply,
      <InvitationReportPage v={viewContext(ctx, request, reply)} invited={sent.invited} refused={refused} />,
    );
  });
}

const Invitation = Type.Object(
  {
    email: Type.String({ maxLength: 254 }),
    firstName: Type.Optional(Type.String({ maxLength: 200 })),
    lastName: Type.Optional(Type.String({ maxLength: 200 })),
    externalReference: Type.Optional(Type.String({ maxLength: 200 })),
    experienceDate: Type.String({ description: "YYYY-MM-DD, within the last 12 months", maxLength: 20 }),
    product: Type.Optional(Type.String({ maxLength: 60, description: PRODUCTS.join(", ") })),
    locale: Type.Optional(Type.String({ maxLength: 5, description: "fr or en" })),
  },
  // Other fields are read, so that a satisfaction filter is named and refused, not silently dropped.
  { additionalProperties: true },
);
const InvitationBatch = Type.Object(
  {
    label: Type.Optional(Type.String({ maxLength: 200, description: "The batch's name in the register." })),
    invitations: Type.Array(Invitation, { minItems: 1, maxItems: INVITATIONS_MAX_ROWS }),
  },
  { additionalProperties: true },
);
const Invited = Type.Object({
  batchId: Type.Integer(),
  invited: Type.Integer(),
  refused: Type.Array(
    Type.Object({
      item: Type.Integer({ description: "The invitation's position in the list, from 1." }),
      code: Type.String(),
      message: Type.String(),
    }),
  ),
});

type BatchBody = { label?: string; invitations: Record<string, unknown>[] } & Record<string, unknown>;

/**
 * `POST /api/v1/reviews/invitations`: the bank's systems invite the clients of real interactions
 * (an appointment, a subscription), each with the bank's own reference. The key is a bearer token
 * (REVIEWS_API_KEY); the whole list is invited, and a satisfaction filter anywhere in the request
 * refuses it whole (422), written in the register.
 */
export async function invitationApiRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  app.post<{ Body: BatchBody }>(
    "/api/v1/reviews/invitations",
    {
      schema: {
        summary: "Invite a batch of clients to review (bearer key REVIEWS_API_KEY; no satisfaction filter)",
        tags: ["reviews"],
        body: InvitationBatch,
        response: {
          201: Invited,
          401: { $ref: "Problem#" },
          404: { $ref: "Problem#" },
          422: { $ref: "Problem#" },
        },
      },
      // The bank's systems carry their own key, checked in the handler; no session, no CSRF.
      ...declared(publicAccess, {
        config: { withoutCsrf: true, rateLimit: { max: 60, timeWindow: "1 minute" } },
      }),
    },
    async (request, reply) => {
      const key = ctx.config.reviewsApiKey;
      if (!key)
        return respondWithError(ctx, request, reply, 404, "reviews_api_off", "reviews.invitations.api.off");
      if (!sameSecret(request.headers.authorization ?? "", `Bearer ${key}`))
        return respondWithError(
          ctx,
          request,
          reply,
          401,
          "reviews_api_key",
          "reviews.invitations.api.forbidden",
        );
      const { t } = request.i18n;
      const { invitations, label: typedLabel, ...rest } = request.body;
      const label = typedLabel?.trim() || "API";
      // A filter beside the list (`minRating`, `onlySatisfied`) counts as much as one on an invitation.
      const besides = satisfactionFilterIn(Object.keys(rest));
      const read: ReadBatch =
        besides !== undefined
          ? { ok: false, error: "reviews.invitations.filterRefused", filter: besides }
          : readInvitationRows(
              invitations.map((fields, i) => ({ line: i + 1, fields })),
              { now: ctx.clock.now(), products: PRODUCTS },
            );
      if (!read.ok) {
        if (read.filter !== undefined)
          await refuseFilteredBatch(ctx, { origin: "api", createdBy: null, label, filter: read.filter });
        return sendProblem(request, reply, {
          status: 422,
          code: read.filter !== undefined ? "satisfaction_filter_refused" : "invalid_batch",
          title: t("reviews.invitations.title"),
          detail: t(read.error, { filter: read.filter ?? "" }),
        });
      }
      const sent = await inviteBatch(ctx, { origin: "api", createdBy: null, label, rows: read.rows });
      const refused = [...read.refused, ...sent.skipped]
        .sort((a, b) => a.line - b.line)
        .map((row) => ({ item: row.line, code: row.problem, message: t(row.problem) }));
      return reply.status(201).send({ batchId: sent.batchId, invited: sent.invited, refused });
    },
  );
}
