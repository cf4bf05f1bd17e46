import { asc } from "drizzle-orm";
import type { AppContext } from "../../platform/context.ts";
import type { Category } from "./model.ts";
import { categories } from "./schema.ts";

/**
 * The community's categories: listed in their order, found by address or id, created once.
 * A handful of rows every listing and search page shows: kept five seconds per instance, and
 * forgotten at once where a category is created.
 */
function keptCategories(ctx: AppContext) {
  return ctx.memory.of<"all", Category[]>("community.categories", { ttlMs: 5_000, max: 1 });
}

export function listCategories(ctx: AppContext): Promise<Category[]> {
  return keptCategories(ctx).get("all", () =>
    ctx.db.select().from(categories).orderBy(asc(categories.position)),
  );
}

export async function findCategory(ctx: AppContext, slug: string): Promise<Category | undefined> {
  return (await listCategories(ctx)).find((category) => category.slug === slug);
}

export async function findCategoryById(ctx: AppContext, id: number): Promise<Category | undefined> {
  return (await categoriesWithIds(ctx, [id])).get(id);
}

/**
 * The categories of these ids, from the kept ones; read again at once when one is missing (made
 * on another instance within the last five seconds), so its topics are never taken for absent.
 */
export async function categoriesWithIds(
  ctx: AppContext,
  ids: Iterable<number>,
): Promise<Map<number, Category>> {
  const byId = (all: Category[]) => new Map(all.map((category) => [category.id, category]));
  let kept = byId(await listCategories(ctx));
  if ([...ids].some((id) => !kept.has(id))) {
    keptCategories(ctx).forget("all");
    kept = byId(await listCategories(ctx));
  }
  return kept;
}

/** Creates a category once (by slug); used by the demo seed and, later, by the admin console. */
export async function ensureCategory(
  ctx: AppContext,
  category: Pick<Category, "slug" | "name" | "description" | "colour" | "position" | "staffStartsTopics">,
): Promise<void> {
  await ctx.db.insert(categories).values(category).onConflictDoNothing({ target: categories.slug });
  // Not `pagesChanged`: the categories kept here are forgotten first, after commit, or a page
  // rendered in between would be kept under the new versions with the old list.
  await ctx.afterCommit(async (committed) => {
    keptCategories(committed).forget("all");
    await committed.publicPages.changed();
  });
}
