import { and, asc, desc, eq, ne } from "drizzle-orm";
import type { Actor } from "../../platform/auth/actor.ts";
import { runCommand } from "../../platform/commands.ts";
import type { AppContext } from "../../platform/context.ts";
import { memberProfile, publicProfiles } from "../accounts/index.ts";
import { type PublicPost, publicPostsOf } from "../community/index.ts";
import { type ConsentPurpose, consentProof } from "../consent/index.ts";
import { type CannedReply, listCannedReplies } from "./canned-replies.ts";
import { type Colleague, inboxStaff } from "./colleagues.ts";
import { type ComplaintPanelData, complaintPanelFor } from "./complaints/panel.tsx";
import { colleaguesComposing } from "./composing.ts";
import { type Conversation, scopeFor, workedConversation } from "./conversation-access.ts";
import { conversationVersion } from "./conversation-actions.ts";
import { inboxChanged } from "./live.ts";
import { filesOf } from "./message-files.ts";
import { inScope } from "./policy.ts";
import { conversations, correspondents, labelReviews, messages, teams } from "./schema.ts";
import { registeredSources, sourceNamed } from "./sources.ts";

export type ThreadMessage = typeof messages.$inferSelect & {
  authorName: string | null;
  attachments: { id: number; filename: string; mediaType: string; size: number }[];
};

/** Beside the conversation: who the person is, as far as the bank may show it here. */
export interface Person {
  displayName: string;
  email: string | null;
  /** Only for members: their name and since when (nothing else of their account). */
  member: { displayName: string; memberSince: Date } | null;
  otherConversations: Pick<Conversation, "id" | "subject" | "status" | "source" | "lastMessageAt">[];
  publicPosts: PublicPost[];
  /** The person's last decision for each purpose they decided on. */
  consents: { purpose: ConsentPurpose; decision: "granted" | "withdrawn"; at: Date }[];
}

export interface ConversationView {
  conversation: Conversation;
  /** The row version the page's forms carry (conversation-actions.ts). */
  version: string;
  thread: ThreadMessage[];
  person: Person;
  teams: { id: number; nameFr: string; nameEn: string }[];
  colleagues: Colleague[];
  cannedReplies: CannedReply[];
  composing: string[];
  /** Whether the source lets the bank answer in public. */
  publicReplies: boolean;
  lastReview: typeof labelReviews.$inferSelect | null;
  /** Its entry in the register of complaints and where its legal clocks stand, once confirmed. */
  complaint: ComplaintPanelData | undefined;
}

const OTHER_CONVERSATIONS_READ = 50;

/**
 * Everything the conversation page shows, for a staff member who works it (404 otherwise).
 * Opening it marks the client's messages read (the unread count drops for everyone).
 */
export async function conversationView(ctx: AppContext, actor: Actor, id: number): Promise<ConversationView> {
  let conversation = await workedConversation(ctx, actor, id);
  if (conversation.unread) conversation = await markRead(ctx, conversation);
  const [correspondent] = await ctx.db
    .select()
    .from(correspondents)
    .where(eq(correspondents.id, conversation.correspondentId));
  const [thread, person, teamRows, colleagues, canned, composing, version, reviews, complaint] =
    await Promise.all([
      threadOf(ctx, id),
      personOf(ctx, actor, conversation, correspondent!),
      ctx.db
        .select({ id: teams.id, nameFr: teams.nameFr, nameEn: teams.nameEn })
        .from(teams)
        .orderBy(asc(teams.id)),
      inboxStaff(ctx),
      listCannedReplies(ctx),
      colleaguesComposing(ctx, id, actor.id),
      conversationVersion(ctx, id),
      ctx.db
        .select()
        .from(labelReviews)
        .where(eq(labelReviews.conversationId, id))
        .orderBy(desc(labelReviews.id))
        .limit(1),
      complaintPanelFor(ctx, conversation),
    ]);
  return {
    conversation,
    version,
    thread,
    person,
    teams: teamRows,
    colleagues,
    cannedReplies: canned,
    composing,
    publicReplies: registeredSources().includes(conversation.source)
      ? sourceNamed(conversation.source).publicReplies
      : false,
    lastReview: reviews[0] ?? null,
    complaint,
  };
}

async function markRead(ctx: AppContext, conversation: Conversation): Promise<Conversation> {
  return runCommand(ctx, async (ctx) => {
    const [read] = await ctx.db
      .update(conversations)
      .set({ unread: false })
      .where(and(eq(conversations.id, conversation.id), eq(conversations.unread, true)))
      .returning();
    if (read) await ctx.afterCommit((c) => inboxChanged(c, { conversationId: read.id, kind: "status" }));
    return read ?? conversation;
  });
}

async function threadOf(ctx: AppContext, conversationId: number): Promise<ThreadMessage[]> {
  const rows = await ctx.db
    .select()
    .from(messages)
    .where(eq(messages.conversationId, conversationId))
    .orderBy(asc(messages.createdAt), asc(messages.id));
  const files = await filesOf(
    ctx,
    rows.map((r) => r.id),
  );
  // Staff by their profile; in a public thread, members other than the person speak too, by name.
  const authors = await publicProfiles(
    ctx,
    rows.map((r) => r.authorId),
  );
  return rows.map((row) => ({
    ...row,
    authorName: row.authorId === null ? null : (authors.get(row.authorId)?.displayName ?? null),
    attachments: files.filter((f) => f.messageId === row.id),
  }));
}

async function personOf(
  ctx: AppContext,
  actor: Actor,
  conversation: Conversation,
  correspondent: typeof correspondents.$inferSelect,
): Promise<Person> {
  const accountId = correspondent.accountId;
  const [others, scope, posts, proofs, member] = await Promise.all([
    ctx.db
      .select()
      .from(conversations)
      .where(and(eq(conversations.correspondentId, correspondent.id), ne(conversations.id, conversation.id)))
      .orderBy(desc(conversations.lastMessageAt))
      .limit(OTHER_CONVERSATIONS_READ),
    scopeFor(ctx, actor),
    accountId === null ? [] : publicPostsOf(ctx, accountId),
    consentProof(ctx.db, { accountId, email: correspondent.email }),
    accountId === null ? undefined : memberProfile(ctx, accountId),
  ]);
  const last = new Map<ConsentPurpose, Person["consents"][number]>();
  for (const proof of proofs)
    last.set(proof.purpose, { purpose: proof.purpose, decision: proof.decision, at: proof.at });
  return {
    displayName: correspondent.displayName,
    email: correspondent.email,
    member:
      member && member.role === "member"
        ? { displayName: member.displayName, memberSince: member.memberSince }
        : null,
    // The same rule as the lists: another conversation outside the actor's scope is not shown.
    otherConversations: others
      .filter((c) => inScope(scope, c))
      .map(({ id, subject, status, source, lastMessageAt }) => ({
        id,
        subject,
        status,
        source,
        lastMessageAt,
      })),
    publicPosts: posts,
    consents: [...last.values()],
  };
}
