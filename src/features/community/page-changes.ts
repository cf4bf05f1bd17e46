import { eq } from "drizzle-orm";
import type { AppContext } from "../../platform/context.ts";
import { topicChangeScopes } from "./page-scopes.ts";
import { categories, topics } from "./schema.ts";

/**
 * After commit, the kept public pages a change to this topic touched: its own, its category's
 * listing and the listings it appears in (page-scopes.ts); other topics' pages stay kept.
 */
export async function topicChanged(ctx: AppContext, topicId: number): Promise<void> {
  const [row] = await ctx.db
    .select({ slug: categories.slug })
    .from(topics)
    .innerJoin(categories, eq(categories.id, topics.categoryId))
    .where(eq(topics.id, topicId));
  const scopes = row ? topicChangeScopes({ id: topicId }, row) : [];
  await ctx.afterCommit((committed) => committed.publicPages.changed(scopes));
}
