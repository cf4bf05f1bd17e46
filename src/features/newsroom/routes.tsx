import multipart from "@fastify/multipart";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { authorizedActor, declared, guardRoutes, publicAccess } from "../../platform/auth/access.ts";
import { sendRedirect } from "../../platform/auth/guards.ts";
import type { AppContext } from "../../platform/context.ts";
import { notFound } from "../../platform/http/errors.ts";
import { sendFeed } from "../../platform/http/feeds.ts";
import { field, idParam, positiveId, queryParam } from "../../platform/http/forms.ts";
import { postingLimits } from "../../platform/http/posting-limits.ts";
import { sendHtml, setFlash, viewContext } from "../../platform/http/render.ts";
import { i18nFor } from "../../platform/i18n/index.ts";
import type { FieldErrors } from "../../platform/views/components.tsx";
import { findingsToConfirm, type LabelledFinding } from "../../text/personal-data-masking.ts";
import { readThread, reply as replyInCommunity } from "../community/index.ts";
import { POSTS_PER_PAGE } from "../community/model.ts";
import { postUrl } from "../community/paths.ts";
import { can, writeInCommunity } from "../community/policy.ts";
import { newsFeed } from "./feeds.ts";
import { findImage, IMAGE_MAX_BYTES, storeImage } from "./images.ts";
import { publishNews } from "./policy.ts";
import {
  ARTICLES_PER_PAGE,
  type ArticleInput,
  articleUrl,
  editArticle,
  findArticle,
  listArticles,
  newestArticles,
  publishArticle,
} from "./service.ts";
import { ArticleFormPage, type ArticleFormValues, ArticlePage, NewsListPage } from "./views/pages.tsx";

const FEED_SIZE = 20;

/** The newsroom: articles by community managers, their feed, cover images, and comments. */
export async function newsroomRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  // Commenting by default (a verified e-mail); reading is public, writing articles is staff's.
  guardRoutes(app, writeInCommunity);
  const open = declared(publicAccess);
  // Only this plugin takes multipart bodies (the article form, with its cover). Fields land in
  // request.body like any form, so the CSRF check and field() work unchanged.
  await app.register(multipart, {
    attachFieldsToBody: "keyValues",
    limits: { fileSize: IMAGE_MAX_BYTES + 1, files: 1, fields: 10, fieldSize: 64 * 1024 },
  });
  const v = (request: FastifyRequest, reply: FastifyReply) => viewContext(ctx, request, reply);

  app.get("/actualites", open, (request, reply) =>
    ctx.publicPages.serve(request, reply, async () => {
      const page = Math.min(positiveId(queryParam(request, "page")) ?? 1, 10_000);
      const { items, total } = await listArticles(ctx, page);
      const pageCount = Math.max(1, Math.ceil(total / ARTICLES_PER_PAGE));
      if (page > pageCount) throw notFound();
      return sendHtml(
        reply,
        <NewsListPage v={v(request, reply)} items={items} page={page} pageCount={pageCount} />,
      );
    }),
  );

  const articlePage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    id: number,
    form: { commentValue?: string; commentErrors?: FieldErrors; commentMasking?: LabelledFinding[] } = {},
    status = 200,
  ) => {
    const article = await findArticle(ctx, id);
    if (!article) throw notFound();
    // The comments' topic and its first page in one read (the article is its opening post).
    const discussion = article.commentsTopicId
      ? await readThread(ctx, article.commentsTopicId, 1)
      : undefined;
    const comments = discussion ? discussion.posts.filter((p) => p.position > 1) : [];
    return sendHtml(
      reply,
      <ArticlePage
        v={v(request, reply)}
        article={article}
        comments={comments}
        discussion={discussion?.topic}
        canComment={Boolean(discussion && can(request.actor, { action: "reply", topic: discussion.topic }))}
        {...form}
      />,
      status,
    );
  };

  app.get<{ Params: { slug: string; id: string } }>("/actualites/:slug/:id", open, (request, reply) =>
    ctx.publicPages.serve(request, reply, async () => {
      const article = await findArticle(ctx, idParam(request));
      if (!article) throw notFound();
      if (article.slug !== request.params.slug) return reply.redirect(articleUrl(article), 301);
      return articlePage(request, reply, article.id);
    }),
  );

  app.post<{ Params: { id: string } }>(
    "/actualites/:id/commenter",
    postingLimits(ctx),
    async (request, reply) => {
      const actor = authorizedActor(request);
      const article = await findArticle(ctx, idParam(request));
      if (!article?.commentsTopicId) throw notFound();
      const body = field(request, "body");
      const masking = findingsToConfirm(
        field(request, "confirmMasking") === "1",
        {
          publish: i18nFor(ctx.config.defaultLocale),
          reader: request.i18n,
          publicNumbers: ctx.config.bankPhoneNumbers,
        },
        body,
      );
      if (masking)
        return articlePage(request, reply, article.id, { commentValue: body, commentMasking: masking }, 422);
      const outcome = await replyInCommunity(ctx, actor, article.commentsTopicId, { body });
      if (!outcome.ok)
        return articlePage(
          request,
          reply,
          article.id,
          { commentValue: body, commentErrors: outcome.errors },
          422,
        );
      if (outcome.ok === "held") {
        setFlash(ctx, reply, "moderation.heldNotice");
        return sendRedirect(reply, `${articleUrl(article)}#comments-title`);
      }
      const back =
        outcome.value.position <= POSTS_PER_PAGE
          ? `${articleUrl(article)}#message-${outcome.value.position}`
          : postUrl(
              { slug: article.slug, id: article.commentsTopicId },
              outcome.value.position,
              POSTS_PER_PAGE,
            );
      return sendRedirect(reply, back);
    },
  );

  const feed = async (request: FastifyRequest, reply: FastifyReply, format: "rss" | "atom") => {
    const built = newsFeed({
      i18n: request.i18n,
      baseUrl: ctx.config.baseUrl,
      bankName: ctx.config.bankName,
      articles: await newestArticles(ctx, FEED_SIZE),
    });
    return sendFeed(reply, built, format);
  };
  app.get("/actualites/flux.rss", open, (request, reply) => feed(request, reply, "rss"));
  app.get("/actualites/flux.atom", open, (request, reply) => feed(request, reply, "atom"));

  app.get<{ Params: { file: string } }>("/medias/:file", open, async (request, reply) => {
    const [sha256] = request.params.file.split(".");
    const image = /^[0-9a-f]{64}$/.test(sha256 ?? "") ? await findImage(ctx, sha256!) : undefined;
    if (!image) throw notFound();
    return reply
      .header("cache-control", "public, max-age=31536000, immutable")
      .header("x-content-type-options", "nosniff")
      .type(image.contentType)
      .send(image.bytes);
  });

  // --- Writing (community managers) ----------------------------------------------------------

  const formValues = (request: FastifyRequest): ArticleFormValues => ({
    title: field(request, "title"),
    excerpt: field(request, "excerpt"),
    body: field(request, "body"),
    coverAlt: field(request, "coverAlt"),
  });

  /** The uploaded cover, stored; or the reason it was refused. No file is not a problem. */
  const coverOf = async (
    request: FastifyRequest,
    uploader: number,
  ): Promise<{ id: number | undefined; errors: FieldErrors }> => {
    const file = (request.body as Record<string, unknown> | undefined)?.cover;
    if (!Buffer.isBuffer(file) || file.length === 0) return { id: undefined, errors: {} };
    const stored = await storeImage(ctx, file, uploader);
    return stored.ok ? { id: stored.id, errors: {} } : { id: undefined, errors: { cover: stored.problem } };
  };

  const publisher = { config: { access: publishNews } };
  const writeOptions = { ...publisher, bodyLimit: IMAGE_MAX_BYTES + 256 * 1024 };

  app.get("/actualites/nouvel-article", publisher, async (request, reply) => {
    return sendHtml(
      reply,
      <ArticleFormPage
        v={v(request, reply)}
        action="/actualites/nouvel-article"
        values={{ title: "", excerpt: "", body: "", coverAlt: "" }}
        hasCover={false}
      />,
    );
  });

  app.post("/actualites/nouvel-article", writeOptions, async (request, reply) => {
    const actor = authorizedActor(request);
    const values = formValues(request);
    const cover = await coverOf(request, actor.id);
    const input: ArticleInput = { ...values, coverImageId: cover.id };
    const outcome = Object.keys(cover.errors).length
      ? ({ ok: false, errors: cover.errors } as const)
      : await publishArticle(ctx, actor, input);
    if (!outcome.ok)
      return sendHtml(
        reply,
        <ArticleFormPage
          v={v(request, reply)}
          action="/actualites/nouvel-article"
          values={values}
          hasCover={false}
          errors={outcome.errors}
        />,
        422,
      );
    return sendRedirect(reply, articleUrl(outcome.value));
  });

  app.get<{ Params: { id: string } }>("/actualites/:id/modifier", publisher, async (request, reply) => {
    const article = await findArticle(ctx, idParam(request));
    if (!article) throw notFound();
    return sendHtml(
      reply,
      <ArticleFormPage
        v={v(request, reply)}
        action={`/actualites/${article.id}/modifier`}
        values={{
          title: article.title,
          excerpt: article.excerpt,
          body: article.bodyMarkdown,
          coverAlt: article.cover?.alt ?? "",
        }}
        hasCover={Boolean(article.cover)}
      />,
    );
  });

  app.post<{ Params: { id: string } }>("/actualites/:id/modifier", writeOptions, async (request, reply) => {
    const actor = authorizedActor(request);
    const article = await findArticle(ctx, idParam(request));
    if (!article) throw notFound();
    const values = formValues(request);
    const cover = await coverOf(request, actor.id);
    const outcome = Object.keys(cover.errors).length
      ? ({ ok: false, errors: cover.errors } as const)
      : await editArticle(ctx, actor, article.id, { ...values, coverImageId: cover.id });
    if (!outcome.ok)
      return sendHtml(
        reply,
        <ArticleFormPage
          v={v(request, reply)}
          action={`/actualites/${article.id}/modifier`}
          values={values}
          hasCover={Boolean(article.cover)}
          errors={outcome.errors}
        />,
        422,
      );
    return sendRedirect(reply, articleUrl(outcome.value));
  });
}
