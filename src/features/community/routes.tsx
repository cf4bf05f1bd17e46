import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { authorizedActor, declared, guardRoutes, publicAccess } from "../../platform/auth/access.ts";
import { sendRedirect } from "../../platform/auth/guards.ts";
import type { AppContext } from "../../platform/context.ts";
import { forbidden, notFound } from "../../platform/http/errors.ts";
import { sendFeed } from "../../platform/http/feeds.ts";
import { field, idParam, positiveId, queryParam } from "../../platform/http/forms.ts";
import { postingLimits } from "../../platform/http/posting-limits.ts";
import { isHtmx, sendFragment, sendHtml, setFlash, viewContext } from "../../platform/http/render.ts";
import type { FieldErrors } from "../../platform/views/components.tsx";
import { accountsNamed } from "../accounts/public-profiles.ts";
import { HELD_LIST } from "../moderation/held-posts.ts";
import type { LabelledFinding } from "../moderation/model.ts";
import { findingsToConfirm } from "../moderation/personal-data.ts";
import { communityFeed } from "./feeds.ts";
import { type Listing, POSTS_PER_PAGE, TOPICS_PER_PAGE, type Topic } from "./model.ts";
import { subscriptionOf } from "./notifications.ts";
import { postUrl, topicUrl } from "./paths.ts";
import { can, writeInCommunity } from "./policy.ts";
import { viewerMarks } from "./reactions.ts";
import {
  hasFilters,
  SEARCH_MAX_PAGES,
  SEARCH_PER_PAGE,
  SEARCH_QUERY_MAX,
  type SearchFilters,
  searchTopics,
} from "./search.ts";
import {
  acceptAnswer,
  reply as addReply,
  deletePost,
  editPost,
  findCategory,
  findCategoryById,
  findPost,
  findTopic,
  listCategories,
  listTopics,
  newestTopics,
  postHistory,
  startTopic,
  topicPosts,
} from "./service.ts";
import {
  DeletePostPage,
  EditPostPage,
  HistoryPage,
  LISTING_PARAM,
  ListingPage,
  NewTopicPage,
} from "./views/pages.tsx";
import { type SearchForm, SearchPage } from "./views/search-page.tsx";
import { NO_MARKS, PostArticle, ReplySection, type ReplyTarget, TopicPage } from "./views/topic-page.tsx";

const MAX_PAGE = 10_000;

function pageOf(request: FastifyRequest): number {
  const page = positiveId(queryParam(request, "page"));
  return page && page <= MAX_PAGE ? page : 1;
}

function listingOf(request: FastifyRequest): Listing {
  const value = queryParam(request, "liste");
  const found = (Object.entries(LISTING_PARAM) as [Listing, string | undefined][]).find(
    ([, param]) => param === value,
  );
  return found?.[0] ?? "latest";
}

const QUOTE_MAX = 400;

/** The start of a post as a Markdown quote, to answer it in a reply. */
function quoted(markdown: string): string {
  const text = markdown.length > QUOTE_MAX ? `${markdown.slice(0, QUOTE_MAX).trimEnd()}…` : markdown;
  return `${text
    .split("\n")
    .map((line) => `> ${line}`)
    .join("\n")}\n\n`;
}

const DAY_MS = 24 * 3600 * 1000;
const PERIOD_DAYS: Record<string, number> = { semaine: 7, mois: 31, annee: 365 };

function sinceOf(period: string, now: Date): Date | undefined {
  const days = PERIOD_DAYS[period];
  return days ? new Date(now.getTime() - days * DAY_MS) : undefined;
}

const pageCount = (total: number, perPage: number) => Math.max(1, Math.ceil(total / perPage));

/** The open wall: listings, topics, replies, accepted answers and search. Anyone may read. */
export async function communityRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  // Writing by default (a verified e-mail); the reading pages declare they are public.
  guardRoutes(app, writeInCommunity);
  const open = declared(publicAccess);
  const v = (request: FastifyRequest, reply: FastifyReply) => viewContext(ctx, request, reply);
  const posting = postingLimits(ctx);

  const listing = async (request: FastifyRequest, reply: FastifyReply, categorySlug?: string) => {
    const category = categorySlug ? await findCategory(ctx, categorySlug) : undefined;
    if (categorySlug && !category) throw notFound();
    const page = pageOf(request);
    const kind = listingOf(request);
    const [categories, { items, total }] = await Promise.all([
      listCategories(ctx),
      listTopics(ctx, { ...(category ? { categoryId: category.id } : {}), listing: kind, page }),
    ]);
    const pages = pageCount(total, TOPICS_PER_PAGE);
    if (page > pages) throw notFound();
    return sendHtml(
      reply,
      <ListingPage
        v={v(request, reply)}
        categories={categories}
        category={category}
        listing={kind}
        items={items}
        page={page}
        pageCount={pages}
      />,
    );
  };

  const cached = (request: FastifyRequest, reply: FastifyReply, render: () => Promise<FastifyReply>) =>
    ctx.publicPages.serve(request, reply, render);

  app.get("/", open, (request, reply) => cached(request, reply, () => listing(request, reply)));
  app.get<{ Params: { slug: string } }>("/c/:slug", open, (request, reply) =>
    cached(request, reply, () => listing(request, reply, request.params.slug)),
  );

  const topicPage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    id: number,
    form: {
      replyValue?: string;
      replyErrors?: FieldErrors;
      replyTo?: number | undefined;
      masking?: LabelledFinding[] | undefined;
    } = {},
    status = 200,
  ) => {
    const found = await findTopic(ctx, id);
    if (!found) throw notFound();
    const page = pageOf(request);
    const pages = pageCount(found.topic.replyCount + 1, POSTS_PER_PAGE);
    if (page > pages) throw notFound();
    const { posts, accepted } = await topicPosts(ctx, found.topic, page);
    const actor = request.actor;
    const [marks, subscription, target] = await Promise.all([
      actor
        ? viewerMarks(
            ctx,
            actor.id,
            [...posts, ...(accepted ? [accepted] : [])].map((p) => p.id),
          )
        : NO_MARKS,
      actor ? subscriptionOf(ctx, actor.id, id) : null,
      quoteTarget(id, form.replyTo ?? positiveId(queryParam(request, "reponse")) ?? undefined),
    ]);
    return sendHtml(
      reply,
      <TopicPage
        v={v(request, reply)}
        topic={found.topic}
        category={found.category}
        posts={posts}
        accepted={accepted}
        page={page}
        pageCount={pages}
        marks={marks}
        subscription={subscription}
        replyTarget={target}
        replyValue={form.replyValue ?? (target ? quoted(target.bodyMarkdown) : undefined)}
        replyErrors={form.replyErrors}
        masking={form.masking}
      />,
      status,
    );
  };

  const unseenMasking = (request: FastifyRequest, ...texts: string[]) =>
    findingsToConfirm(
      field(request, "confirmMasking") === "1",
      { publishLocale: ctx.config.defaultLocale, readerLocale: request.i18n.locale },
      ...texts,
    );

  /** Quote-reply: the post being answered, if it belongs to this topic and still stands. */
  const quoteTarget = async (
    topicId: number,
    postId: number | undefined,
  ): Promise<(ReplyTarget & { bodyMarkdown: string }) | undefined> => {
    if (!postId) return undefined;
    const post = await findPost(ctx, postId);
    if (!post || post.deleted || post.topic.id !== topicId) return undefined;
    return { id: post.id, position: post.position, bodyMarkdown: post.bodyMarkdown };
  };

  app.get<{ Params: { slug: string; id: string } }>("/t/:slug/:id", open, (request, reply) =>
    cached(request, reply, async () => {
      const id = idParam(request);
      const found = await findTopic(ctx, id);
      if (!found) throw notFound();
      // One address per topic: an old or mistyped slug redirects to the current one.
      if (found.topic.slug !== request.params.slug)
        return reply.redirect(topicUrl(found.topic, pageOf(request)), 301);
      return topicPage(request, reply, id);
    }),
  );

  app.post<{ Params: { id: string } }>("/t/:id/repondre", posting, async (request, reply) => {
    const actor = authorizedActor(request);
    const id = idParam(request);
    const body = field(request, "body");
    const replyTo = positiveId(field(request, "replyTo")) ?? undefined;
    const masking = unseenMasking(request, body);
    if (masking) {
      const found = await findTopic(ctx, id);
      if (!found) throw notFound();
      if (isHtmx(request)) {
        const page = pageCount(found.topic.replyCount + 1, POSTS_PER_PAGE);
        return sendFragment(
          reply.header("hx-retarget", "#repondre").header("hx-reswap", "outerHTML"),
          <ReplySection
            v={v(request, reply)}
            topic={found.topic}
            page={page}
            live
            replyValue={body}
            masking={masking}
          />,
          422,
        );
      }
      return topicPage(request, reply, id, { replyValue: body, replyTo, masking }, 422);
    }
    const outcome = await addReply(ctx, actor, id, {
      body,
      replyToPostId: positiveId(field(request, "replyTo")) ?? undefined,
    });
    const found = await findTopic(ctx, id);
    if (!found) throw notFound();
    if (outcome.ok === "held") {
      // Held for a moderator: nothing to append; the page says so (a full load, even under htmx).
      setFlash(ctx, reply, "moderation.heldNotice");
      const back = topicUrl(found.topic, pageCount(found.topic.replyCount + 1, POSTS_PER_PAGE));
      if (isHtmx(request)) return reply.header("hx-redirect", back).code(204).send();
      return sendRedirect(reply, back);
    }
    if (isHtmx(request)) return replyInPlace(request, reply, found.topic, body, outcome);
    if (!outcome.ok)
      return topicPage(request, reply, id, { replyValue: body, replyErrors: outcome.errors, replyTo }, 422);
    return sendRedirect(reply, postAnchor(found.topic, outcome.value.position));
  });

  /**
   * The reply posted by htmx from the topic's last page: the new post is appended where the
   * form's target says, and a fresh, empty reply box replaces the old one (out of band). A
   * rejected reply re-renders the box with its messages and the text as typed.
   */
  const replyInPlace = async (
    request: FastifyRequest,
    reply: FastifyReply,
    topic: Topic,
    body: string,
    outcome: Exclude<Awaited<ReturnType<typeof addReply>>, { ok: "held" }>,
  ) => {
    const view = v(request, reply);
    const page = pageCount(topic.replyCount + 1, POSTS_PER_PAGE);
    if (!outcome.ok)
      return sendFragment(
        reply.header("hx-retarget", "#repondre").header("hx-reswap", "outerHTML"),
        <ReplySection
          v={view}
          topic={topic}
          page={page}
          live
          replyValue={body}
          replyErrors={outcome.errors}
        />,
        422,
      );
    const { posts } = await topicPosts(ctx, topic, page);
    const created = posts.find((p) => p.position === outcome.value.position);
    const marks = await viewerMarks(ctx, request.actor!.id, created ? [created.id] : []);
    return sendFragment(
      reply,
      <>
        {created && (
          <PostArticle v={view} topic={topic} post={created} marks={marks} page={page} canAccept={false} />
        )}
        <ReplySection v={view} topic={topic} page={page} live oob />
      </>,
    );
  };

  app.post<{ Params: { id: string } }>("/t/:id/accepter", async (request, reply) => {
    const actor = authorizedActor(request);
    const id = idParam(request);
    const postId = positiveId(field(request, "postId"));
    if (!postId) throw notFound();
    await acceptAnswer(ctx, actor, id, postId);
    const found = await findTopic(ctx, id);
    return sendRedirect(reply, topicUrl(found!.topic));
  });

  const postAnchor = (topic: Parameters<typeof topicUrl>[0], position: number) =>
    postUrl(topic, position, POSTS_PER_PAGE);

  app.get<{ Params: { id: string } }>("/messages/:id/modifier", async (request, reply) => {
    const actor = authorizedActor(request);
    const post = await findPost(ctx, idParam(request));
    if (!post) throw notFound();
    if (!can(actor, { action: "edit_post", post: { ...post } })) throw forbidden();
    return sendHtml(reply, <EditPostPage v={v(request, reply)} postId={post.id} body={post.bodyMarkdown} />);
  });

  app.post<{ Params: { id: string } }>("/messages/:id/modifier", posting, async (request, reply) => {
    const actor = authorizedActor(request);
    const body = field(request, "body");
    const rejected = (shown: { errors?: FieldErrors; masking?: LabelledFinding[] }) =>
      sendHtml(
        reply,
        <EditPostPage v={v(request, reply)} postId={idParam(request)} body={body} {...shown} />,
        422,
      );
    const masking = unseenMasking(request, body);
    if (masking) return rejected({ masking });
    const outcome = await editPost(ctx, actor, idParam(request), body);
    if (!outcome.ok) return rejected({ errors: outcome.errors });
    return sendRedirect(reply, postAnchor(outcome.value.topic, outcome.value.position));
  });

  app.get<{ Params: { id: string } }>("/messages/:id/supprimer", async (request, reply) => {
    const actor = authorizedActor(request);
    const post = await findPost(ctx, idParam(request));
    if (!post) throw notFound();
    if (!can(actor, { action: "delete_post", post: { ...post }, topic: post.topic })) throw forbidden();
    return sendHtml(
      reply,
      <DeletePostPage
        v={v(request, reply)}
        postId={post.id}
        topicHref={postAnchor(post.topic, post.position)}
        wholeTopic={post.position === 1 && post.topic.replyCount === 0}
      />,
    );
  });

  app.post<{ Params: { id: string } }>("/messages/:id/supprimer", async (request, reply) => {
    const actor = authorizedActor(request);
    const id = idParam(request);
    const post = await findPost(ctx, id);
    if (!post) throw notFound();
    const { topicDeleted, topic } = await deletePost(ctx, actor, id);
    if (!topicDeleted) return sendRedirect(reply, postAnchor(topic, post.position));
    const category = await findCategoryById(ctx, topic.categoryId);
    return sendRedirect(reply, category ? `/c/${category.slug}` : "/");
  });

  app.get<{ Params: { id: string } }>("/messages/:id/historique", open, async (request, reply) => {
    const history = await postHistory(ctx, idParam(request));
    if (!history) throw notFound();
    return sendHtml(
      reply,
      <HistoryPage
        v={v(request, reply)}
        topic={history.post.topic}
        position={history.post.position}
        revisions={history.revisions}
      />,
    );
  });

  app.get("/nouveau-sujet", async (request, reply) => {
    const categories = await listCategories(ctx);
    return sendHtml(
      reply,
      <NewTopicPage
        v={v(request, reply)}
        categories={categories}
        values={{ category: queryParam(request, "categorie") }}
      />,
    );
  });

  app.post("/nouveau-sujet", posting, async (request, reply) => {
    const actor = authorizedActor(request);
    const values = {
      category: field(request, "category"),
      kind: field(request, "kind"),
      title: field(request, "title"),
      body: field(request, "body"),
    };
    const rejected = async (shown: { errors?: FieldErrors; masking?: LabelledFinding[] }) =>
      sendHtml(
        reply,
        <NewTopicPage
          v={v(request, reply)}
          categories={await listCategories(ctx)}
          values={values}
          {...shown}
        />,
        422,
      );
    const masking = unseenMasking(request, values.title, values.body);
    if (masking) return rejected({ masking });
    const outcome = await startTopic(ctx, actor, {
      categorySlug: values.category,
      kind: values.kind,
      title: values.title,
      body: values.body,
    });
    if (!outcome.ok) return rejected({ errors: outcome.errors });
    if (outcome.ok === "held") {
      setFlash(ctx, reply, "moderation.heldNotice");
      return sendRedirect(reply, HELD_LIST);
    }
    return sendRedirect(reply, topicUrl(outcome.value));
  });

  const FEED_SIZE = 30;
  const feed = async (
    request: FastifyRequest,
    reply: FastifyReply,
    format: "rss" | "atom",
    categorySlug?: string,
  ) => {
    const category = categorySlug ? await findCategory(ctx, categorySlug) : undefined;
    if (categorySlug && !category) throw notFound();
    const entries = await newestTopics(ctx, {
      ...(category ? { categoryId: category.id } : {}),
      limit: FEED_SIZE,
    });
    const built = communityFeed({
      i18n: request.i18n,
      baseUrl: ctx.config.baseUrl,
      bankName: ctx.config.bankName,
      category,
      entries,
    });
    return sendFeed(reply, built, format);
  };
  app.get("/flux.rss", open, (request, reply) => feed(request, reply, "rss"));
  app.get("/flux.atom", open, (request, reply) => feed(request, reply, "atom"));
  app.get<{ Params: { slug: string } }>("/c/:slug/flux.rss", open, (request, reply) =>
    feed(request, reply, "rss", request.params.slug),
  );
  app.get<{ Params: { slug: string } }>("/c/:slug/flux.atom", open, (request, reply) =>
    feed(request, reply, "atom", request.params.slug),
  );

  app.get("/recherche", open, (request, reply) => cached(request, reply, () => search(request, reply)));
  const search = async (request: FastifyRequest, reply: FastifyReply) => {
    const form: SearchForm = {
      q: queryParam(request, "q").slice(0, SEARCH_QUERY_MAX),
      categorie: queryParam(request, "categorie"),
      statut: queryParam(request, "statut"),
      auteur: queryParam(request, "auteur").slice(0, 40),
      depuis: queryParam(request, "depuis"),
    };
    const page = pageOf(request);
    const categories = await listCategories(ctx);
    const authors = form.auteur.trim() ? await accountsNamed(ctx, form.auteur) : undefined;
    const filters: SearchFilters = {
      categoryId: categories.find((c) => c.slug === form.categorie)?.id,
      status: form.statut === "resolu" ? "solved" : form.statut === "sans-reponse" ? "unanswered" : undefined,
      authorIds: authors?.map((author) => author.id),
      since: sinceOf(form.depuis, ctx.clock.now()),
    };
    const { hits, total, moreThan } = await searchTopics(ctx, form.q, page, filters);
    return sendHtml(
      reply,
      <SearchPage
        v={v(request, reply)}
        form={form}
        categories={categories}
        searched={form.q.trim() !== "" || hasFilters(filters)}
        hits={hits}
        authors={authors}
        total={total}
        moreThan={moreThan}
        page={page}
        pageCount={Math.min(pageCount(total, SEARCH_PER_PAGE), SEARCH_MAX_PAGES)}
      />,
    );
  };
}
