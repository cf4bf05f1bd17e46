import { asc, eq } from "drizzle-orm";
import type { AppContext } from "../../platform/context.ts";
import type { Category } from "./model.ts";
import { categories } from "./schema.ts";

/** The community's categories: listed in their order, found by address or id, created once. */

export function listCategories(ctx: AppContext): Promise<Category[]> {
  return ctx.db.select().from(categories).orderBy(asc(categories.position));
}

export async function findCategory(ctx: AppContext, slug: string): Promise<Category | undefined> {
  const [row] = await ctx.db.select().from(categories).where(eq(categories.slug, slug));
  return row;
}

export async function findCategoryById(ctx: AppContext, id: number): Promise<Category | undefined> {
  const [row] = await ctx.db.select().from(categories).where(eq(categories.id, id));
  return row;
}

/** Creates a category once (by slug); used by the demo seed and, later, by the admin console. */
export async function ensureCategory(
  ctx: AppContext,
  category: Pick<Category, "slug" | "name" | "description" | "colour" | "position" | "staffStartsTopics">,
): Promise<void> {
  await ctx.db.insert(categories).values(category).onConflictDoNothing({ target: categories.slug });
  await ctx.afterCommit(() => ctx.publicPages.changed());
}
