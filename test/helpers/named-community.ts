import assert from "node:assert/strict";
import { paintCover } from "../../src/demo/covers.ts";
import { ensureCategory } from "../../src/features/community/categories.ts";
import type { TestApp } from "./app.ts";
import { postArticleForm } from "./articles.ts";
import { someCategories } from "./community.ts";
import { createPerson, signedIn } from "./people.ts";

/** What the community browser tests look for by name, written here: the demo's wording may change. */
export const SOLVED = "Paiement refusé à l'étranger avec ma carte";
export const UNANSWERED = "Remboursement anticipé partiel : quelles pénalités ?";
const FRAUD = "Un SMS me demande de valider un virement";
export const FRAUD_CATEGORY = "Sécurité et fraude";

/**
 * A small community: four categories, a question an advisor answered and its asker accepted, an
 * unanswered one, one about fraud, two more, and a news article with a cover and a comment.
 */
export async function namedContent(t: TestApp): Promise<void> {
  await someCategories(t.ctx);
  for (const [position, slug, name] of [
    [2, "epargne-et-placements", "Épargne et placements"],
    [3, "securite-et-fraude", FRAUD_CATEGORY],
  ] as const)
    await ensureCategory(t.ctx, {
      slug,
      name,
      description: `${name}, entre clients et conseillers.`,
      colour: "green",
      position,
      staffStartsTopics: false,
    });

  const asker = await signedIn(t.app, await createPerson(t.ctx, "member", undefined, "Lucie Voyage"));
  async function ask(category: string, title: string, body: string): Promise<string> {
    await asker.get("/nouveau-sujet");
    const asked = await asker.post("/nouveau-sujet", { category, kind: "question", title, body });
    assert.equal(asked.statusCode, 303, title);
    return asked.headers.location as string;
  }
  const solved = await ask(
    "comptes-et-cartes",
    SOLVED,
    "Ma carte est refusée chez un commerçant à Lisbonne.",
  );
  await ask("comptes-et-cartes", UNANSWERED, "Je rembourse une partie de mon prêt : combien de pénalités ?");
  await ask("securite-et-fraude", FRAUD, "Je n'ai rien demandé : est-ce une tentative de fraude ?");
  // Found as similar when the journeys type "Opposition carte" and a question on the Livret A.
  await ask(
    "comptes-et-cartes",
    "Faire opposition sur une carte perdue",
    "Où faire opposition le dimanche ?",
  );
  await ask("epargne-et-placements", "Livret A au plafond : où placer le reste ?", "Quel placement après ?");

  const id = solved.split("/").at(-1)!;
  const advisor = await signedIn(t.app, await createPerson(t.ctx, "advisor"));
  await advisor.get(solved);
  const answer = { body: "Activez les paiements à l'étranger dans l'application, rubrique Carte." };
  assert.equal((await advisor.post(`/t/${id}/repondre`, answer)).statusCode, 303);
  const postId = /name="postId" value="(\d+)"/.exec((await asker.get(solved)).body)?.[1];
  assert.equal((await asker.post(`/t/${id}/accepter`, { postId: postId ?? "" })).statusCode, 303);

  const manager = await signedIn(t.app, await createPerson(t.ctx, "community_manager"));
  const article = await postArticleForm(
    t,
    manager,
    "/actualites/nouvel-article",
    {
      title: "Nouveaux plafonds de paiement à partir de mars",
      excerpt: "Vos plafonds de paiement par carte augmentent en mars.",
      body: "Les plafonds passent de **1 500 €** à **2 500 €** par mois.",
      coverAlt: "Illustration : dégradé bleu.",
    },
    { bytes: paintCover([11, 79, 138], [30, 123, 52], []), name: "couverture.png", type: "image/png" },
  );
  assert.equal(article.statusCode, 303, "the article is published");
  const articlePath = article.headers.location as string;
  const reader = await signedIn(t.app, await createPerson(t.ctx, "member", undefined, "Marc Lecteur"));
  await reader.get(articlePath);
  const comment = { body: "Et pour les cartes à autorisation systématique ?" };
  const commented = await reader.post(`/actualites/${articlePath.split("/").at(-1)}/commenter`, comment);
  assert.match(commented.headers.location as string, /#message-2$/, "the comment is published");
}
