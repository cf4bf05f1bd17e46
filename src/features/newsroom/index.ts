import type { Feature } from "../../platform/feature.ts";
import { newsroomRoutes } from "./routes.tsx";

export { articleUrl, sitemapArticles } from "./service.ts";

/** The newsroom: the bank's articles, each with its conversation in the community. */
export const newsroomFeature: Feature = { name: "newsroom", routes: [newsroomRoutes] };
