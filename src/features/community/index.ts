import type { FastifyInstance } from "fastify";
import type { AppContext } from "../../platform/context.ts";
import type { Feature } from "../../platform/feature.ts";
import { isHtmx } from "../../platform/http/render.ts";
import { holdPersonalData } from "../privacy/index.ts";
import { feedRoutes } from "./feed-routes.ts";
import { communityDigests } from "./housekeeping.ts";
import { listingRoutes } from "./listing-routes.tsx";
import { liveRoutes } from "./live-routes.tsx";
import { memberRoutes } from "./member-routes.tsx";
import { en } from "./messages/en.ts";
import { fr } from "./messages/fr.ts";
import { startCommunityWorkers, unreadCount } from "./notifications.ts";
import { replyWordsFolding } from "./search-documents.ts";
import { searchRoutes } from "./search-routes.tsx";
import { topicRoutes } from "./topic-routes.tsx";
import { memberWords } from "./withdrawal.ts";
import { writingRoutes } from "./writing-routes.tsx";

export { ensureCategory, listCategories } from "./categories.ts";
export {
  type CommunityPost,
  type PostSelection,
  type PublicConversationWeek,
  postsFor,
  publicConversationWeeks,
} from "./conversation-figures.ts";
export { deletePost, editPost, restorePost } from "./editing.ts";
export { listTopics, replyCounts, sitemapTopics, topicTitles } from "./listings.ts";
export { memberStats, type PublicPost, publicPostsOf } from "./member-activity.ts";
export { screenPublications } from "./publication-screen.ts";
export { watchPublications } from "./publication-watch.ts";
export { reply, startTopic } from "./publishing.ts";
export { postCountsOf } from "./reputation.ts";
export { previousVersion } from "./revisions.ts";
export { findPost, findPosts, findTopic, readThread } from "./threads.ts";
export { topicsWaitingForStaff } from "./waiting-topics.ts";

// An erasure reaches the member's words through privacy, which asks what is registered here.
holdPersonalData({ words: memberWords });

/** The header's counter of unread notifications, on full pages only. */
function installUnreadCount(app: FastifyInstance, ctx: AppContext): void {
  // Fragments, JSON and event streams skip the query.
  app.addHook("preHandler", async (request) => {
    if (!request.actor || request.method !== "GET" || isHtmx(request)) return;
    const accept = request.headers.accept;
    if (accept && !accept.includes("text/html") && !accept.includes("*/*")) return;
    request.unreadNotifications = await unreadCount(ctx, request.actor.id);
  });
}

/** The community: categories, topics and replies, search, members, notifications, the live thread. */
export const communityFeature: Feature = {
  name: "community",
  messages: { fr, en },
  install: installUnreadCount,
  routes: [listingRoutes, topicRoutes, writingRoutes, searchRoutes, feedRoutes, memberRoutes, liveRoutes],
  startWorkers: startCommunityWorkers,
  schedules: (ctx) => [communityDigests(ctx), replyWordsFolding(ctx)],
};
