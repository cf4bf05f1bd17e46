import type { FastifyInstance } from "fastify";
import { guardRoutes, publicAccess } from "../../platform/auth/access.ts";
import type { AppContext } from "../../platform/context.ts";
import { listCategories, sitemapTopics } from "../community/index.ts";
import { topicUrl } from "../community/paths.ts";
import { articleUrl, sitemapArticles } from "../newsroom/index.ts";

// Large enough for a big community; a sitemap index comes when one file no longer suffices (50,000 URLs).
const SITEMAP_TOPICS = 45_000;

function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** sitemap.xml: the home page, the categories, every live topic and every article, with their last change. */
export async function sitemapRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  // The sitemap is for every crawler.
  guardRoutes(app, publicAccess);
  app.get("/sitemap.xml", async (_request, reply) => {
    const [categories, topics, articles] = await Promise.all([
      listCategories(ctx),
      sitemapTopics(ctx, SITEMAP_TOPICS),
      sitemapArticles(ctx),
    ]);
    const url = (path: string, lastmod?: Date) =>
      `<url><loc>${escapeXml(new URL(path, ctx.config.baseUrl).href)}</loc>${lastmod ? `<lastmod>${lastmod.toISOString()}</lastmod>` : ""}</url>`;
    const xml = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
      url("/", topics[0]?.lastPostedAt),
      url("/actualites", articles[0]?.updatedAt),
      ...categories.map((c) => url(`/c/${c.slug}`)),
      ...topics.map((t) => url(topicUrl(t), t.lastPostedAt)),
      ...articles.map((a) => url(articleUrl(a), a.updatedAt)),
      "</urlset>",
    ].join("\n");
    return reply
      .header("cache-control", "public, max-age=3600")
      .type("application/xml; charset=utf-8")
      .send(xml);
  });
}
