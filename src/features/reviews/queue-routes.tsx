import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { authorizedActor, declared } from "../../platform/auth/access.ts";
import { sendRedirect } from "../../platform/auth/guards.ts";
import type { AppContext } from "../../platform/context.ts";
import { notFound } from "../../platform/http/errors.ts";
import { field, idParam } from "../../platform/http/forms.ts";
import { sendHtml, setFlash, viewContext } from "../../platform/http/render.ts";
import type { MessageKey } from "../../platform/i18n/index.ts";
import type { FieldErrors } from "../../platform/views/components.tsx";
import {
  decisionsOn,
  findReview,
  invitationSender,
  type NotDecided,
  publishReview,
  queuedVersion,
  type RefusalValues,
  refuseReview,
  reviewQueue,
} from "./moderation.ts";
import { REVIEW_QUEUE_PATH, REVIEW_SETTINGS_PATH } from "./paths.ts";
import { moderateReviews, overseeReviews } from "./policy.ts";
import { changeSettings, settingsNow } from "./settings.ts";
import { readSettings, SETTING_NAMES, type TypedSettings, typedSettings } from "./settings-typed.ts";
import { QueuedReviewPage, ReviewQueuePage } from "./views/queue-views.tsx";
import { ReviewSettingsPage } from "./views/settings-views.tsx";

/** The moderators' queue of reviews; compliance reads it too. */
export async function reviewsQueueRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  const v = (request: FastifyRequest, reply: FastifyReply) => viewContext(ctx, request, reply);
  const reads = declared(overseeReviews);
  const decides = declared(moderateReviews);

  app.get(REVIEW_QUEUE_PATH, reads, async (request, reply) => {
    authorizedActor(request);
    const { moderationDelayDays } = await settingsNow(ctx);
    return sendHtml(
      reply,
      <ReviewQueuePage
        v={v(request, reply)}
        queue={await reviewQueue(ctx)}
        delayDays={moderationDelayDays}
      />,
    );
  });

  app.get(REVIEW_SETTINGS_PATH, decides, async (request, reply) => {
    authorizedActor(request);
    const typed = typedSettings(await settingsNow(ctx));
    return sendHtml(reply, <ReviewSettingsPage v={v(request, reply)} typed={typed} />);
  });

  app.post(REVIEW_SETTINGS_PATH, decides, async (request, reply) => {
    const actor = authorizedActor(request);
    const typed = Object.fromEntries(
      SETTING_NAMES.map((name) => [name, field(request, name)]),
    ) as TypedSettings;
    const read = readSettings(typed);
    if (!read.ok)
      return sendHtml(
        reply,
        <ReviewSettingsPage v={v(request, reply)} typed={typed} errors={read.errors} />,
        422,
      );
    await changeSettings(ctx, actor, read.value);
    setFlash(ctx, reply, "reviews.settings.saved");
    return sendRedirect(reply, REVIEW_SETTINGS_PATH);
  });

  const show = async (
    request: FastifyRequest<{ Params: { id: string } }>,
    reply: FastifyReply,
    form: { values?: RefusalValues; errors?: FieldErrors; notice?: MessageKey } = {},
    status = 200,
  ) => {
    const actor = authorizedActor(request);
    const review = await findReview(ctx, idParam(request));
    if (!review) throw notFound();
    const decisions = await decisionsOn(ctx, review.id);
    const ownBatch = (await invitationSender(ctx, review)) === actor.id;
    return sendHtml(
      reply,
      <QueuedReviewPage
        v={v(request, reply)}
        review={queuedVersion(review)}
        decisions={decisions}
        ownBatch={ownBatch}
        {...form}
      />,
      status,
    );
  };

  /** The version the moderator read, from the form; anything else never matches a review's. */
  const seenVersion = (request: FastifyRequest) => {
    const version = Number(field(request, "version"));
    return Number.isSafeInteger(version) && version > 0 ? version : 0;
  };

  /** A decision not taken: another decided first (back to the queue), or the page is shown again with why. */
  const notDecided = (
    request: FastifyRequest<{ Params: { id: string } }>,
    reply: FastifyReply,
    not: NotDecided,
    values?: RefusalValues,
  ) => {
    if (not === "decided") {
      setFlash(ctx, reply, "reviews.queue.alreadyDecided");
      return sendRedirect(reply, REVIEW_QUEUE_PATH);
    }
    return not === "stale"
      ? show(request, reply, { values, notice: "reviews.queue.stale" }, 409)
      : show(request, reply, { values, notice: "reviews.queue.ownBatch" }, 403);
  };

  app.get<{ Params: { id: string } }>(`${REVIEW_QUEUE_PATH}/:id`, reads, (request, reply) =>
    show(request, reply),
  );

  app.post<{ Params: { id: string } }>(
    `${REVIEW_QUEUE_PATH}/:id/publier`,
    decides,
    async (request, reply) => {
      const actor = authorizedActor(request);
      const id = idParam(request);
      if (!(await findReview(ctx, id))) throw notFound();
      const outcome = await publishReview(ctx, actor, id, seenVersion(request));
      if (!outcome.ok) return notDecided(request, reply, outcome.not);
      setFlash(ctx, reply, "reviews.queue.published");
      return sendRedirect(reply, REVIEW_QUEUE_PATH);
    },
  );

  app.post<{ Params: { id: string } }>(
    `${REVIEW_QUEUE_PATH}/:id/refuser`,
    decides,
    async (request, reply) => {
      const actor = authorizedActor(request);
      const id = idParam(request);
      if (!(await findReview(ctx, id))) throw notFound();
      const values = { reason: field(request, "reason"), explanation: field(request, "explanation") };
      const outcome = await refuseReview(ctx, actor, id, values, seenVersion(request));
      if (!outcome.ok && "errors" in outcome)
        return show(request, reply, { values, errors: outcome.errors }, 422);
      if (!outcome.ok) return notDecided(request, reply, outcome.not, values);
      setFlash(ctx, reply, "reviews.queue.refused");
      return sendRedirect(reply, REVIEW_QUEUE_PATH);
    },
  );
}
