import type { FastifyInstance } from "fastify";
import { guardRoutes, publicAccess } from "../../platform/auth/access.ts";
import type { AppContext } from "../../platform/context.ts";
import { notFound } from "../../platform/http/errors.ts";
import { eventStreams } from "../../platform/http/event-stream.ts";
import { idParam, queryParam } from "../../platform/http/forms.ts";
import { sendFragment, viewContext } from "../../platform/http/render.ts";
import { POSTS_PER_PAGE } from "./model.ts";
import { viewerMarks } from "./reactions.ts";
import { searchTopics } from "./search.ts";
import { findPost, findTopic, topicPosts } from "./threads.ts";
import { SimilarTopics } from "./views/parts.tsx";
import { NO_MARKS, PostArticle } from "./views/topic-page.tsx";

const SIMILAR_MAX = 5;

/** Live replies on an open topic (Server-Sent Events), the fragments they fetch, and similar-topic hints. */
export async function liveRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  // Live updates of what anyone may read.
  guardRoutes(app, publicAccess);
  const streams = eventStreams(app);

  app.get<{ Params: { id: string } }>(
    "/t/:id/direct",
    { config: { longLived: true } },
    async (request, reply) => {
      const found = await findTopic(ctx, idParam(request));
      if (!found) throw notFound();
      const stream = streams.open(request, reply);
      await stream.follow(
        ctx.live.subscribe(`topic:${found.topic.id}`, (data) => stream.send("reply", data)),
      );
    },
  );

  /** One post as it shows in its thread, for the person asking (their buttons, their marks). */
  app.get<{ Params: { id: string } }>("/messages/:id/fragment", async (request, reply) => {
    const post = await findPost(ctx, idParam(request));
    if (!post || post.deleted) throw notFound();
    const page = Math.ceil(post.position / POSTS_PER_PAGE);
    const { posts } = await topicPosts(ctx, post.topic, page);
    const view = posts.find((p) => p.id === post.id);
    if (!view) throw notFound();
    const marks = request.actor ? await viewerMarks(ctx, request.actor.id, [view.id]) : NO_MARKS;
    const v = viewContext(ctx, request, reply);
    const canAccept = false;
    return sendFragment(
      reply,
      <PostArticle v={v} topic={post.topic} post={view} marks={marks} page={page} canAccept={canAccept} />,
    );
  });

  /** While someone types a new question's title: topics that may already answer it. */
  app.get("/recherche/similaires", async (request, reply) => {
    const title = queryParam(request, "title").slice(0, 150);
    const { hits } = title.trim().length < 8 ? { hits: [] } : await searchTopics(ctx, title, 1, {}, "any");
    return sendFragment(
      reply,
      <SimilarTopics v={viewContext(ctx, request, reply)} topics={hits.slice(0, SIMILAR_MAX)} />,
    );
  });
}
