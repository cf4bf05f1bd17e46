import type { AppContext } from "../../platform/context.ts";

/** The key every instance's inbox streams listen on (LISTEN/NOTIFY through PostgreSQL). */
export const INBOX_EVENTS = "inbox";

export interface InboxEvent {
  conversationId: number;
  kind: "message" | "assignment" | "status" | "note" | "approval" | "composing" | "complaint";
}

/** After commit: tells the inbox pages open on every instance that a conversation changed. */
export async function inboxChanged(ctx: AppContext, event: InboxEvent): Promise<void> {
  await ctx.live.publish(INBOX_EVENTS, event);
}
