import { createHash } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { lockSubject, runCommand } from "../../platform/commands.ts";
import type { AppContext } from "../../platform/context.ts";
import { classify } from "../../text/classifier/index.ts";
import { oneLine } from "../../text/one-line.ts";
import { assignAutomatically, teamFor } from "./assignment.ts";
import { inboxChanged } from "./live.ts";
import { attachments, conversations, correspondents, messages } from "./schema.ts";
import { bankOpeningHours, dueAfter, resumed, targetsFor } from "./service-levels.ts";
import type { Incoming } from "./sources.ts";

export interface Received {
  conversationId: number;
  /** Null when the same message (same source id) had already been received: nothing was added. */
  messageId: number | null;
  /** A new conversation, or one reopened because the client wrote again after it was resolved. */
  opened: "new" | "reopened" | "existing";
}

/**
 * What every source calls with what it heard: one command finds or opens the conversation of the
 * thread, keeps the message (once, even if the source delivers it twice), reads it (language,
 * sentiment, complaint, payment service), moves the status and the service-level clocks, and
 * gives a new conversation to a team and an advisor. Live pages hear of it after commit.
 */
export async function receive(ctx: AppContext, incoming: Incoming): Promise<Received> {
  return runCommand(ctx, async (ctx) => {
    const now = incoming.receivedAt;
    const reading = classify(`${incoming.subject}\n${incoming.body}`);
    const correspondentId = await correspondentOf(ctx, incoming, reading.language);
    await lockSubject(ctx, `inbox-thread:${incoming.source}:${incoming.threadKey}`, 0);
    const [existing] = await ctx.db
      .select()
      .from(conversations)
      .where(and(eq(conversations.source, incoming.source), eq(conversations.threadKey, incoming.threadKey)));
    const hours = await bankOpeningHours(ctx);

    let conversationId: number;
    let opened: Received["opened"] = "existing";
    if (!existing) {
      const teamId = await teamFor(ctx, incoming.teamSlug);
      const targets = await targetsFor(ctx.db, teamId, "normal");
      const assigneeId = teamId === null ? null : await assignAutomatically(ctx, teamId);
      const [row] = await ctx.db
        .insert(conversations)
        .values({
          correspondentId,
          source: incoming.source,
          threadKey: incoming.threadKey,
          sourceLink: incoming.sourceLink ?? null,
          subject: oneLine(incoming.subject).slice(0, 300) || "—",
          language: reading.language,
          categorySlug: incoming.categorySlug ?? null,
          teamId,
          assigneeId,
          sentiment: reading.sentiment,
          sentimentScore: reading.sentimentScore,
          complaint: reading.complaint,
          paymentService: reading.paymentService,
          firstResponseDueAt: dueAfter(now, targets.firstResponseMinutes, hours),
          resolutionDueAt: dueAfter(now, targets.resolutionMinutes, hours),
          lastClientMessageAt: now,
          lastMessageAt: now,
          createdAt: now,
          updatedAt: now,
        })
        .returning({ id: conversations.id });
      conversationId = row!.id;
      opened = "new";
    } else {
      conversationId = existing.id;
    }

    const [message] = await ctx.db
      .insert(messages)
      .values({
        conversationId,
        direction: "incoming",
        authorId: incoming.from.accountId ?? null,
        body: incoming.body,
        externalId: incoming.externalId ?? null,
        emailHeaders: incoming.emailHeaders ?? null,
        language: reading.language,
        sentiment: reading.sentiment,
        sentimentScore: reading.sentimentScore,
        complaintScore: reading.complaintScore,
        paymentService: reading.paymentService,
        createdAt: now,
      })
      .onConflictDoNothing()
      .returning({ id: messages.id });
    if (!message) return { conversationId, messageId: null, opened: "existing" as const };
    for (const file of incoming.attachments ?? [])
      await ctx.db.insert(attachments).values({
        messageId: message.id,
        filename: file.filename,
        mediaType: file.mediaType,
        size: file.content.length,
        sha256: createHash("sha256").update(file.content).digest("hex"),
        content: file.content,
      });

    if (existing) {
      const targets = await targetsFor(ctx.db, existing.teamId, existing.priority);
      const reopen = existing.status === "resolved";
      const wasWaiting = existing.status === "waiting_on_client" && existing.pausedAt !== null;
      opened = reopen ? "reopened" : "existing";
      // After a bank answer, the next answer is due; when the client writes first, it stays as it was.
      const answeredSince = existing.lastMessageAt > existing.lastClientMessageAt;
      await ctx.db
        .update(conversations)
        .set({
          status: "open",
          snoozedUntil: null,
          pausedAt: null,
          unread: true,
          lastClientMessageAt: now,
          lastMessageAt: now,
          updatedAt: now,
          sentiment: reading.sentiment,
          sentimentScore: reading.sentimentScore,
          complaint: existing.complaintConfirmed
            ? existing.complaint
            : existing.complaint || reading.complaint,
          paymentService: existing.complaintConfirmed
            ? existing.paymentService
            : existing.paymentService || reading.paymentService,
          nextResponseDueAt:
            answeredSince || reopen
              ? dueAfter(now, targets.nextResponseMinutes, hours)
              : existing.nextResponseDueAt,
          resolutionDueAt: reopen
            ? dueAfter(now, targets.resolutionMinutes, hours)
            : wasWaiting
              ? resumed(existing.resolutionDueAt, existing.pausedAt!, now, hours)
              : existing.resolutionDueAt,
          resolvedAt: reopen ? null : existing.resolvedAt,
          reopenedCount: reopen ? existing.reopenedCount + 1 : existing.reopenedCount,
        })
        .where(eq(conversations.id, conversationId));
    }
    await ctx.db.execute(sql`
      update inbox_conversations
      set search_document = search_document
        || to_tsvector('confiance_fr', ${`${incoming.from.name} ${incoming.subject} ${incoming.body}`})
        || to_tsvector('confiance_en', ${`${incoming.from.name} ${incoming.subject} ${incoming.body}`})
      where id = ${conversationId}`);
    await ctx.afterCommit((committed) => inboxChanged(committed, { conversationId, kind: "message" }));
    return { conversationId, messageId: message.id, opened };
  });
}

async function correspondentOf(ctx: AppContext, incoming: Incoming, language: "fr" | "en"): Promise<number> {
  const { accountId, email, name } = incoming.from;
  const locale = incoming.from.locale ?? language;
  const target = accountId !== undefined ? correspondents.accountId : correspondents.email;
  const [row] = await ctx.db
    .insert(correspondents)
    .values({
      accountId: accountId ?? null,
      email: accountId !== undefined ? null : (email ?? null),
      displayName: name,
      locale,
    })
    // A member's name is their account's; a name read from an e-mail or a form never renames
    // someone already known by that address (anyone can type any name).
    .onConflictDoUpdate({
      target,
      set: { displayName: accountId !== undefined ? name : sql`${correspondents.displayName}` },
    })
    .returning({ id: correspondents.id });
  return row!.id;
}
