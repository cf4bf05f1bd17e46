import { sql } from "drizzle-orm";
import { parisLocalTime } from "../../calendar/index.ts";
import { recordAudit } from "../../platform/audit/service.ts";
import type { Actor } from "../../platform/auth/actor.ts";
import { runCommand } from "../../platform/commands.ts";
import type { AppContext } from "../../platform/context.ts";
import { DomainError } from "../../platform/http/errors.ts";
import { isOneOf } from "../../platform/one-of.ts";
import { type Conversation, workedConversation } from "./conversation-access.ts";
import { type InboxEvent, inboxChanged } from "./live.ts";
import { afterResolved } from "./satisfaction/survey.ts";
import { conversations, PRIORITIES } from "./schema.ts";
import { bankOpeningHours, dueAfter, resumed, targetsFor } from "./service-levels.ts";

/**
 * What an advisor does to a conversation besides answering it: assign, move to a team, change
 * its status, priority and tags. Each is one command on the locked row. A form carries the
 * version of the conversation it was shown (`seen`): when a colleague changed it meanwhile and
 * the change asked for is not already in place, the second advisor gets a 409 and sees the
 * first one's result, so two advisors acting at once give one result, never a silent overwrite.
 */
export type ConversationChange =
  | { action: "assign"; assigneeId: number | null }
  | { action: "team"; teamId: number }
  | { action: "status"; status: "open" | "waiting_on_client" | "resolved" }
  | { action: "reopen" }
  | { action: "snooze"; until: string }
  | { action: "priority"; priority: string }
  | { action: "tag"; tag: string }
  | { action: "untag"; tag: string };

const TAGS_MAX = 20;
const TAG_LENGTH_MAX = 40;

/** A tag as it is kept: lower case, no leading '#', words joined by hyphens, letters and digits only. */
export function normaliseTag(typed: string): string {
  return typed
    .normalize("NFC")
    .trim()
    .replace(/^#+/, "")
    .toLocaleLowerCase("fr")
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, TAG_LENGTH_MAX);
}

/** The conversation's version as forms carry it: PostgreSQL's row version, new at every update. */
export async function conversationVersion(ctx: AppContext, id: number): Promise<string> {
  const { rows } = await ctx.db.execute<{ version: string }>(
    sql`select xmin::text as version from inbox_conversations where id = ${id}`,
  );
  return rows[0]?.version ?? "";
}

type Update = Partial<typeof conversations.$inferInsert>;

export async function changeConversation(
  ctx: AppContext,
  actor: Actor,
  conversationId: number,
  change: ConversationChange,
  seen: string,
): Promise<void> {
  await runCommand(ctx, async (ctx) => {
    const conversation = await workedConversation(ctx, actor, conversationId, { forUpdate: true });
    const update = await updateFor(ctx, actor, conversation, change);
    if (update === null) return;
    if (seen !== "" && seen !== (await conversationVersion(ctx, conversationId)))
      throw new DomainError("conversation_changed", 409, "inbox.conflict");
    await ctx.db
      .update(conversations)
      .set({ ...update, updatedAt: ctx.clock.now() })
      .where(sql`${conversations.id} = ${conversationId}`);
    await recordAudit(ctx.db, {
      actorId: actor.id,
      actorRole: actor.role,
      action: `inbox.${change.action}`,
      subjectType: "inbox_conversation",
      subjectId: conversationId,
      details: detailsOf(change),
    });
    if (change.action === "status" && change.status === "resolved") await afterResolved(ctx, conversationId);
    const kind: InboxEvent["kind"] =
      change.action === "assign" || change.action === "team" ? "assignment" : "status";
    await ctx.afterCommit((c) => inboxChanged(c, { conversationId, kind }));
  });
}

function detailsOf(change: ConversationChange): Record<string, unknown> {
  const { action: _action, ...details } = change;
  return details;
}

const refused = (key: "inbox.conversation.invalid" | "inbox.conversation.snoozeInvalid") =>
  new DomainError("invalid_change", 422, key);

/** The columns the change sets, or null when it is already in place (nothing to do). */
async function updateFor(
  ctx: AppContext,
  _actor: Actor,
  c: Conversation,
  change: ConversationChange,
): Promise<Update | null> {
  const now = ctx.clock.now();
  switch (change.action) {
    case "assign": {
      if (change.assigneeId === c.assigneeId) return null;
      if (change.assigneeId !== null && !(await worksTheInbox(ctx, change.assigneeId)))
        throw refused("inbox.conversation.invalid");
      return { assigneeId: change.assigneeId };
    }
    case "team": {
      if (change.teamId === c.teamId) return null;
      const { rows } = await ctx.db.execute(sql`select 1 from inbox_teams where id = ${change.teamId}`);
      if (rows.length === 0) throw refused("inbox.conversation.invalid");
      return { teamId: change.teamId };
    }
    case "priority": {
      const priority = change.priority;
      if (!isOneOf(PRIORITIES, priority)) throw refused("inbox.conversation.invalid");
      if (priority === c.priority) return null;
      // The targets of the new priority, counted from when the conversation opened.
      const targets = await targetsFor(ctx.db, c.teamId, priority);
      const hours = await bankOpeningHours(ctx);
      return {
        priority,
        ...(c.firstResponseAt === null
          ? { firstResponseDueAt: dueAfter(c.createdAt, targets.firstResponseMinutes, hours) }
          : {}),
        ...(c.pausedAt === null && c.status !== "resolved"
          ? { resolutionDueAt: dueAfter(c.createdAt, targets.resolutionMinutes, hours) }
          : {}),
      };
    }
    case "tag": {
      const tag = normaliseTag(change.tag);
      if (tag === "" || c.tags.length >= TAGS_MAX) throw refused("inbox.conversation.invalid");
      return c.tags.includes(tag) ? null : { tags: [...c.tags, tag] };
    }
    case "untag": {
      const tag = normaliseTag(change.tag);
      return c.tags.includes(tag) ? { tags: c.tags.filter((t) => t !== tag) } : null;
    }
    case "snooze": {
      const until = parisLocalTime(change.until);
      if (!until || until <= now) throw refused("inbox.conversation.snoozeInvalid");
      if (c.status === "resolved")
        throw new DomainError("conversation_resolved", 409, "inbox.conversation.resolved");
      return { ...(await leaving(ctx, c, now)), status: "snoozed", snoozedUntil: until };
    }
    case "reopen": {
      if (c.status !== "resolved") return null;
      const targets = await targetsFor(ctx.db, c.teamId, c.priority);
      return {
        status: "open",
        snoozedUntil: null,
        resolvedAt: null,
        pausedAt: null,
        reopenedCount: c.reopenedCount + 1,
        resolutionDueAt: dueAfter(now, targets.resolutionMinutes, await bankOpeningHours(ctx)),
      };
    }
    case "status": {
      if (change.status === c.status) return null;
      if (c.status === "resolved" && change.status !== "resolved")
        throw new DomainError("conversation_resolved", 409, "inbox.conversation.resolved");
      const base = { ...(await leaving(ctx, c, now)), status: change.status, snoozedUntil: null };
      if (change.status === "waiting_on_client") return { ...base, pausedAt: now };
      if (change.status === "resolved") return { ...base, resolvedAt: now, unread: false };
      return base;
    }
  }
}

/** Leaving "waiting on the client": the resolution clock moves by the business time it was paused. */
async function leaving(ctx: AppContext, c: Conversation, now: Date): Promise<Update> {
  if (c.status !== "waiting_on_client" || c.pausedAt === null) return {};
  return {
    pausedAt: null,
    resolutionDueAt: resumed(c.resolutionDueAt, c.pausedAt, now, await bankOpeningHours(ctx)),
  };
}

/** Whether an account works the inbox: a member of one of its teams. */
export async function worksTheInbox(ctx: AppContext, accountId: number): Promise<boolean> {
  const { rows } = await ctx.db.execute(
    sql`select 1 from inbox_team_members where account_id = ${accountId} limit 1`,
  );
  return rows.length > 0;
}
