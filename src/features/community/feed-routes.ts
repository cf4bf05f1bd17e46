import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { guardRoutes, publicAccess } from "../../platform/auth/access.ts";
import type { AppContext } from "../../platform/context.ts";
import { notFound } from "../../platform/http/errors.ts";
import { sendFeed } from "../../platform/http/feeds.ts";
import { findCategory } from "./categories.ts";
import { communityFeed } from "./feeds.ts";
import { newestTopics } from "./listings.ts";

const FEED_SIZE = 30;

/** The RSS and Atom feeds of the newest topics, of the whole community and of each category. Anyone may read. */
export async function feedRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  guardRoutes(app, publicAccess);

  const feed = async (
    request: FastifyRequest,
    reply: FastifyReply,
    format: "rss" | "atom",
    categorySlug?: string,
  ) => {
    const category = categorySlug ? await findCategory(ctx, categorySlug) : undefined;
    if (categorySlug && !category) throw notFound();
    const entries = await newestTopics(ctx, {
      ...(category ? { categoryId: category.id } : {}),
      limit: FEED_SIZE,
    });
    const built = communityFeed({
      i18n: request.i18n,
      baseUrl: ctx.config.baseUrl,
      bankName: ctx.config.bankName,
      category,
      entries,
    });
    return sendFeed(reply, built, format);
  };
  app.get("/flux.rss", (request, reply) => feed(request, reply, "rss"));
  app.get("/flux.atom", (request, reply) => feed(request, reply, "atom"));
  app.get<{ Params: { slug: string } }>("/c/:slug/flux.rss", (request, reply) =>
    feed(request, reply, "rss", request.params.slug),
  );
  app.get<{ Params: { slug: string } }>("/c/:slug/flux.atom", (request, reply) =>
    feed(request, reply, "atom", request.params.slug),
  );
}
