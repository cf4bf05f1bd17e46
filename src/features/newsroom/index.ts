import type { Feature } from "../../platform/feature.ts";
import { en } from "./messages/en.ts";
import { fr } from "./messages/fr.ts";
import { newsroomRoutes } from "./routes.tsx";

export { articleUrl, COMMENTS_CATEGORY, sitemapArticles } from "./service.ts";

/** The newsroom: the bank's articles, each with its conversation in the community. */
export const newsroomFeature: Feature = { name: "newsroom", messages: { fr, en }, routes: [newsroomRoutes] };
