import { recordAudit } from "../../platform/audit/service.ts";
import type { Actor } from "../../platform/auth/actor.ts";
import { runCommand } from "../../platform/commands.ts";
import type { AppContext } from "../../platform/context.ts";
import { DomainError } from "../../platform/http/errors.ts";
import { i18nFor } from "../../platform/i18n/index.ts";
import { composeMail } from "../../platform/mail/compose.tsx";
import { mailRecipients } from "../accounts/index.ts";
import { inboxStaff } from "./colleagues.ts";
import { workedConversation } from "./conversation-access.ts";
import { inboxChanged } from "./live.ts";
import { mentionedIn } from "./mentions.ts";
import { messages } from "./schema.ts";

export const NOTE_MAX_LENGTH = 10_000;

/** Where a conversation is worked. */
export const conversationPath = (id: number) => `/admin/boite/${id}`;

/**
 * A private note on a conversation, for colleagues only (never shown to the client, never sent).
 * Colleagues it @mentions are kept with it and told by e-mail, which says where to look and
 * nothing of the client.
 */
export async function addNote(
  ctx: AppContext,
  actor: Actor,
  conversationId: number,
  body: string,
): Promise<{ messageId: number; mentions: number[] }> {
  const text = body.trim();
  if (text === "" || text.length > NOTE_MAX_LENGTH)
    throw new DomainError("note_invalid", 422, "inbox.conversation.noteInvalid");
  return runCommand(ctx, async (ctx) => {
    await workedConversation(ctx, actor, conversationId, { forUpdate: true });
    const mentions = mentionedIn(text, await inboxStaff(ctx)).filter((id) => id !== actor.id);
    const [note] = await ctx.db
      .insert(messages)
      .values({
        conversationId,
        direction: "note",
        authorId: actor.id,
        body: text,
        mentions: mentions.length > 0 ? mentions : null,
        createdAt: ctx.clock.now(),
      })
      .returning({ id: messages.id });
    await recordAudit(ctx.db, {
      actorId: actor.id,
      actorRole: actor.role,
      action: "inbox.note_added",
      subjectType: "inbox_conversation",
      subjectId: conversationId,
      details: { messageId: note!.id, mentions },
    });
    await tellMentioned(ctx, actor, conversationId, note!.id, mentions);
    await ctx.afterCommit((c) => inboxChanged(c, { conversationId, kind: "note" }));
    return { messageId: note!.id, mentions };
  });
}

async function tellMentioned(
  ctx: AppContext,
  author: Actor,
  conversationId: number,
  noteId: number,
  mentions: number[],
): Promise<void> {
  const recipients = await mailRecipients(ctx, mentions);
  for (const [id, recipient] of recipients) {
    const i18n = i18nFor(recipient.locale ?? ctx.config.defaultLocale);
    const { t } = i18n;
    await ctx.outbox.queue(ctx.db, {
      key: `inbox.mention:${noteId}:${id}`,
      category: "inbox.mention",
      to: recipient.email,
      ...composeMail(i18n, ctx.config.bankName, {
        subject: t("inbox.conversation.mentionMail.subject", { number: String(conversationId) }),
        greeting: t("inbox.conversation.mentionMail.greeting", { name: recipient.displayName }),
        paragraphs: [
          t("inbox.conversation.mentionMail.body", {
            author: author.displayName,
            number: String(conversationId),
          }),
        ],
        action: {
          label: t("inbox.conversation.mentionMail.action"),
          url: new URL(conversationPath(conversationId), ctx.config.baseUrl).href,
        },
      }),
    });
  }
}
