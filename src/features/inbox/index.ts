import type { Feature } from "../../platform/feature.ts";
import { holdPersonalData } from "../privacy/index.ts";
import { cannedReplyRoutes } from "./canned-reply-routes.tsx";
import {
  complaintActionRoutes,
  complaintReceiptRoutes,
  complaintRegisterRoutes,
} from "./complaints/routes.tsx";
import { conversationRoutes } from "./conversation-routes.tsx";
import { startInboundMail } from "./sources/email/listener.ts";
import "./sources/email/source.ts";
import { watchPublications } from "../community/index.ts";
import { listLiveRoutes } from "./list-live-routes.ts";
import { listRoutes } from "./list-routes.tsx";
import { en } from "./messages/en.ts";
import { fr } from "./messages/fr.ts";
import { conversationsOfPeople } from "./personal-data.ts";
import { publicRoutes } from "./public-routes.tsx";
import { reportRoutes } from "./reports/routes.tsx";
import { retentionSchedule } from "./retention.ts";
import { satisfactionRoutes } from "./satisfaction/routes.tsx";
import { availabilityRoutes } from "./settings/availability-routes.tsx";
import { settingsRoutes } from "./settings/routes.tsx";
import { snoozeSchedule } from "./snoozes.ts";
import { publicPostsWatcher, startPublicPostsWorker } from "./sources/community-posts.ts";
import { contactHousekeeping } from "./sources/contact-housekeeping.ts";
import { contactRoutes } from "./sources/contact-routes.tsx";
import { privateMessageRoutes } from "./sources/private-message-routes.tsx";
import "./sources/community.ts";
import { unansweredTopicsSchedule } from "./sources/unanswered-topics.ts";

/**
 * The inbox: everything clients say to the bank, from every source (sources.ts), as
 * conversations its teams work within service levels and the law on complaints.
 */
export { type AnswerInput, answer } from "./answers.ts";
export { pendingAnswerCount } from "./approvals.ts";
export { ComplaintPanel, type ComplaintPanelData, complaintPanel } from "./complaints/panel.tsx";
export { REGISTER_PATH, receiptPath } from "./complaints/paths.ts";
export { registerComplaint } from "./complaints/register.ts";
export { type SummaryLine, yearlySummary } from "./complaints/register-queries.ts";
export {
  type ClientMessage,
  type ComplaintClockWeek,
  clientMessagesFor,
  complaintClockWeeks,
  type MessageSelection,
  type PrivateConversationWeek,
  privateConversationWeeks,
} from "./conversation-figures.ts";
export { labelReviewCounts, type ReviewedLabels, reviewLabels } from "./labels.ts";
export { INBOX_PATH } from "./list-query.ts";
export { unreadConversations } from "./lists.ts";
export { APPROVALS_PATH, overridePath, privatePath } from "./public-paths.ts";
export { type Received, receive } from "./receive.ts";
export {
  answerMessageId,
  conversationForReply,
  type ReplyTarget,
  THREAD_HEADER,
  threadHeader,
} from "./replies.ts";
export { type ResolvedConversation, whenResolved } from "./satisfaction/resolution-hooks.ts";
export {
  type SatisfactionFilter,
  type SatisfactionMonth,
  satisfactionAfterResolution,
} from "./satisfaction/results.ts";
export { afterResolved } from "./satisfaction/survey.ts";
export { type InboundMail, startInboundMail } from "./sources/email/listener.ts";
export { deliverByEmail } from "./sources/email/source.ts";
export {
  type CheckedAttachment,
  type InboxSource,
  type Incoming,
  type Outgoing,
  registerSource,
} from "./sources.ts";

// The community tells the inbox of every post as it is published (sources/community-posts.ts).
watchPublications(publicPostsWatcher);
// Privacy finds a person's conversations through the inbox, and erases them as it says.
holdPersonalData({ conversations: conversationsOfPeople });

export const inboxFeature: Feature = {
  name: "inbox",
  messages: { fr, en },
  routes: [
    listRoutes,
    listLiveRoutes,
    privateMessageRoutes,
    contactRoutes,
    settingsRoutes,
    availabilityRoutes,
    reportRoutes,
    satisfactionRoutes,
    cannedReplyRoutes,
    conversationRoutes,
    complaintActionRoutes,
    complaintRegisterRoutes,
    complaintReceiptRoutes,
    publicRoutes,
  ],
  // The inbound SMTP listener, where INBOUND_SMTP_PORT is set (docs/inbox.md, "E-mail").
  startListeners: async (ctx) =>
    ctx.config.inboundSmtp ? [await startInboundMail(ctx, ctx.config.inboundSmtp)] : [],
  startWorkers: startPublicPostsWorker,
  schedules: (ctx) => [
    unansweredTopicsSchedule(ctx),
    contactHousekeeping(ctx),
    snoozeSchedule(ctx),
    retentionSchedule(ctx),
  ],
};
