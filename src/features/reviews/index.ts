import type { Feature } from "../../platform/feature.ts";
import { AROUND_MESSAGES, AROUND_ROUTES, aroundSchedules } from "./around.ts";
import { reviewsAuthorRoutes } from "./author-routes.tsx";
import { en } from "./messages/en.ts";
import { fr } from "./messages/fr.ts";
import { newDaySchedule } from "./new-day.ts";
import { reviewsPublicRoutes } from "./public-routes.tsx";
import { reviewsQueueRoutes } from "./queue-routes.tsx";
import { reviewsWritingRoutes } from "./writing-routes.tsx";

export { scoreNow } from "./listing.ts";
export { releaseHeldReviews, reviewQueueCounts } from "./moderation.ts";
export { settingsNow } from "./settings.ts";
export { isLinkSecret, newLinkSecret, secretHash } from "./tokens.ts";

/**
 * Client reviews (NF ISO 20488; L111-7-2, D111-16 to D111-19): writing from an invitation or
 * spontaneously, moderation in order of arrival for fixed reasons, the public pages and badge,
 * the authors' corrections and withdrawals.
 */
export const reviewsFeature: Feature = {
  name: "reviews",
  messages: { fr: { ...fr, ...AROUND_MESSAGES.fr }, en: { ...en, ...AROUND_MESSAGES.en } },
  routes: [
    reviewsPublicRoutes,
    reviewsWritingRoutes,
    reviewsAuthorRoutes,
    reviewsQueueRoutes,
    ...AROUND_ROUTES,
  ],
  schedules: (ctx) => [newDaySchedule(ctx), ...aroundSchedules(ctx)],
};
