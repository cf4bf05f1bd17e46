import { and, eq, isNull, sql } from "drizzle-orm";
import { recordAudit } from "../../platform/audit/service.ts";
import type { Actor } from "../../platform/auth/actor.ts";
import { isStaffRole } from "../../platform/auth/roles.ts";
import { runCommand } from "../../platform/commands.ts";
import type { AppContext } from "../../platform/context.ts";
import { DomainError, forbidden, notFound } from "../../platform/http/errors.ts";
import { notifyAccepted } from "./notifications.ts";
import { topicChanged } from "./page-changes.ts";
import { can } from "./policy.ts";
import { posts, topics } from "./schema.ts";
import { refreshTopicSearch } from "./search-documents.ts";
import { findTopic } from "./threads.ts";

/**
 * The asker or a staff member marks the answer that solved a question (`importing`: no
 * notification). One command: the acceptance is claimed (of two people accepting the same answer
 * at once, the second is told it is done already), and the notification and audit entry are
 * written with it.
 */
export async function acceptAnswer(
  ctx: AppContext,
  actor: Actor,
  topicId: number,
  postId: number,
  options: { importing?: boolean } = {},
): Promise<void> {
  const found = await findTopic(ctx, topicId);
  if (!found) throw notFound();
  if (!can(actor, { action: "accept_answer", topic: found.topic })) throw forbidden();
  await runCommand(ctx, async (ctx) => {
    const [post] = await ctx.db
      .select({ id: posts.id, position: posts.position, authorId: posts.authorId })
      .from(posts)
      .where(and(eq(posts.id, postId), eq(posts.topicId, topicId), isNull(posts.deletedAt)));
    if (!post) throw notFound();
    if (post.position === 1)
      throw new DomainError("question_is_not_an_answer", 409, "community.accept.opening");
    const [claimed] = await ctx.db
      .update(topics)
      .set({ acceptedPostId: post.id })
      .where(and(eq(topics.id, topicId), sql`${topics.acceptedPostId} is distinct from ${post.id}`))
      .returning({ id: topics.id });
    if (!claimed) throw new DomainError("already_accepted", 409, "community.accept.already");
    await refreshTopicSearch(ctx.db, topicId);
    await topicChanged(ctx, found.topic);
    if (!options.importing)
      await notifyAccepted(ctx, { id: post.id, topicId, authorId: post.authorId }, actor.id);
    if (isStaffRole(actor.role)) {
      await recordAudit(ctx.db, {
        actorId: actor.id,
        actorRole: actor.role,
        action: "community.answer_accepted",
        subjectType: "post",
        subjectId: post.id,
        details: { topicId },
      });
    }
  });
}
