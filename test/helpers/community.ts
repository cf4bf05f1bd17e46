import { ensureCategory } from "../../src/features/community/categories.ts";
import type { AppContext } from "../../src/platform/context.ts";

/** Two categories: an open one and an announcements one where only staff start topics. */
export async function someCategories(ctx: AppContext): Promise<void> {
  await ensureCategory(ctx, {
    slug: "comptes-et-cartes",
    name: "Comptes et cartes",
    description: "Le compte courant et les cartes.",
    colour: "blue",
    position: 0,
    staffStartsTopics: false,
  });
  await ensureCategory(ctx, {
    slug: "annonces",
    name: "Annonces",
    description: "Les nouvelles de l'équipe.",
    colour: "grey",
    position: 1,
    staffStartsTopics: true,
  });
}
