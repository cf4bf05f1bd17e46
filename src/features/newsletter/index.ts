import type { Feature } from "../../platform/feature.ts";
import { campaignRoutes } from "./campaign-routes.tsx";
import { contactRoutes } from "./contact-routes.tsx";
import { newsletterHousekeeping } from "./housekeeping.ts";
import { mailEventRoutes } from "./mail-event-routes.ts";
import { newsletterRoutes } from "./routes.tsx";
import { startNewsletterWorkers } from "./sending.ts";

export { campaignsAwaitingApprovalBy } from "./campaigns.ts";

/** The newsletter: consent-proven subscriptions, campaigns and their sending, contacts. */
export const newsletterFeature: Feature = {
  name: "newsletter",
  routes: [newsletterRoutes, campaignRoutes, mailEventRoutes, contactRoutes],
  startWorkers: startNewsletterWorkers,
  schedules: (ctx) => [newsletterHousekeeping(ctx)],
};
