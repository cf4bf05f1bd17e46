import { eq } from "drizzle-orm";
import type { Actor } from "../../platform/auth/actor.ts";
import { lockSubject, runCommand } from "../../platform/commands.ts";
import type { AppContext } from "../../platform/context.ts";
import { DomainError, forbidden, notFound } from "../../platform/http/errors.ts";
import { i18nFor } from "../../platform/i18n/index.ts";
import { renderMarkdown } from "../../text/markdown.ts";
import { maskedForPublication } from "../../text/personal-data-masking.ts";
import { type PostForEdit, PURGED, type Topic } from "./model.ts";
import { topicChanged } from "./page-changes.ts";
import { can } from "./policy.ts";
import { publicationScreen, unscreened } from "./publication-screen.ts";
import { bodyProblem, type Outcome } from "./rules.ts";
import { sandboxProblems } from "./sandbox.ts";
import { postRevisions, posts, topics } from "./schema.ts";
import { refreshTopicSearch } from "./search-documents.ts";
import { recordStaffPost } from "./staff-posts.ts";
import { findPost } from "./threads.ts";

/** Changing a published post: editing it, withdrawing it, putting it back. */

const postFacts = (post: PostForEdit) => ({
  id: post.id,
  authorId: post.authorId,
  position: post.position,
  deleted: post.deleted,
});

/**
 * Changes a post; the version it replaces goes to the public revision history. A moderator may
 * change someone else's post with a public note ("edited by moderation: …"). A member's edit is
 * screened like a new post: a blocked word refuses it, and what would have been held is
 * published but flagged for a moderator. `forgetEarlierVersions` (a moderator removing personal
 * data) keeps no version at all: the data may have been in every one of them, and the public
 * history must not show what the edit took away. The statement of reasons keeps the excerpt the
 * law asks for, which only the author and moderators can read.
 */
export async function editPost(
  ctx: AppContext,
  actor: Actor,
  postId: number,
  body: string,
  options: { moderationNote?: string; forgetEarlierVersions?: boolean } = {},
): Promise<Outcome<PostForEdit>> {
  const post = await findPost(ctx, postId);
  if (!post) throw notFound();
  const moderating = options.moderationNote !== undefined;
  const allowed = moderating
    ? can(actor, { action: "moderate_post", post: postFacts(post) })
    : can(actor, { action: "edit_post", post: postFacts(post) });
  if (!allowed) throw forbidden();
  const errors = bodyProblem(body);
  if (Object.keys(errors).length === 0 && !moderating)
    Object.assign(errors, await sandboxProblems(ctx, actor, body));
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const masked = maskedForPublication(i18nFor(ctx.config.defaultLocale), body, {
    publicNumbers: ctx.config.bankPhoneNumbers,
  });
  const screening = moderating
    ? unscreened(masked)
    : await publicationScreen().screenEdit(ctx, actor, { body: masked });
  if (screening.verdict === "refuse") return { ok: false, errors: screening.errors };
  const published = screening.body;
  if (published === post.bodyMarkdown && !moderating) return { ok: true, value: post };
  const now = ctx.clock.now();
  // One command: the new version, and what moderation notes of it (its domains, its flags).
  await runCommand(ctx, async (ctx) => {
    const tx = ctx.db;
    const [current] = await tx.select().from(posts).where(eq(posts.id, postId)).for("update");
    if (moderating && options.forgetEarlierVersions)
      await tx.delete(postRevisions).where(eq(postRevisions.postId, postId));
    else
      await tx.insert(postRevisions).values({
        postId,
        bodyMarkdown: current!.bodyMarkdown,
        bodyHtml: current!.bodyHtml,
        publishedAt: current!.editedAt ?? current!.createdAt,
        replacedAt: now,
        replacedBy: actor.id,
      });
    await tx
      .update(posts)
      .set({
        bodyMarkdown: published,
        bodyHtml: renderMarkdown(published),
        editedAt: now,
        ...(moderating ? { moderationNote: options.moderationNote } : {}),
      })
      .where(eq(posts.id, postId));
    await refreshTopicSearch(tx, post.topic.id);
    if (!moderating)
      await recordStaffPost(
        ctx,
        tx,
        actor,
        { id: postId, topic: post.topic, position: post.position, body: published, at: now },
        "edited",
      );
    await screening.published(ctx, postId);
  });
  await topicChanged(ctx, post.topic);
  return { ok: true, value: post };
}

/**
 * Withdraws a post, leaving a "message deleted" trace in the thread. Deleting the opening post
 * of a topic nobody answered withdraws the topic. `purge` (moderation, for unlawful content)
 * also erases its words and earlier versions, so it can never be shown again.
 */
export async function deletePost(
  ctx: AppContext,
  actor: Actor,
  postId: number,
  options: { purge?: boolean } = {},
): Promise<{ topicDeleted: boolean; topic: Topic }> {
  return runCommand(ctx, async (ctx) => {
    // An author and a moderator withdrawing at once: one after the other (the same lock as a
    // moderator's decision on the post), and the second is told it is gone already.
    await lockSubject(ctx, "community_post", postId);
    const post = await findPost(ctx, postId);
    if (!post) throw notFound();
    if (post.deleted) throw new DomainError("already_deleted", 409, "community.delete.already");
    if (!can(actor, { action: "delete_post", post: postFacts(post), topic: post.topic })) throw forbidden();
    if (options.purge && !can(actor, { action: "moderate_post", post: postFacts(post) })) throw forbidden();
    const now = ctx.clock.now();
    const topicDeleted = post.position === 1 && post.topic.replyCount === 0;
    const tx = ctx.db;
    await tx
      .update(posts)
      .set({
        deletedAt: now,
        deletedBy: actor.id,
        ...(options.purge ? { bodyMarkdown: PURGED, bodyHtml: "" } : {}),
      })
      .where(eq(posts.id, postId));
    if (options.purge) await tx.delete(postRevisions).where(eq(postRevisions.postId, postId));
    if (topicDeleted) await tx.update(topics).set({ deletedAt: now }).where(eq(topics.id, post.topic.id));
    if (post.topic.acceptedPostId === postId) {
      await tx.update(topics).set({ acceptedPostId: null }).where(eq(topics.id, post.topic.id));
    }
    await refreshTopicSearch(tx, post.topic.id);
    await recordStaffPost(
      ctx,
      tx,
      actor,
      { id: postId, topic: post.topic, position: post.position, body: post.bodyMarkdown, at: now },
      "deleted",
    );
    await topicChanged(ctx, post.topic);
    return { topicDeleted, topic: post.topic };
  });
}

/**
 * Puts back a post a moderator withdrew (an appeal reversed the decision), with its topic when
 * the withdrawal had taken the topic too. A purged post cannot come back.
 */
export async function restorePost(ctx: AppContext, postId: number): Promise<boolean> {
  const [row] = await ctx.db.select().from(posts).where(eq(posts.id, postId));
  if (!row?.deletedAt || row.bodyMarkdown === PURGED) return false;
  await ctx.db.transaction(async (tx) => {
    await tx.update(posts).set({ deletedAt: null, deletedBy: null }).where(eq(posts.id, postId));
    if (row.position === 1)
      await tx.update(topics).set({ deletedAt: null }).where(eq(topics.id, row.topicId));
    await refreshTopicSearch(tx, row.topicId);
  });
  await topicChanged(ctx, { id: row.topicId });
  return true;
}
