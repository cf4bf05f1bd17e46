import type { Feature } from "../../platform/feature.ts";
import { en } from "./messages/en.ts";
import { fr } from "./messages/fr.ts";
import { pageRoutes } from "./routes.tsx";
import { sitemapRoutes } from "./sitemap.ts";

/** The site's own pages (legal notice, accessibility) and its sitemap. */
export const pagesFeature: Feature = {
  name: "pages",
  messages: { fr, en },
  routes: [pageRoutes, sitemapRoutes],
};
