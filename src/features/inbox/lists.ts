import { type SQL, sql } from "drizzle-orm";
import type { Actor } from "../../platform/auth/actor.ts";
import type { AppContext } from "../../platform/context.ts";
import { onePage, type Page } from "../../platform/http/paging.ts";
import { teamsOf } from "./conversation-access.ts";
import { inboxVersion } from "./live.ts";
import { type InboxScope, scopeOf } from "./policy.ts";
import type { ConversationStatus } from "./schema.ts";
import { scopeCondition, sqlValues } from "./scope-query.ts";

/**
 * The inbox's lists: its views, each counted, filtered and searched within the person's scope
 * (policy.ts `scopeOf`, as SQL by scope-query.ts), one page at a time.
 */

export const INBOX_VIEWS = [
  "unassigned",
  "mine",
  "myTeams",
  "all",
  "overdue",
  "complaints",
  "waiting",
  "snoozed",
  "resolved",
] as const;
export type InboxView = (typeof INBOX_VIEWS)[number];
export type ViewCounts = Record<InboxView, number> & {
  /** Conversations with client messages nobody opened yet, not resolved (the header's count). */
  unread: number;
};

/** Whom the views "mine" and "my teams" are about, and what they may see. */
export interface Worker {
  actorId: number;
  teamIds: readonly number[];
  scope: InboxScope;
}

export async function workerOf(ctx: AppContext, actor: Actor): Promise<Worker> {
  const teamIds = await teamsOf(ctx, actor.id);
  return { actorId: actor.id, teamIds, scope: scopeOf(actor, teamIds) };
}

/**
 * The next due time of a conversation: its first response while none was sent, its next
 * response, its resolution, whichever comes first (the targets of service-levels.ts).
 */
const DUE = sql`least(case when c.first_response_at is null then c.first_response_due_at end, c.next_response_due_at, c.resolution_due_at)`;

/**
 * Each view as a condition. The working views (unassigned, mine, my teams, all) hold the open
 * conversations, those the bank must answer; the others are named by what they wait for.
 */
function viewCondition(view: InboxView, worker: Worker, now: Date): SQL {
  switch (view) {
    case "unassigned":
      return sql`(c.status = 'open' and c.assignee_id is null)`;
    case "mine":
      return sql`(c.status = 'open' and c.assignee_id = ${worker.actorId})`;
    case "myTeams":
      return worker.teamIds.length === 0
        ? sql`false`
        : sql`(c.status = 'open' and c.team_id in (${sqlValues(worker.teamIds)}))`;
    case "all":
      return sql`c.status = 'open'`;
    case "overdue":
      // Not while the clocks are paused (waiting on the client): the due times move on resuming.
      return sql`(c.status <> 'resolved' and c.paused_at is null and ${DUE} < ${now.toISOString()}::timestamptz)`;
    case "complaints":
      return sql`(c.complaint and c.status <> 'resolved')`;
    case "waiting":
      return sql`c.status = 'waiting_on_client'`;
    case "snoozed":
      return sql`c.status = 'snoozed'`;
    case "resolved":
      return sql`c.status = 'resolved'`;
  }
}

/** What narrows a view; each absent field narrows nothing. */
export interface InboxFilters {
  source?: string;
  /** A team's slug. */
  team?: string;
  language?: "fr" | "en";
  sentiment?: "positive" | "neutral" | "negative";
  /** A community category's slug. */
  category?: string;
  tag?: string;
  /** Words to find, in French or English (websearch syntax: "quoted phrase", -excluded, or). */
  search?: string;
}

function filterCondition(filters: InboxFilters): SQL {
  const parts: SQL[] = [];
  if (filters.source) parts.push(sql`c.source = ${filters.source}`);
  if (filters.team)
    parts.push(sql`c.team_id = (select t.id from inbox_teams t where t.slug = ${filters.team})`);
  if (filters.language) parts.push(sql`c.language = ${filters.language}`);
  if (filters.sentiment) parts.push(sql`c.sentiment = ${filters.sentiment}`);
  if (filters.category) parts.push(sql`c.category_slug = ${filters.category}`);
  if (filters.tag) parts.push(sql`c.tags @> array[${filters.tag}]::text[]`);
  if (filters.search)
    parts.push(
      sql`c.search_document @@ (websearch_to_tsquery('confiance_fr', ${filters.search}) || websearch_to_tsquery('confiance_en', ${filters.search}))`,
    );
  return parts.length === 0 ? sql`true` : sql.join(parts, sql` and `);
}

/**
 * Every view's count, and the unread count, for one person and filters: one statement over the
 * conversations in their scope, so no counter is kept that could drift. Kept a few seconds per
 * instance, and forgotten on this instance as soon as a conversation changes (live.ts).
 */
export function viewCounts(ctx: AppContext, worker: Worker, filters: InboxFilters = {}): Promise<ViewCounts> {
  const key = `${inboxVersion()}|${worker.actorId}|${worker.teamIds.join(",")}|${JSON.stringify(filters)}`;
  return ctx.memory
    .of<string, ViewCounts>("inbox-view-counts", { ttlMs: 3000, max: 2000 })
    .get(key, () => countViews(ctx, worker, filters));
}

async function countViews(ctx: AppContext, worker: Worker, filters: InboxFilters): Promise<ViewCounts> {
  const now = ctx.clock.now();
  const columns = INBOX_VIEWS.map(
    (view) =>
      sql`count(*) filter (where ${viewCondition(view, worker, now)})::int as ${sql.identifier(view)}`,
  );
  const { rows } = await ctx.db.execute<ViewCounts>(sql`
    select ${sql.join(columns, sql`, `)},
           count(*) filter (where c.unread and c.status <> 'resolved')::int as unread
      from inbox_conversations c
     where ${scopeCondition(worker.scope)} and ${filterCondition(filters)}`);
  return rows[0]!;
}

/** One conversation as a list shows it. */
export interface InboxRow {
  id: number;
  subject: string;
  person: string;
  source: string;
  status: ConversationStatus;
  snoozedUntil: Date | null;
  teamNameFr: string | null;
  teamNameEn: string | null;
  assigneeId: number | null;
  complaint: boolean;
  complaintConfirmed: boolean;
  sentiment: "positive" | "neutral" | "negative";
  language: "fr" | "en";
  unread: boolean;
  pausedAt: Date | null;
  dueAt: Date | null;
  lastMessageAt: Date;
}

/** A total order per view: the most urgent first where time presses, the latest first elsewhere. */
function order(view: InboxView): SQL {
  if (view === "overdue") return sql`due_at asc, c.id asc`;
  if (view === "resolved") return sql`c.resolved_at desc nulls last, c.id desc`;
  return sql`c.last_message_at desc, c.id desc`;
}

export interface InboxList {
  counts: ViewCounts;
  page: Page<InboxRow>;
}

/** One page of a view, with every view's count (the page's total is its view's count). */
export async function inboxList(
  ctx: AppContext,
  worker: Worker,
  view: InboxView,
  filters: InboxFilters,
  asked: number,
): Promise<InboxList> {
  const counts = await viewCounts(ctx, worker, filters);
  const now = ctx.clock.now();
  const page = await onePage(
    asked,
    async () => counts[view],
    async (limit, offset) => {
      const { rows } = await ctx.db.execute<Record<string, unknown>>(sql`
        select c.id, c.subject, r.display_name as person, c.source, c.status, c.snoozed_until,
               t.name_fr, t.name_en, c.assignee_id, c.complaint, c.complaint_confirmed, c.sentiment,
               c.language, c.unread, c.paused_at, ${DUE} as due_at, c.last_message_at
          from inbox_conversations c
          join inbox_correspondents r on r.id = c.correspondent_id
          left join inbox_teams t on t.id = c.team_id
         where ${scopeCondition(worker.scope)} and ${viewCondition(view, worker, now)}
           and ${filterCondition(filters)}
         order by ${order(view)}
         limit ${limit} offset ${offset}`);
      return rows.map(toRow);
    },
  );
  return { counts, page };
}

const date = (value: unknown): Date | null =>
  value === null || value === undefined ? null : new Date(String(value));

function toRow(row: Record<string, unknown>): InboxRow {
  return {
    id: Number(row.id),
    subject: String(row.subject),
    person: String(row.person),
    source: String(row.source),
    status: row.status as ConversationStatus,
    snoozedUntil: date(row.snoozed_until),
    teamNameFr: (row.name_fr as string | null) ?? null,
    teamNameEn: (row.name_en as string | null) ?? null,
    assigneeId: row.assignee_id === null ? null : Number(row.assignee_id),
    complaint: Boolean(row.complaint),
    complaintConfirmed: Boolean(row.complaint_confirmed),
    sentiment: row.sentiment as InboxRow["sentiment"],
    language: row.language as InboxRow["language"],
    unread: Boolean(row.unread),
    pausedAt: date(row.paused_at),
    dueAt: date(row.due_at),
    lastMessageAt: date(row.last_message_at)!,
  };
}

/** The teams, for the team filter. */
export async function inboxTeams(
  ctx: AppContext,
): Promise<{ slug: string; nameFr: string; nameEn: string }[]> {
  const { rows } = await ctx.db.execute<{ slug: string; name_fr: string; name_en: string }>(
    sql`select slug, name_fr, name_en from inbox_teams order by name_fr`,
  );
  return rows.map((r) => ({ slug: r.slug, nameFr: r.name_fr, nameEn: r.name_en }));
}

/** The header's count: the person's unread conversations, whatever the page. */
export function unreadConversations(ctx: AppContext, actor: Actor): Promise<number> {
  return ctx.memory
    .of<string, number>("inbox-unread", { ttlMs: 3000, max: 2000 })
    .get(`${inboxVersion()}|${actor.id}|${actor.role}`, async () => {
      return (await viewCounts(ctx, await workerOf(ctx, actor))).unread;
    });
}
