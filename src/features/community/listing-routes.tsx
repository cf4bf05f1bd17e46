import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { guardRoutes, publicAccess } from "../../platform/auth/access.ts";
import type { AppContext } from "../../platform/context.ts";
import { notFound } from "../../platform/http/errors.ts";
import { queryParam } from "../../platform/http/forms.ts";
import type { KeptRead } from "../../platform/http/kept-reads.ts";
import { sendHtml, viewContext } from "../../platform/http/render.ts";
import { findCategory, listCategories } from "./categories.ts";
import { listingCharacters, listTopics } from "./listings.ts";
import { type Listing, TOPICS_PER_PAGE } from "./model.ts";
import { categoryScope, LISTINGS_SCOPE } from "./page-scopes.ts";
import { pageCount, pageOf } from "./route-helpers.ts";
import { LISTING_PARAM, ListingPage } from "./views/pages.tsx";

function listingOf(request: FastifyRequest): Listing {
  const value = queryParam(request, "liste");
  const found = (Object.entries(LISTING_PARAM) as [Listing, string | undefined][]).find(
    ([, param]) => param === value,
  );
  return found?.[0] ?? "latest";
}

/** The listings of topics: the home page and each category's. Anyone may read. */
export async function listingRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  guardRoutes(app, publicAccess);

  const listing = async (
    request: FastifyRequest,
    reply: FastifyReply,
    keep: KeptRead,
    categorySlug?: string,
  ) => {
    const category = categorySlug ? await findCategory(ctx, categorySlug) : undefined;
    if (categorySlug && !category) throw notFound();
    const page = pageOf(request);
    const kind = listingOf(request);
    const [categories, listed] = await Promise.all([
      listCategories(ctx),
      // A page past the last is not kept: addresses anyone can make up would push out the rest.
      keep(
        `listing:${category?.id ?? ""}:${kind}:${page}`,
        async () => {
          const read = await listTopics(ctx, {
            ...(category ? { categoryId: category.id } : {}),
            listing: kind,
            page,
          });
          return page <= pageCount(read.total, TOPICS_PER_PAGE) ? read : undefined;
        },
        listingCharacters,
      ),
    ]);
    if (!listed) throw notFound();
    const { items, total } = listed;
    const pages = pageCount(total, TOPICS_PER_PAGE);
    return sendHtml(
      reply,
      <ListingPage
        v={viewContext(ctx, request, reply)}
        categories={categories}
        category={category}
        listing={kind}
        items={items}
        page={page}
        pageCount={pages}
      />,
    );
  };

  app.get("/", (request, reply) =>
    ctx.publicPages.serve(request, reply, (keep) => listing(request, reply, keep), [LISTINGS_SCOPE]),
  );
  app.get<{ Params: { slug: string } }>("/c/:slug", (request, reply) =>
    ctx.publicPages.serve(request, reply, (keep) => listing(request, reply, keep, request.params.slug), [
      categoryScope(request.params.slug),
    ]),
  );
}
