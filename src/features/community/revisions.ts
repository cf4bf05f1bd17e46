import { desc, eq } from "drizzle-orm";
import type { AppContext } from "../../platform/context.ts";
import type { PostForEdit } from "./model.ts";
import { postRevisions, posts } from "./schema.ts";
import { findPost } from "./threads.ts";

/** A post's earlier versions, as its public history shows them. */

/** The text a post had before its latest change (to undo a moderator's edit), if any. */
export async function previousVersion(ctx: AppContext, postId: number): Promise<string | undefined> {
  const [row] = await ctx.db
    .select({ body: postRevisions.bodyMarkdown })
    .from(postRevisions)
    .where(eq(postRevisions.postId, postId))
    .orderBy(desc(postRevisions.replacedAt), desc(postRevisions.id))
    .limit(1);
  return row?.body;
}

export interface Revision {
  bodyHtml: string;
  publishedAt: Date;
  current: boolean;
}

/** Every version of a post, newest first: the one shown now, then what it replaced. */
export async function postHistory(
  ctx: AppContext,
  postId: number,
): Promise<{ post: PostForEdit; revisions: Revision[] } | undefined> {
  const post = await findPost(ctx, postId);
  if (!post || post.deleted) return undefined;
  const [current] = await ctx.db.select().from(posts).where(eq(posts.id, postId));
  const older = await ctx.db
    .select()
    .from(postRevisions)
    .where(eq(postRevisions.postId, postId))
    .orderBy(desc(postRevisions.replacedAt), desc(postRevisions.id));
  return {
    post,
    revisions: [
      { bodyHtml: current!.bodyHtml, publishedAt: current!.editedAt ?? current!.createdAt, current: true },
      ...older.map((r) => ({ bodyHtml: r.bodyHtml, publishedAt: r.publishedAt, current: false })),
    ],
  };
}
