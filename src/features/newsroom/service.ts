import { count, desc, eq } from "drizzle-orm";
import { recordAudit } from "../../platform/audit/service.ts";
import { may } from "../../platform/auth/access.ts";
import type { Actor } from "../../platform/auth/actor.ts";
import type { AppContext } from "../../platform/context.ts";
import { forbidden, notFound } from "../../platform/http/errors.ts";
import { i18nFor } from "../../platform/i18n/index.ts";
import type { FieldErrors } from "../../platform/views/components.tsx";
import { renderMarkdown } from "../../text/markdown.ts";
import { maskedForPublication } from "../../text/personal-data-masking.ts";
import { slugify } from "../../text/slug.ts";
import { publicProfiles } from "../accounts/index.ts";
import type { PublicProfile } from "../accounts/model.ts";
import { archiveStaffPublication } from "../archive/index.ts";
import { ensureCategory, replyCounts, startTopic } from "../community/index.ts";
import { imageFacts, imagePath } from "./images.ts";
import { publishNews } from "./policy.ts";
import { articles } from "./schema.ts";

export const ARTICLES_PER_PAGE = 12;
export const TITLE_LIMITS = { min: 10, max: 150 } as const;
export const EXCERPT_LIMITS = { min: 20, max: 300 } as const;
export const BODY_MAX = 20_000;

/** Where an article's comments live: a community category only staff open topics in. */
export const COMMENTS_CATEGORY = {
  slug: "actualites",
  name: "Actualités",
  description: "Les commentaires des articles de la rédaction : réagissez, questionnez, l'équipe répond.",
  colour: "teal",
  position: 100,
  staffStartsTopics: true,
} as const;

export type Article = typeof articles.$inferSelect;

export interface Cover {
  url: string;
  width: number;
  height: number;
  alt: string;
}

export interface ArticleView {
  id: number;
  slug: string;
  title: string;
  excerpt: string;
  bodyHtml: string;
  bodyMarkdown: string;
  cover: Cover | undefined;
  author: PublicProfile | null;
  publishedAt: Date;
  updatedAt: Date;
  commentsTopicId: number | null;
  commentCount: number;
}

export const articleUrl = (article: { slug: string; id: number }) =>
  `/actualites/${article.slug}/${article.id}`;

export interface ArticleInput {
  title: string;
  excerpt: string;
  body: string;
  coverImageId?: number | undefined;
  coverAlt: string;
}

type Outcome<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

const tidy = (text: string) => text.normalize("NFC").replace(/\s+/g, " ").trim();

function problems(input: ArticleInput): FieldErrors {
  const errors: FieldErrors = {};
  const title = [...tidy(input.title)].length;
  if (title === 0) errors.title = "newsroom.title.missing";
  else if (title < TITLE_LIMITS.min) errors.title = "community.title.tooShort";
  else if (title > TITLE_LIMITS.max) errors.title = "community.title.tooLong";
  const excerpt = [...tidy(input.excerpt)].length;
  if (excerpt < EXCERPT_LIMITS.min) errors.excerpt = "newsroom.excerpt.tooShort";
  else if (excerpt > EXCERPT_LIMITS.max) errors.excerpt = "newsroom.excerpt.tooLong";
  if (input.body.trim().length === 0) errors.body = "community.body.missing";
  else if (input.body.length > BODY_MAX) errors.body = "community.body.tooLong";
  if (input.coverImageId && tidy(input.coverAlt).length < 5) errors.coverAlt = "newsroom.cover.altMissing";
  return errors;
}

async function present(ctx: AppContext, rows: Article[]): Promise<ArticleView[]> {
  const [authors, covers, comments] = await Promise.all([
    publicProfiles(
      ctx,
      rows.map((r) => r.authorId),
    ),
    imageFacts(
      ctx,
      rows.flatMap((row) => (row.coverImageId ? [row.coverImageId] : [])),
    ),
    replyCounts(
      ctx,
      rows.flatMap((row) => (row.commentsTopicId ? [row.commentsTopicId] : [])),
    ),
  ]);
  return rows.map((row) => {
    const image = row.coverImageId ? covers.get(row.coverImageId) : undefined;
    return {
      id: row.id,
      slug: row.slug,
      title: row.title,
      excerpt: row.excerpt,
      bodyHtml: row.bodyHtml,
      bodyMarkdown: row.bodyMarkdown,
      cover: image && {
        url: imagePath(image),
        width: image.width,
        height: image.height,
        alt: row.coverAlt,
      },
      author: (row.authorId && authors.get(row.authorId)) || null,
      publishedAt: row.publishedAt,
      updatedAt: row.updatedAt,
      commentsTopicId: row.commentsTopicId,
      commentCount: (row.commentsTopicId && comments.get(row.commentsTopicId)) || 0,
    };
  });
}

export async function listArticles(
  ctx: AppContext,
  page: number,
): Promise<{ items: ArticleView[]; total: number }> {
  const [rows, [totals]] = await Promise.all([
    ctx.db
      .select()
      .from(articles)
      .orderBy(desc(articles.publishedAt), desc(articles.id))
      .limit(ARTICLES_PER_PAGE)
      .offset((page - 1) * ARTICLES_PER_PAGE),
    ctx.db.select({ n: count() }).from(articles),
  ]);
  return { items: await present(ctx, rows), total: totals?.n ?? 0 };
}

export async function newestArticles(ctx: AppContext, limit: number): Promise<ArticleView[]> {
  const rows = await ctx.db
    .select()
    .from(articles)
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(limit);
  return present(ctx, rows);
}

export async function findArticle(ctx: AppContext, id: number): Promise<ArticleView | undefined> {
  const [row] = await ctx.db.select().from(articles).where(eq(articles.id, id));
  return row ? (await present(ctx, [row]))[0] : undefined;
}

export function sitemapArticles(ctx: AppContext) {
  return ctx.db
    .select({ id: articles.id, slug: articles.slug, updatedAt: articles.updatedAt })
    .from(articles)
    .orderBy(desc(articles.publishedAt))
    .limit(5000);
}

/** An article's words as they are published: tidied, personal data masked, rendered once. */
function published(ctx: AppContext, input: ArticleInput) {
  const mask = (text: string) =>
    maskedForPublication(i18nFor(ctx.config.defaultLocale), text, {
      publicNumbers: ctx.config.bankPhoneNumbers,
    });
  const body = mask(input.body);
  return {
    title: mask(tidy(input.title)),
    excerpt: mask(tidy(input.excerpt)),
    bodyMarkdown: body,
    bodyHtml: renderMarkdown(body),
    coverAlt: input.coverImageId ? mask(tidy(input.coverAlt)) : "",
  };
}

/** An article as the archive keeps it: title, standfirst and text, as published. */
const archivedText = (article: ReturnType<typeof published>) =>
  `${article.title}\n\n${article.excerpt}\n\n${article.bodyMarkdown}`;

/** The opening post of an article's discussion: its (published) excerpt and a link back to it. */
function discussionOpening(ctx: AppContext, excerpt: string, article: { slug: string; id: number }) {
  return `${excerpt}\n\n${new URL(articleUrl(article), ctx.config.baseUrl).href}`;
}

/**
 * Publishes an article and opens its discussion in the community, where comments are replies
 * (they share the community's rules, notifications and moderation). `publishedAt` is for
 * importing history (the demo seed).
 */
export async function publishArticle(
  ctx: AppContext,
  actor: Actor,
  input: ArticleInput,
  options: { publishedAt?: Date } = {},
): Promise<Outcome<{ id: number; slug: string }>> {
  if (!may(actor, publishNews)) throw forbidden();
  const errors = problems(input);
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const words = published(ctx, input);
  const title = words.title;
  const at = options.publishedAt ?? ctx.clock.now();
  // The address is made from the published title: masked data never reaches a URL.
  const article = await ctx.db.transaction(async (tx) => {
    const [created] = await tx
      .insert(articles)
      .values({
        slug: slugify(title),
        ...words,
        coverImageId: input.coverImageId ?? null,
        authorId: actor.id,
        publishedAt: at,
        updatedAt: at,
      })
      .returning({ id: articles.id, slug: articles.slug });
    await recordAudit(
      ctx.db,
      {
        actorId: actor.id,
        actorRole: actor.role,
        action: "newsroom.article_published",
        subjectType: "article",
        subjectId: created!.id,
        details: { title },
      },
      tx,
    );
    await archiveStaffPublication(
      ctx.db,
      actor,
      {
        action: "published",
        placeType: "article",
        placeId: created!.id,
        placePath: articleUrl(created!),
        body: archivedText(words),
        at,
      },
      tx,
    );
    return created!;
  });
  await ensureCategory(ctx, COMMENTS_CATEGORY);
  const discussion = await startTopic(
    ctx,
    actor,
    {
      categorySlug: COMMENTS_CATEGORY.slug,
      kind: "discussion",
      title,
      body: discussionOpening(ctx, words.excerpt, article),
    },
    options,
  );
  if (discussion.ok === true)
    await ctx.db
      .update(articles)
      .set({ commentsTopicId: discussion.value.id })
      .where(eq(articles.id, article.id));
  await ctx.pagesChanged();
  return { ok: true, value: article };
}

/**
 * Changes an article; the edit is audited, like every word the bank publishes. Its address
 * (slug) stays, so links to it, and the discussion's link back, keep working.
 */
export async function editArticle(
  ctx: AppContext,
  actor: Actor,
  id: number,
  input: ArticleInput,
): Promise<Outcome<{ id: number; slug: string }>> {
  if (!may(actor, publishNews)) throw forbidden();
  const [current] = await ctx.db.select().from(articles).where(eq(articles.id, id));
  if (!current) throw notFound();
  const errors = problems(input);
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const coverImageId = input.coverImageId ?? current.coverImageId;
  const words = published(ctx, { ...input, coverImageId: coverImageId ?? undefined });
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(articles)
      .set({ ...words, coverImageId, updatedAt: ctx.clock.now() })
      .where(eq(articles.id, id));
    await recordAudit(
      ctx.db,
      {
        actorId: actor.id,
        actorRole: actor.role,
        action: "newsroom.article_edited",
        subjectType: "article",
        subjectId: id,
        details: { title: words.title },
      },
      tx,
    );
    await archiveStaffPublication(
      ctx.db,
      actor,
      {
        action: "edited",
        placeType: "article",
        placeId: id,
        placePath: articleUrl(current),
        body: archivedText(words),
        at: ctx.clock.now(),
      },
      tx,
    );
  });
  await ctx.pagesChanged();
  return { ok: true, value: { id, slug: current.slug } };
}
