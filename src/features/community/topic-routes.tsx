import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { authorizedActor, declared, guardRoutes, publicAccess } from "../../platform/auth/access.ts";
import { sendRedirect } from "../../platform/auth/guards.ts";
import type { AppContext } from "../../platform/context.ts";
import { notFound } from "../../platform/http/errors.ts";
import { field, idParam, positiveId, queryParam } from "../../platform/http/forms.ts";
import { readNow } from "../../platform/http/kept-reads.ts";
import { postingLimits } from "../../platform/http/posting-limits.ts";
import { isHtmx, sendFragment, sendHtml, setFlash, viewContext } from "../../platform/http/render.ts";
import type { FieldErrors } from "../../platform/views/components.tsx";
import type { LabelledFinding } from "../../text/personal-data-masking.ts";
import { POSTS_PER_PAGE, type Topic } from "./model.ts";
import { readTopicNews } from "./notifications.ts";
import { topicScope } from "./page-scopes.ts";
import { topicUrl } from "./paths.ts";
import { writeInCommunity } from "./policy.ts";
import { reply as addReply } from "./publishing.ts";
import { viewerMarks } from "./reactions.ts";
import { readerState } from "./reader-state.ts";
import { postHistory } from "./revisions.ts";
import { pageCount, pageOf, postAnchor, unseenMasking } from "./route-helpers.ts";
import { findPost, findTopic, readThread, type Thread, threadCharacters, topicPosts } from "./threads.ts";
import { HistoryPage } from "./views/pages.tsx";
import { NO_MARKS, PostArticle, ReplySection, type ReplyTarget, TopicPage } from "./views/topic-page.tsx";

const QUOTE_MAX = 400;

/** The start of a post as a Markdown quote, to answer it in a reply. */
function quoted(markdown: string): string {
  const text = markdown.length > QUOTE_MAX ? `${markdown.slice(0, QUOTE_MAX).trimEnd()}…` : markdown;
  return `${text
    .split("\n")
    .map((line) => `> ${line}`)
    .join("\n")}\n\n`;
}

/** A topic's pages, the replies posted to it, and a post's history. Anyone may read. */
export async function topicRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  // Writing by default (a verified e-mail); the reading pages declare they are public.
  guardRoutes(app, writeInCommunity);
  const open = declared(publicAccess);
  const v = (request: FastifyRequest, reply: FastifyReply) => viewContext(ctx, request, reply);
  const posting = postingLimits(ctx);

  const topicPage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    thread: Thread,
    form: {
      replyValue?: string;
      replyErrors?: FieldErrors;
      replyTo?: number | undefined;
      masking?: LabelledFinding[] | undefined;
    } = {},
    status = 200,
  ) => {
    const { topic, posts, accepted } = thread;
    const id = topic.id;
    const page = pageOf(request);
    // The page stands: threadPage answered 404 for one past the last.
    const pages = pageCount(topic.replyCount + 1, POSTS_PER_PAGE);
    const actor = request.actor;
    const [reader, target] = await Promise.all([
      actor
        ? readerState(
            ctx,
            actor.id,
            id,
            // What the page shows: the accepted answer stands under the question on the first page.
            [...posts, ...(accepted && page === 1 ? [accepted] : [])].map((p) => p.id),
          )
        : undefined,
      quoteTarget(id, form.replyTo ?? positiveId(queryParam(request, "reponse")) ?? undefined),
    ]);
    // Opening a page of the topic reads what the member was told of the posts it shows.
    if (actor && reader && request.method === "GET" && (reader.news.length > 0 || reader.repliesMailed)) {
      const read = await readTopicNews(ctx, actor.id, id, reader.news);
      request.unreadNotifications = Math.max(0, request.unreadNotifications - read);
    }
    return sendHtml(
      reply,
      <TopicPage
        v={v(request, reply)}
        topic={topic}
        category={thread.category}
        posts={posts}
        accepted={accepted}
        page={page}
        pageCount={pages}
        marks={reader ?? NO_MARKS}
        subscription={reader?.subscription ?? null}
        replyTarget={target}
        replyValue={form.replyValue ?? (target ? quoted(target.bodyMarkdown) : undefined)}
        replyErrors={form.replyErrors}
        masking={form.masking}
      />,
      status,
    );
  };

  /** The page of the topic the address asks for, or 404 when the topic or the page does not stand. */
  const threadPage = async (request: FastifyRequest, id: number, keep = readNow): Promise<Thread> => {
    const page = pageOf(request);
    // A page past the last is not kept: addresses anyone can make up would push out the rest.
    const thread = await keep(
      `thread:${id}:${page}`,
      async () => {
        const read = await readThread(ctx, id, page);
        return read && page <= pageCount(read.topic.replyCount + 1, POSTS_PER_PAGE) ? read : undefined;
      },
      threadCharacters,
    );
    if (!thread) throw notFound();
    return thread;
  };

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

  app.get<{ Params: { slug: string; id: string } }>("/t/:slug/:id", open, (request, reply) => {
    const id = idParam(request);
    return ctx.publicPages.serve(
      request,
      reply,
      async (keep) => {
        const thread = await threadPage(request, id, keep);
        // One address per topic: an old or mistyped slug redirects to the current one.
        if (thread.topic.slug !== request.params.slug)
          return reply.redirect(topicUrl(thread.topic, pageOf(request)), 301);
        return topicPage(request, reply, thread);
      },
      [topicScope(id)],
    );
  });

  app.post<{ Params: { id: string } }>("/t/:id/repondre", posting, async (request, reply) => {
    const actor = authorizedActor(request);
    const id = idParam(request);
    const body = field(request, "body");
    const replyTo = positiveId(field(request, "replyTo")) ?? undefined;
    const masking = unseenMasking(ctx, request, body);
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
      return topicPage(
        request,
        reply,
        await threadPage(request, id),
        { replyValue: body, replyTo, masking },
        422,
      );
    }
    const outcome = await addReply(ctx, actor, id, {
      body,
      replyToPostId: positiveId(field(request, "replyTo")) ?? undefined,
    });
    if (outcome.ok !== "held" && !isHtmx(request)) {
      // Published: its address is known, and the topic needs no second reading.
      if (outcome.ok) return sendRedirect(reply, postAnchor(outcome.value.topic, outcome.value.position));
      return topicPage(
        request,
        reply,
        await threadPage(request, id),
        { replyValue: body, replyErrors: outcome.errors, replyTo },
        422,
      );
    }
    const found = await findTopic(ctx, id);
    if (!found) throw notFound();
    if (outcome.ok === "held") {
      // Held for a moderator: nothing to append; the page says so (a full load, even under htmx).
      setFlash(ctx, reply, "moderation.heldNotice");
      const back = topicUrl(found.topic, pageCount(found.topic.replyCount + 1, POSTS_PER_PAGE));
      if (isHtmx(request)) return reply.header("hx-redirect", back).code(204).send();
      return sendRedirect(reply, back);
    }
    return replyInPlace(request, reply, found.topic, body, outcome);
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
}
