import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { guardRoutes, publicAccess } from "../../platform/auth/access.ts";
import type { AppContext } from "../../platform/context.ts";
import { queryParam } from "../../platform/http/forms.ts";
import { SITE_SCOPE } from "../../platform/http/public-pages.ts";
import { sendHtml, viewContext } from "../../platform/http/render.ts";
import { accountsNamed } from "../accounts/index.ts";
import { listCategories } from "./categories.ts";
import { LISTINGS_SCOPE, SEARCH_SCOPE } from "./page-scopes.ts";
import { pageCount, pageOf } from "./route-helpers.ts";
import {
  hasFilters,
  SEARCH_MAX_PAGES,
  SEARCH_PER_PAGE,
  SEARCH_QUERY_MAX,
  type SearchFilters,
  searchTopics,
} from "./search.ts";
import { type SearchForm, SearchPage } from "./views/search-page.tsx";

const DAY_MS = 24 * 3600 * 1000;
const PERIOD_DAYS: Record<string, number> = { semaine: 7, mois: 31, annee: 365 };

function sinceOf(period: string, now: Date): Date | undefined {
  const days = PERIOD_DAYS[period];
  return days ? new Date(now.getTime() - days * DAY_MS) : undefined;
}

/** The search of topics, by words and filters. Anyone may read. */
export async function searchRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  guardRoutes(app, publicAccess);

  /**
   * Results are kept per instance for the same words, filters and page while the listings and
   * the search documents have not changed (their versions are part of the key): members, whose
   * pages are never kept, share them; a new post anywhere, or replies' words folded in, makes the
   * next search run again.
   */
  const kept = ctx.memory.of<string, Awaited<ReturnType<typeof searchTopics>>>("community.search", {
    ttlMs: 60_000,
    max: 500,
  });
  const keptResults = async (words: string, page: number, filters: SearchFilters) => {
    const version = await ctx.publicPages.versions([SITE_SCOPE, LISTINGS_SCOPE, SEARCH_SCOPE]);
    const key = JSON.stringify([version, words, page, filters]);
    return kept.get(key, () => searchTopics(ctx, words, page, filters));
  };

  const search = async (request: FastifyRequest, reply: FastifyReply) => {
    const form: SearchForm = {
      q: queryParam(request, "q").slice(0, SEARCH_QUERY_MAX),
      categorie: queryParam(request, "categorie"),
      statut: queryParam(request, "statut"),
      auteur: queryParam(request, "auteur").slice(0, 40),
      depuis: queryParam(request, "depuis"),
    };
    const page = pageOf(request);
    const categories = await listCategories(ctx);
    const authors = form.auteur.trim() ? await accountsNamed(ctx, form.auteur) : undefined;
    const filters: SearchFilters = {
      categoryId: categories.find((c) => c.slug === form.categorie)?.id,
      status: form.statut === "resolu" ? "solved" : form.statut === "sans-reponse" ? "unanswered" : undefined,
      authorIds: authors?.map((author) => author.id),
      since: sinceOf(form.depuis, ctx.clock.now()),
    };
    const { hits, total, moreThan } = await keptResults(form.q, page, filters);
    return sendHtml(
      reply,
      <SearchPage
        v={viewContext(ctx, request, reply)}
        form={form}
        categories={categories}
        searched={form.q.trim() !== "" || hasFilters(filters)}
        hits={hits}
        authors={authors}
        total={total}
        moreThan={moreThan}
        page={page}
        pageCount={Math.min(pageCount(total, SEARCH_PER_PAGE), SEARCH_MAX_PAGES)}
      />,
    );
  };

  app.get("/recherche", (request, reply) =>
    ctx.publicPages.serve(request, reply, () => search(request, reply), [LISTINGS_SCOPE, SEARCH_SCOPE]),
  );
}
