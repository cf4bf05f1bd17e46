import type { Feature } from "../../platform/feature.ts";
import { audienceRoutes } from "./routes.tsx";

export { purgeAudience } from "./figures.ts";

/** The audience: the consent-exempt measurement of visits and its figures. */
export const audienceFeature: Feature = { name: "audience", routes: [audienceRoutes] };
