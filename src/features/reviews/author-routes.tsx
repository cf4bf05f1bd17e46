import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { authorizedActor, declared, publicAccess } from "../../platform/auth/access.ts";
import { sendRedirect } from "../../platform/auth/guards.ts";
import type { AppContext } from "../../platform/context.ts";
import { notFound } from "../../platform/http/errors.ts";
import { idParam } from "../../platform/http/forms.ts";
import { sendHtml, setFlash, viewContext } from "../../platform/http/render.ts";
import { secretAddress } from "../../platform/http/secret-address.ts";
import { type Author, authorsReview, correctReview, reviewsOf, typedFrom, withdrawReview } from "./author.ts";
import { writingFrom } from "./form-fields.ts";
import { lastRefusals, type Review } from "./moderation.ts";
import { authorKeyPath, MY_REVIEWS_PATH, myReviewPath } from "./paths.ts";
import { ownReviews } from "./policy.ts";
import { settingsNow } from "./settings.ts";
import { AuthorReviewPage, MyReviewsPage } from "./views/author-views.tsx";
import type { FormState } from "./views/writing-views.tsx";
import { InvitationOutcomePage, StaffCannotReviewPage } from "./views/writing-views.tsx";

/**
 * The author's side: a member's reviews under /compte/avis, and an author without an account's
 * one review under the key their e-mail carries. Correct, resubmit, withdraw.
 */
export async function reviewsAuthorRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  const v = (request: FastifyRequest, reply: FastifyReply) => viewContext(ctx, request, reply);
  const own = declared(ownReviews);
  const byKey = secretAddress(declared(publicAccess));

  app.get(MY_REVIEWS_PATH, own, async (request, reply) => {
    const actor = authorizedActor(request);
    return sendHtml(reply, <MyReviewsPage v={v(request, reply)} items={await reviewsOf(ctx, actor.id)} />);
  });

  const page = async (
    request: FastifyRequest,
    reply: FastifyReply,
    review: Review,
    paths: { action: string; withdraw: string; back: string | null },
    state?: FormState,
    status = 200,
  ) => {
    const refusal = (await lastRefusals(ctx, [review.id])).get(review.id);
    return sendHtml(
      reply,
      <AuthorReviewPage
        v={v(request, reply)}
        review={review}
        refusal={refusal}
        state={state ?? { typed: typedFrom(review) }}
        settings={await settingsNow(ctx)}
        now={ctx.clock.now()}
        action={paths.action}
        withdrawAction={paths.withdraw}
        back={paths.back}
      />,
      status,
    );
  };

  /** GET, correct and withdraw for one way of being the author. */
  const authorPages = (
    path: string,
    access: typeof own,
    who: (request: FastifyRequest<{ Params: { id: string } }>) => {
      author: Author;
      id?: number;
      prefix: string;
      back: string | null;
    },
  ) => {
    const paths = (prefix: string, back: string | null) => ({
      action: prefix,
      withdraw: `${prefix}/retirer`,
      back,
    });
    app.get<{ Params: { id: string } }>(path, access, async (request, reply) => {
      const { author, id, prefix, back } = who(request);
      const review = await authorsReview(ctx, author, id);
      if (!review) throw notFound();
      return page(request, reply, review, paths(prefix, back));
    });
    app.post<{ Params: { id: string } }>(path, access, async (request, reply) => {
      const { author, id, prefix, back } = who(request);
      const writing = writingFrom(request);
      const outcome = await correctReview(ctx, request.actor, author, id, writing);
      if (outcome.ok) {
        setFlash(ctx, reply, "reviews.mine.saved");
        return sendRedirect(reply, prefix);
      }
      if ("staff" in outcome)
        return sendHtml(reply, <StaffCannotReviewPage v={v(request, reply)} typed={writing.typed} />, 403);
      const review = await authorsReview(ctx, author, id);
      if ("state" in outcome || !review)
        return sendHtml(
          reply,
          <InvitationOutcomePage v={v(request, reply)} state="unknown" typed={writing.typed} />,
          404,
        );
      const state =
        "masking" in outcome
          ? { typed: writing.typed, masking: outcome.masking }
          : { typed: writing.typed, errors: outcome.errors };
      return page(request, reply, review, paths(prefix, back), state, 422);
    });
    app.post<{ Params: { id: string } }>(`${path}/retirer`, access, async (request, reply) => {
      const { author, id, prefix } = who(request);
      if (!(await withdrawReview(ctx, author, id))) throw notFound();
      setFlash(ctx, reply, "reviews.mine.withdrawn");
      return sendRedirect(reply, prefix);
    });
  };

  authorPages(`${MY_REVIEWS_PATH}/:id`, own, (request) => {
    const actor = authorizedActor(request);
    const id = idParam(request);
    return { author: { accountId: actor.id }, id, prefix: myReviewPath(id), back: MY_REVIEWS_PATH };
  });
  authorPages("/avis/gerer/:id", byKey, (request) => ({
    author: { key: request.params.id },
    prefix: authorKeyPath(request.params.id),
    back: null,
  }));
}
