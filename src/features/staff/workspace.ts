import type { FastifyInstance, FastifyRequest } from "fastify";
import { type Access, inStaffArea, may } from "../../platform/auth/access.ts";
import type { Actor } from "../../platform/auth/actor.ts";
import type { AppContext } from "../../platform/context.ts";
import { isHtmx } from "../../platform/http/render.ts";
import type { MessageKey } from "../../platform/i18n/index.ts";
import type { StaffAreaLink, StaffWorkspace } from "../../platform/views/context.ts";
import { readArchive } from "../archive/policy.ts";
import { readAudience } from "../audience/policy.ts";
import { BAROMETER_PATH, OWN_SATISFACTION_PATH } from "../barometer/paths.ts";
import { barometer } from "../barometer/policy.ts";
import { keepContacts } from "../contacts/policy.ts";
import {
  APPROVALS_PATH,
  INBOX_PATH,
  pendingAnswerCount,
  REGISTER_PATH,
  unreadConversations,
} from "../inbox/index.ts";
import { inbox } from "../inbox/policy.ts";
import { queueCounts } from "../moderation/index.ts";
import { moderate } from "../moderation/policy.ts";
import { campaignsAwaitingApprovalBy } from "../newsletter/index.ts";
import { runNewsletter } from "../newsletter/policy.ts";
import { requestDeadlines } from "../privacy/index.ts";
import type { RequestDeadlines } from "../privacy/model.ts";
import { dpoDesk } from "../privacy/policy.ts";
import { reviewQueueCounts } from "../reviews/index.ts";
import { CONFORMITY_PATH, INVITATIONS_PATH, REVIEW_QUEUE_PATH } from "../reviews/paths.ts";
import { overseeReviews } from "../reviews/policy.ts";
import { SURVEYS_PATH } from "../surveys/paths.ts";
import { surveysAccess } from "../surveys/policy.ts";
import { staffConsole } from "./policy.ts";

/**
 * What waits for this person, counted for the roles that may act on it (absent: not theirs).
 * The staff home shows it in words, the workspace's header as numbers.
 */
export interface WaitingWork {
  moderation?: { held: number; reported: number; appeals: number };
  requests?: RequestDeadlines;
  campaignsToApprove?: number;
  reviews?: { waiting: number; late: number };
}

/** One query per feature at most, only for the roles that may act on what it counts. */
export async function waitingWork(ctx: AppContext, actor: Actor): Promise<WaitingWork> {
  const [moderation, requests, campaignsToApprove, reviews] = await Promise.all([
    may(actor, moderate) ? queueCounts(ctx, actor) : undefined,
    may(actor, dpoDesk.handleRequests) ? requestDeadlines(ctx, actor) : undefined,
    may(actor, runNewsletter) ? campaignsAwaitingApprovalBy(ctx, actor) : undefined,
    may(actor, overseeReviews) ? reviewQueueCounts(ctx) : undefined,
  ]);
  return {
    ...(reviews ? { reviews } : {}),
    ...(moderation ? { moderation } : {}),
    ...(requests ? { requests } : {}),
    ...(campaignsToApprove !== undefined ? { campaignsToApprove } : {}),
  };
}

interface Counted {
  work: WaitingWork;
  unread: number | undefined;
  approvals: number | undefined;
}

interface Area {
  href: string;
  title: MessageKey;
  ability: Access;
  waiting?: (counted: Counted) => StaffAreaLink["waiting"];
  live?: string;
}

/** The staff areas, in the order of the header: the day's work first, then the registers and settings. */
const AREAS: readonly Area[] = [
  {
    href: INBOX_PATH,
    title: "staff.nav.inbox",
    ability: inbox.work,
    waiting: ({ unread }) =>
      unread === undefined ? undefined : { count: unread, label: "staff.nav.toRead" },
    live: `${INBOX_PATH}/direct`,
  },
  {
    href: APPROVALS_PATH,
    title: "staff.nav.approvals",
    ability: inbox.approve,
    waiting: ({ approvals }) =>
      approvals === undefined ? undefined : { count: approvals, label: "staff.nav.toApprove" },
  },
  { href: REGISTER_PATH, title: "staff.nav.complaints", ability: inbox.complaintsRegister },
  { href: `${INBOX_PATH}/rapports`, title: "staff.nav.inboxReports", ability: inbox.reports },
  { href: `${INBOX_PATH}/reglages`, title: "staff.nav.inboxSettings", ability: inbox.configure },
  { href: BAROMETER_PATH, title: "staff.nav.barometer", ability: barometer.read },
  { href: OWN_SATISFACTION_PATH, title: "staff.nav.ownSatisfaction", ability: barometer.ownSatisfaction },
  {
    href: "/moderation",
    title: "staff.nav.moderation",
    ability: moderate,
    waiting: ({ work: { moderation: m } }) =>
      m && { count: m.held + m.reported + m.appeals, label: "staff.nav.toHandle" },
  },
  {
    href: REVIEW_QUEUE_PATH,
    title: "staff.nav.reviews",
    ability: overseeReviews,
    waiting: ({ work: { reviews: r } }) =>
      r && {
        count: r.waiting,
        label: "staff.nav.toHandle",
        urgent: { count: r.late, label: "staff.nav.overdue" },
      },
  },
  { href: INVITATIONS_PATH, title: "staff.nav.reviewInvitations", ability: overseeReviews },
  { href: CONFORMITY_PATH, title: "staff.nav.reviewConformity", ability: overseeReviews },
  { href: SURVEYS_PATH, title: "staff.nav.surveys", ability: surveysAccess.read },
  {
    href: "/admin/demandes",
    title: "staff.nav.requests",
    ability: dpoDesk.handleRequests,
    waiting: ({ work: { requests: r } }) =>
      r && {
        count: r.open,
        label: "staff.nav.open",
        urgent: { count: r.overdue, label: "staff.nav.overdue" },
      },
  },
  { href: "/admin/registre", title: "staff.nav.register", ability: dpoDesk.keepRegisters },
  { href: "/admin/consentements", title: "staff.nav.consents", ability: dpoDesk.readConsents },
  {
    href: "/admin/lettres",
    title: "staff.nav.newsletter",
    ability: runNewsletter,
    waiting: ({ work: { campaignsToApprove: n } }) =>
      n === undefined ? undefined : { count: n, label: "staff.nav.toApprove" },
  },
  { href: "/admin/audience", title: "staff.nav.audience", ability: readAudience },
  { href: "/admin/contacts", title: "staff.nav.contacts", ability: keepContacts },
  { href: "/admin/archives", title: "staff.nav.archive", ability: readArchive },
  { href: "/admin/comptes", title: "staff.nav.accounts", ability: staffConsole.manageAccounts },
  { href: "/admin/journal", title: "staff.nav.audit", ability: staffConsole.readAuditLog },
  { href: "/admin/courriels", title: "staff.nav.outbox", ability: staffConsole.readOutbox },
];

/** Whether a request renders a whole staff page for a staff member (fragments, JSON and streams do not). */
function wantsStaffPage(request: FastifyRequest): boolean {
  if (!request.actor || !may(request.actor, staffConsole.open) || isHtmx(request)) return false;
  const path = request.url.split("?")[0] ?? "";
  if (path.startsWith("/api/") || !inStaffArea(path)) return false;
  const accept = request.headers.accept;
  return !accept || accept.includes("text/html") || accept.includes("*/*");
}

/** The header's areas for one person, their counts kept a few seconds (the inbox keeps its own). */
async function workspaceOf(ctx: AppContext, actor: Actor): Promise<StaffWorkspace> {
  const areas = AREAS.filter((area) => may(actor, area.ability));
  const kept = ctx.memory.of<string, unknown>("staff-waiting-work", { ttlMs: 5000, max: 2000 });
  const [work, unread, approvals] = await Promise.all([
    kept.get(`work:${actor.id}`, () => waitingWork(ctx, actor)) as Promise<WaitingWork>,
    may(actor, inbox.work) ? unreadConversations(ctx, actor) : undefined,
    may(actor, inbox.approve)
      ? (kept.get(`approvals:${actor.id}`, () => pendingAnswerCount(ctx, actor)) as Promise<number>)
      : undefined,
  ]);
  return {
    areas: areas.map((area) => {
      const waiting = area.waiting?.({ work, unread, approvals });
      return {
        href: area.href,
        title: area.title,
        ...(waiting ? { waiting } : {}),
        ...(area.live ? { live: area.live } : {}),
      };
    }),
  };
}

/**
 * The staff workspace's layout is chosen here, once for every page: a whole page of a staff
 * area, asked by a staff member, gets the workspace's areas and counts, and the layout
 * (platform/views/layout.tsx) shows the workspace for it.
 */
export function installStaffWorkspace(app: FastifyInstance, ctx: AppContext): void {
  app.addHook("preHandler", async (request) => {
    if (!wantsStaffPage(request)) return;
    request.staffWorkspace = await workspaceOf(ctx, request.actor!);
  });
}
