import { eq } from "drizzle-orm";
import type { AppContext } from "../../platform/context.ts";
import type { LiveEvent } from "../../platform/realtime/events.ts";
import { findCategoryById } from "./categories.ts";
import { topicChangeScopes } from "./page-scopes.ts";
import { topics } from "./schema.ts";

/**
 * The kept public pages a change to this topic touched, moved with the write (ctx.pagesChanged): its own, its category's
 * listing and the listings it appears in (page-scopes.ts); other topics' pages stay kept. The
 * topic's category is read only when the caller does not know it already.
 */
export async function topicChanged(
  ctx: AppContext,
  topic: { id: number; categoryId?: number },
  /** Told to those reading the topic live, in the same round trip (a reply). */
  live?: LiveEvent,
): Promise<void> {
  const categoryId =
    topic.categoryId ??
    (await ctx.db.select({ categoryId: topics.categoryId }).from(topics).where(eq(topics.id, topic.id)))[0]
      ?.categoryId;
  const category = categoryId === undefined ? undefined : await findCategoryById(ctx, categoryId);
  // A category unknown here (created on another instance in the last seconds): every page is refreshed.
  const scopes = category ? topicChangeScopes(topic, category) : [];
  await ctx.pagesChanged(scopes, live);
}
