import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { guardRoutes, publicAccess } from "../../platform/auth/access.ts";
import type { AppContext } from "../../platform/context.ts";
import { notFound } from "../../platform/http/errors.ts";
import { idParam, queryParam } from "../../platform/http/forms.ts";
import { pageAsked } from "../../platform/http/paging.ts";
import { sendHtml, viewContext } from "../../platform/http/render.ts";
import { badgeSvg } from "./badge.ts";
import { filtersFrom, publishedReview, publishedReviews, scoreNow } from "./listing.ts";
import type { Score } from "./model.ts";
import { BADGE_PATH, REVIEWS_DAY_SCOPE, REVIEWS_PATH, REVIEWS_SCOPE, reviewScope } from "./paths.ts";
import { settingsNow } from "./settings.ts";
import { shownReviews } from "./shown.ts";
import { ReviewPage, ReviewsPage } from "./views/public-views.tsx";

/** What visitors read: /avis, each review's page, and the badge for the bank's own site. */
export async function reviewsPublicRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  guardRoutes(app, publicAccess);
  const v = (request: FastifyRequest, reply: FastifyReply) => viewContext(ctx, request, reply);
  const siteUrl = ctx.config.baseUrl.href;

  app.get(REVIEWS_PATH, (request, reply) =>
    ctx.publicPages.serve(
      request,
      reply,
      async () => {
        const filters = filtersFrom(queryParam(request, "produit"), queryParam(request, "note"));
        const settings = await settingsNow(ctx);
        const [score, page] = await Promise.all([
          scoreNow(ctx),
          publishedReviews(ctx, filters, pageAsked(request)),
        ]);
        const items = await shownReviews(ctx, page.items, settings);
        return sendHtml(
          reply,
          <ReviewsPage
            v={v(request, reply)}
            score={score}
            filters={filters}
            page={{ ...page, items }}
            settings={settings}
            siteUrl={siteUrl}
          />,
        );
      },
      [REVIEWS_SCOPE, REVIEWS_DAY_SCOPE],
    ),
  );

  // The badge is asked by every page of the bank's own site: its score is kept a minute (the
  // image itself may be cached five), /avis always computes its own.
  const keptScore = ctx.memory.of<"score", Score>("reviews.badge-score", { ttlMs: 60_000, max: 1 });

  app.get(BADGE_PATH, async (request, reply) => {
    const { t, number } = request.i18n;
    const score = await keptScore.get("score", () => scoreNow(ctx));
    const svg = badgeSvg(score, {
      title: t("reviews.badge.title", { bank: ctx.config.bankName }),
      score: score.average === null ? "" : t("reviews.score.value", { score: number(score.average) }),
      count: t("reviews.score.count", { count: score.count }),
      none: t("reviews.score.none"),
    });
    return (
      reply
        .header("content-type", "image/svg+xml; charset=utf-8")
        .header("cache-control", "public, max-age=300")
        // Shown on the bank's own site: another origin may embed it as an image.
        .header("cross-origin-resource-policy", "cross-origin")
        .send(svg)
    );
  });

  app.get<{ Params: { id: string } }>("/avis/:id", (request, reply) => {
    const id = idParam(request);
    return ctx.publicPages.serve(
      request,
      reply,
      async () => {
        const review = await publishedReview(ctx, id);
        if (!review) throw notFound();
        const [shown] = await shownReviews(ctx, [review], await settingsNow(ctx));
        return sendHtml(reply, <ReviewPage v={v(request, reply)} shown={shown!} siteUrl={siteUrl} />);
      },
      [reviewScope(id), REVIEWS_DAY_SCOPE],
    );
  });
}
