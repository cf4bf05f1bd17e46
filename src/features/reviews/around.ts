import type { AppContext } from "../../platform/context.ts";
import type { RoutePlugin } from "../../platform/feature.ts";
import type { ScheduledJob } from "../../platform/jobs/jobs.ts";
import { whenResolved } from "../inbox/index.ts";
import { conformityRoutes, disclosureRoutes } from "./around-routes.tsx";
import { inviteAfterConversation } from "./inbox-invitations.ts";
import { invitationApiRoutes, invitationRoutes } from "./invitation-routes.tsx";
import { aroundEn } from "./messages/around-en.ts";
import { aroundFr } from "./messages/around-fr.ts";
import { releaseHeldReviews } from "./moderation.ts";
import { reviewsRetentionSchedule } from "./retention.ts";
import "./inbox-source.ts";

/**
 * What surrounds the reviews, as the feature's index.ts adds it: the invitations (CSV, API, a
 * resolved conversation), the disclosure page and the conformity report, the schedules (a held
 * review published when its hold ends; retention), reviews as a source of the inbox.
 */
export const AROUND_MESSAGES = { fr: aroundFr, en: aroundEn };

export const AROUND_ROUTES: readonly RoutePlugin[] = [
  invitationRoutes,
  invitationApiRoutes,
  disclosureRoutes,
  conformityRoutes,
];

/** Every quarter of an hour, a held review whose hold has ended is published, whatever happened. */
export const aroundSchedules = (ctx: AppContext): ScheduledJob[] => [
  { name: "reviews-held", cron: "*/15 * * * *", run: () => releaseHeldReviews(ctx) },
  reviewsRetentionSchedule(ctx),
];

// A resolved conversation invites its person to review the bank (inbox-invitations.ts).
whenResolved(inviteAfterConversation);
