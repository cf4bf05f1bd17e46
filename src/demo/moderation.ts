import { desc, eq } from "drizzle-orm";
import { reply, startTopic } from "../features/community/publishing.ts";
import { posts, topics } from "../features/community/schema.ts";
import { fileReport } from "../features/moderation/reports.ts";
import { addWatchedWord } from "../features/moderation/watch-list.ts";
import type { Actor } from "../platform/auth/actor.ts";
import type { AppContext } from "../platform/context.ts";

/**
 * Something for the demo's moderators to do: two newcomers' posts held (a first post, and an
 * angry one), a member's reply reported as advertising, and a few watched words. Everything
 * goes through the same screening and services as real posts.
 */
export async function seedModeration(ctx: AppContext, who: (key: string) => Actor): Promise<void> {
  const staff = who("karim");
  for (const word of [
    { pattern: "gagn(ez|er) \\d+ ?€ par jour", isRegex: true, action: "block", replacement: "" },
    { pattern: "crypto garantie", isRegex: false, action: "hold", replacement: "" },
    { pattern: "parrainage", isRegex: false, action: "flag", replacement: "" },
  ])
    await addWatchedWord(ctx, staff, word);

  await startTopic(ctx, who("julien"), {
    categorySlug: "comptes-et-cartes",
    kind: "question",
    title: "Ouvrir un compte joint avec ma compagne : quelles pièces ?",
    body: "Bonjour, nous voulons ouvrir un compte joint. Faut-il venir à deux en agence, ou tout se fait en ligne ?",
  });
  const [latest] = await ctx.db
    .select({ id: topics.id })
    .from(topics)
    .where(eq(topics.kind, "question"))
    .orderBy(desc(topics.lastPostedAt))
    .limit(1);
  if (!latest) return;
  await reply(ctx, who("marine"), latest.id, {
    body: "Trois semaines pour une réponse, bande d'abrutis. Je vais clôturer mes comptes.",
  });
  const advert = await reply(
    ctx,
    who("lucas"),
    latest.id,
    { body: "Pour comparer les frais, j'ai fait un comparatif : https://comparatif-frais.example/offre" },
    { publishedAt: ctx.clock.now() },
  );
  if (advert.ok !== true) return;
  const [post] = await ctx.db.select({ id: posts.id }).from(posts).where(eq(posts.id, advert.value.postId));
  await fileReport(ctx, who("paulo"), post!.id, {
    reason: "spam",
    explanation: "Un lien vers un site de comparaison sans rapport avec la question.",
    email: "",
  });
}
