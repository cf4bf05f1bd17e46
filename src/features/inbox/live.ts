import type { AppContext } from "../../platform/context.ts";

/** The key every instance's inbox streams listen on (LISTEN/NOTIFY through PostgreSQL). */
export const INBOX_EVENTS = "inbox";

export interface InboxEvent {
  conversationId: number;
  kind: "message" | "assignment" | "status" | "note" | "approval" | "composing" | "complaint";
}

let version = 0;

/**
 * Moves each time this instance hears that a conversation changed (its own commands, and the
 * events the live streams relay from the others): the counts kept a few seconds (lists.ts) are
 * kept under it, so a change forgets them at once here, and within their few seconds elsewhere.
 */
export function inboxVersion(): number {
  return version;
}

export function inboxMoved(): void {
  version++;
}

/** After commit: tells the inbox pages open on every instance that a conversation changed. */
export async function inboxChanged(ctx: AppContext, event: InboxEvent): Promise<void> {
  inboxMoved();
  await ctx.live.publish(INBOX_EVENTS, event);
}
