import { eq } from "drizzle-orm";
import { parisDay } from "../../calendar/index.ts";
import type { AppContext } from "../../platform/context.ts";
import type { ResolvedConversation } from "../inbox/index.ts";
import { REVIEW_SOURCE } from "./inbox-source.ts";
import { inviteBatch } from "./invitations.ts";
import { reviewInvitations } from "./schema.ts";

/**
 * A conversation resolved is a real interaction: its person is invited to review the bank,
 * whatever they thought of the answer (the invitation leaves with the resolution, before any
 * satisfaction is known, so it cannot depend on it). Once per conversation; not for a review's
 * own conversation, nor for someone the bank may not write to (no address, erased, objected).
 */
export async function inviteAfterConversation(
  ctx: AppContext,
  conversation: ResolvedConversation,
): Promise<void> {
  const { recipient } = conversation;
  if (!recipient || conversation.source === REVIEW_SOURCE) return;
  const [already] = await ctx.db
    .select({ id: reviewInvitations.id })
    .from(reviewInvitations)
    .where(eq(reviewInvitations.conversationId, conversation.id))
    .limit(1);
  if (already) return;
  const [firstName = "", ...rest] = recipient.displayName.replace(/\s+/g, " ").trim().split(" ");
  await inviteBatch(ctx, {
    origin: "inbox",
    createdBy: null,
    label: `inbox:${conversation.id}`,
    conversationId: conversation.id,
    ...(recipient.accountId !== null ? { accountId: recipient.accountId } : {}),
    rows: [
      {
        line: 1,
        email: recipient.email,
        firstName,
        lastName: rest.join(" "),
        reference: `inbox:${conversation.id}`,
        experienceOn: parisDay(conversation.resolvedAt),
        product: null,
        locale: recipient.locale,
      },
    ],
  });
}
