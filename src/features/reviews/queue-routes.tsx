import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { authorizedActor, declared } from "../../platform/auth/access.ts";
import { sendRedirect } from "../../platform/auth/guards.ts";
import type { AppContext } from "../../platform/context.ts";
import { notFound } from "../../platform/http/errors.ts";
import { field, idParam } from "../../platform/http/forms.ts";
import { sendHtml, setFlash, viewContext } from "../../platform/http/render.ts";
import type { FieldErrors } from "../../platform/views/components.tsx";
import {
  decisionsOn,
  findReview,
  publishReview,
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
    form: { values?: RefusalValues; errors?: FieldErrors } = {},
    status = 200,
  ) => {
    const review = await findReview(ctx, idParam(request));
    if (!review) throw notFound();
    const decisions = await decisionsOn(ctx, review.id);
    return sendHtml(
      reply,
      <QueuedReviewPage v={v(request, reply)} review={review} decisions={decisions} {...form} />,
      status,
    );
  };

  app.get<{ Params: { id: string } }>(`${REVIEW_QUEUE_PATH}/:id`, reads, (request, reply) => {
    authorizedActor(request);
    return show(request, reply);
  });

  app.post<{ Params: { id: string } }>(
    `${REVIEW_QUEUE_PATH}/:id/publier`,
    decides,
    async (request, reply) => {
      const actor = authorizedActor(request);
      const id = idParam(request);
      if (!(await findReview(ctx, id))) throw notFound();
      const done = await publishReview(ctx, actor, id);
      setFlash(ctx, reply, done ? "reviews.queue.published" : "reviews.queue.alreadyDecided");
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
      const outcome = await refuseReview(ctx, actor, id, values);
      if (!outcome.ok && "errors" in outcome)
        return show(request, reply, { values, errors: outcome.errors }, 422);
      setFlash(ctx, reply, outcome.ok ? "reviews.queue.refused" : "reviews.queue.alreadyDecided");
      return sendRedirect(reply, REVIEW_QUEUE_PATH);
    },
  );
}
