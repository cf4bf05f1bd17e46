import { memberAbility, staffAbility } from "../../platform/auth/access.ts";
import type { Actor } from "../../platform/auth/actor.ts";

/**
 * The inbox's abilities. Routes declare them; what each person then sees of the conversations
 * is `scopeOf` (a pure function of the actor), applied by every query that lists or opens one.
 */
export const inbox = {
  /** Work conversations: advisors their teams', community managers the public sources', compliance the complaints. */
  work: staffAbility("inbox.work", ["advisor", "community_manager", "compliance_officer", "administrator"]),
  /** Teams, members, canned replies, service levels, opening hours, the community rules. */
  configure: staffAbility("inbox.configure", ["community_manager", "administrator"]),
  /** Approve (or edit and approve) replies waiting for a second pair of eyes. */
  approve: staffAbility("inbox.approve", ["community_manager", "compliance_officer", "administrator"]),
  /** Let a reply the bank-secrecy or credit guard refused go out, with a written reason (audited). */
  override: staffAbility("inbox.override_guard", ["compliance_officer"]),
  /** The register of complaints, its CSV export and yearly summary, the classifier's error rate. */
  complaintsRegister: staffAbility("inbox.complaints_register", ["compliance_officer", "administrator"]),
  /** Reports: response times, service levels met, backlog, complaints by product and cause. */
  reports: staffAbility("inbox.reports", ["community_manager", "compliance_officer", "administrator"]),
  /** A member's own conversations with the bank ("Mes messages"). */
  ownMessages: memberAbility("inbox.own_messages"),
  /** Writing a new private message to the bank: a verified e-mail, so the answer can reach them. */
  writeMessage: memberAbility("inbox.write_message", "verified"),
} as const;

/** Sources whose conversations are public (the community managers' domain). */
export const PUBLIC_SOURCES: readonly string[] = ["community", "newsroom_comment", "review"];

/**
 * Which conversations a staff member works:
 * - administrators: all;
 * - community managers: every conversation from a public source, and those of their teams;
 * - compliance officers: every complaint, and those of their teams;
 * - advisors: those of their teams, and those assigned to them.
 */
export type InboxScope =
  | { all: true }
  | {
      all: false;
      teamIds: readonly number[];
      assigneeId: number;
      publicSources: boolean;
      complaints: boolean;
    };

export function scopeOf(actor: Actor, teamIds: readonly number[]): InboxScope {
  if (actor.role === "administrator") return { all: true };
  return {
    all: false,
    teamIds,
    assigneeId: actor.id,
    publicSources: actor.role === "community_manager",
    complaints: actor.role === "compliance_officer",
  };
}

/** Whether a conversation falls in a scope: the same rule as the queries, for one conversation. */
export function inScope(
  scope: InboxScope,
  conversation: { teamId: number | null; assigneeId: number | null; source: string; complaint: boolean },
): boolean {
  if (scope.all) return true;
  return (
    (conversation.teamId !== null && scope.teamIds.includes(conversation.teamId)) ||
    conversation.assigneeId === scope.assigneeId ||
    (scope.publicSources && PUBLIC_SOURCES.includes(conversation.source)) ||
    (scope.complaints && conversation.complaint)
  );
}
