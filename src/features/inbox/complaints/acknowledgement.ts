import { and, desc, eq, isNotNull } from "drizzle-orm";
import { recordAudit } from "../../../platform/audit/service.ts";
import type { Actor } from "../../../platform/auth/actor.ts";
import { runCommand } from "../../../platform/commands.ts";
import type { AppContext } from "../../../platform/context.ts";
import { DomainError } from "../../../platform/http/errors.ts";
import { i18nFor } from "../../../platform/i18n/index.ts";
import { composeMail } from "../../../platform/mail/compose.tsx";
import { mailRecipients } from "../../accounts/index.ts";
import { workedConversation } from "../conversation-access.ts";
import { inboxChanged } from "../live.ts";
import { complaints, conversations, correspondents } from "../schema.ts";
import { receiptPath } from "./paths.ts";
import { complaintReference, receiptParagraphs } from "./receipt.ts";
import { type ComplaintEntry, complaintOf } from "./register.ts";

/**
 * Sends the dated acknowledgement of a complaint (within 10 jours ouvrables, on a durable
 * medium). One command: the e-mail to the correspondent is queued, the receipt becomes visible
 * to a member in "Mes messages", and the register records when. Sending it twice does nothing more.
 */
export async function acknowledgeComplaint(
  ctx: AppContext,
  actor: Actor,
  conversationId: number,
): Promise<{ acknowledgedAt: Date; mailed: boolean }> {
  return runCommand(ctx, async (ctx) => {
    const conversation = await workedConversation(ctx, actor, conversationId, { forUpdate: true });
    const entry = await complaintOf(ctx, conversationId, { forUpdate: true });
    if (!entry) throw new DomainError("not_a_complaint", 409, "inbox.complaints.notRegistered");
    if (entry.acknowledgedAt) return { acknowledgedAt: entry.acknowledgedAt, mailed: false };
    if (entry.answeredAt)
      throw new DomainError("complaint_answered", 409, "inbox.complaints.acknowledge.answered");
    const now = ctx.clock.now();
    const mailed = await mailReceipt(ctx, conversation, entry, now);
    await ctx.db.update(complaints).set({ acknowledgedAt: now }).where(eq(complaints.id, entry.id));
    await recordAudit(ctx.db, {
      actorId: actor.id,
      actorRole: actor.role,
      action: "inbox.complaint_acknowledged",
      subjectType: "inbox_conversation",
      subjectId: conversationId,
      details: { mailed },
    });
    await ctx.afterCommit((c) => inboxChanged(c, { conversationId, kind: "complaint" }));
    return { acknowledgedAt: now, mailed };
  });
}

async function mailReceipt(
  ctx: AppContext,
  conversation: typeof conversations.$inferSelect,
  entry: ComplaintEntry,
  at: Date,
): Promise<boolean> {
  const [correspondent] = await ctx.db
    .select()
    .from(correspondents)
    .where(eq(correspondents.id, conversation.correspondentId));
  const member =
    correspondent!.accountId === null
      ? undefined
      : (await mailRecipients(ctx, [correspondent!.accountId])).get(correspondent!.accountId);
  const to = member?.email ?? correspondent!.email;
  if (!to) return false;
  const i18n = i18nFor(correspondent!.locale);
  const { t } = i18n;
  await ctx.outbox.queue(ctx.db, {
    key: `inbox.complaint_acknowledgement:${entry.id}`,
    category: "inbox.complaint_acknowledgement",
    to,
    ...composeMail(i18n, ctx.config.bankName, {
      subject: t("inbox.complaints.receipt.subject"),
      greeting: t("inbox.complaints.receipt.greeting", { name: correspondent!.displayName }),
      paragraphs: receiptParagraphs(i18n, entry, conversation.subject, at),
      ...(member
        ? {
            action: {
              label: t("inbox.complaints.receipt.open"),
              url: new URL(receiptPath(conversation.id), ctx.config.baseUrl).href,
            },
          }
        : {}),
    }),
  });
  return true;
}

/** A member's acknowledged complaint, for their receipt page: their own conversation only. */
export async function receiptOf(
  ctx: AppContext,
  accountId: number,
  conversationId: number,
): Promise<{ entry: ComplaintEntry; subject: string; acknowledgedAt: Date } | undefined> {
  const [row] = await ctx.db
    .select({ entry: complaints, subject: conversations.subject })
    .from(complaints)
    .innerJoin(conversations, eq(conversations.id, complaints.conversationId))
    .innerJoin(correspondents, eq(correspondents.id, conversations.correspondentId))
    .where(and(eq(complaints.conversationId, conversationId), eq(correspondents.accountId, accountId)));
  if (!row?.entry.acknowledgedAt) return undefined;
  return { entry: row.entry, subject: row.subject, acknowledgedAt: row.entry.acknowledgedAt };
}

export interface ReceiptLink {
  conversationId: number;
  reference: string;
  subject: string;
  acknowledgedAt: Date;
}

/** A member's acknowledged complaints, newest first (or one conversation's), to link their receipts. */
export async function receiptsOf(
  ctx: AppContext,
  accountId: number,
  conversationId?: number,
): Promise<ReceiptLink[]> {
  const rows = await ctx.db
    .select({ entry: complaints, subject: conversations.subject })
    .from(complaints)
    .innerJoin(conversations, eq(conversations.id, complaints.conversationId))
    .innerJoin(correspondents, eq(correspondents.id, conversations.correspondentId))
    .where(
      and(
        eq(correspondents.accountId, accountId),
        isNotNull(complaints.acknowledgedAt),
        conversationId === undefined ? undefined : eq(complaints.conversationId, conversationId),
      ),
    )
    .orderBy(desc(complaints.acknowledgedAt))
    .limit(RECEIPTS_LISTED);
  return rows.map(({ entry, subject }) => ({
    conversationId: entry.conversationId,
    reference: complaintReference(entry),
    subject,
    acknowledgedAt: entry.acknowledgedAt!,
  }));
}

const RECEIPTS_LISTED = 100;
