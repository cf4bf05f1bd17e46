import { eq } from "drizzle-orm";
import { recordAudit } from "../../platform/audit/service.ts";
import type { Actor } from "../../platform/auth/actor.ts";
import { runCommand } from "../../platform/commands.ts";
import type { AppContext } from "../../platform/context.ts";
import { DomainError } from "../../platform/http/errors.ts";
import { i18nFor } from "../../platform/i18n/index.ts";
import type { FieldErrors } from "../../platform/views/components.tsx";
import { answer } from "./answers.ts";
import { type Conversation, workedConversation } from "./conversation-access.ts";
import { inboxChanged } from "./live.ts";
import { conversations, correspondents, messages } from "./schema.ts";
import { MY_MESSAGES, PRIVATE_MESSAGE } from "./sources/private-messages.ts";
import { sourceNamed } from "./sources.ts";

export const PRIVATE_BODY_MAX = 5000;

export type MovedToPrivate =
  | { ok: true; privateConversationId: number; publicDelivery: "sent" | "pending_approval" }
  | { ok: true; privateConversationId: null; publicDelivery: "sent" | "pending_approval" }
  | { ok: false; errors: FieldErrors };

/**
 * "Continue in private": one command answers in public, briefly and in the member's language
 * («Nous vous avons répondu en message privé.»), through the ordinary answer (the guard, the
 * approvals), and opens a private conversation with the same person, linked both ways, whose
 * first message is the advisor's. The private one carries what the public one knew (team,
 * advisor, complaint, category, tags, due dates), so no clock starts again.
 *
 * Someone without an account (a later source: social networks) cannot read a private message
 * yet: the public answer invites them to sign up or sign in and write from their messages, and
 * the advisor's text stays as a note on the public conversation until they do.
 */
export async function continueInPrivate(
  ctx: AppContext,
  actor: Actor,
  conversationId: number,
  input: { body: string },
): Promise<MovedToPrivate> {
  return runCommand(ctx, async (ctx) => {
    const conversation = await workedConversation(ctx, actor, conversationId, { forUpdate: true });
    if (!sourceNamed(conversation.source).publicReplies)
      throw new DomainError("not_public", 422, "inbox.public.notPublic");
    if (conversation.linkedConversationId !== null)
      throw new DomainError("already_private", 409, "inbox.public.alreadyPrivate");
    const body = input.body.trim();
    if (body.length === 0 || body.length > PRIVATE_BODY_MAX)
      return { ok: false as const, errors: { body: "inbox.public.privateBodyRequired" } };
    const person = await correspondentOf(ctx, conversation);
    const { t } = i18nFor(person.locale);
    const now = ctx.clock.now();

    if (person.accountId === null) {
      const signIn = new URL(`/connexion?suite=${encodeURIComponent(MY_MESSAGES)}`, ctx.config.baseUrl);
      const invited = await answer(ctx, actor, conversationId, {
        body: t("inbox.public.signInFirst", { link: signIn.href }),
        public: true,
        statusAfter: "waiting_on_client",
      });
      await ctx.db.insert(messages).values({
        conversationId,
        direction: "note",
        authorId: actor.id,
        body: i18nFor(ctx.config.defaultLocale).t("inbox.public.waitingForAccount", { text: body }),
        createdAt: now,
      });
      await audit(ctx, actor, conversationId, null);
      return { ok: true as const, privateConversationId: null, publicDelivery: invited.delivery };
    }

    const told = await answer(ctx, actor, conversationId, {
      body: t("inbox.public.movedToPrivate"),
      public: true,
      statusAfter: "waiting_on_client",
    });
    const [created] = await ctx.db
      .insert(conversations)
      .values({
        correspondentId: conversation.correspondentId,
        source: PRIVATE_MESSAGE,
        threadKey: `from-public:${conversation.id}`,
        subject: conversation.subject,
        language: conversation.language,
        priority: conversation.priority,
        teamId: conversation.teamId,
        assigneeId: conversation.assigneeId ?? actor.id,
        categorySlug: conversation.categorySlug,
        tags: conversation.tags,
        sentiment: conversation.sentiment,
        sentimentScore: conversation.sentimentScore,
        complaint: conversation.complaint,
        complaintConfirmed: conversation.complaintConfirmed,
        paymentService: conversation.paymentService,
        linkedConversationId: conversation.id,
        firstResponseDueAt: conversation.firstResponseDueAt,
        resolutionDueAt: conversation.resolutionDueAt,
        lastClientMessageAt: conversation.lastClientMessageAt,
        lastMessageAt: now,
        unread: false,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: conversations.id });
    const privateId = created!.id;
    await ctx.db
      .update(conversations)
      .set({ linkedConversationId: privateId, updatedAt: now })
      .where(eq(conversations.id, conversationId));
    await answer(ctx, actor, privateId, { body, public: false, statusAfter: "waiting_on_client" });
    await audit(ctx, actor, conversationId, privateId);
    await ctx.afterCommit((c) => inboxChanged(c, { conversationId: privateId, kind: "message" }));
    return { ok: true as const, privateConversationId: privateId, publicDelivery: told.delivery };
  });
}

async function audit(ctx: AppContext, actor: Actor, conversationId: number, privateId: number | null) {
  await recordAudit(ctx.db, {
    actorId: actor.id,
    actorRole: actor.role,
    action: "inbox.moved_to_private",
    subjectType: "inbox_conversation",
    subjectId: conversationId,
    details: { privateConversationId: privateId },
  });
}

const correspondentOf = async (ctx: AppContext, conversation: Conversation) =>
  (await ctx.db.select().from(correspondents).where(eq(correspondents.id, conversation.correspondentId)))[0]!;

/** The short public answer, in the person's language (shown to the advisor before they send it). */
export async function privateNotice(ctx: AppContext, conversation: Conversation): Promise<string> {
  return i18nFor((await correspondentOf(ctx, conversation)).locale).t("inbox.public.movedToPrivate");
}
