import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { authorizedActor, guardRoutes } from "../../platform/auth/access.ts";
import { sendRedirect } from "../../platform/auth/guards.ts";
import type { AppContext } from "../../platform/context.ts";
import { forbidden, notFound } from "../../platform/http/errors.ts";
import { field, idParam, positiveId, queryParam } from "../../platform/http/forms.ts";
import { postingLimits } from "../../platform/http/posting-limits.ts";
import { sendHtml, setFlash, viewContext } from "../../platform/http/render.ts";
import type { FieldErrors } from "../../platform/views/components.tsx";
import type { LabelledFinding } from "../../text/personal-data-masking.ts";
import { acceptAnswer } from "./answers.ts";
import { findCategoryById, listCategories } from "./categories.ts";
import { deletePost, editPost } from "./editing.ts";
import { topicUrl } from "./paths.ts";
import { can, writeInCommunity } from "./policy.ts";
import { publicationScreen } from "./publication-screen.ts";
import { startTopic } from "./publishing.ts";
import { postAnchor, unseenMasking } from "./route-helpers.ts";
import { findPost, findTopic } from "./threads.ts";
import { DeletePostPage, EditPostPage, NewTopicPage } from "./views/pages.tsx";

/** Starting a topic, editing and deleting a post, accepting an answer: writing needs a verified e-mail. */
export async function writingRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  guardRoutes(app, writeInCommunity);
  const v = (request: FastifyRequest, reply: FastifyReply) => viewContext(ctx, request, reply);
  const posting = postingLimits(ctx);

  app.post<{ Params: { id: string } }>("/t/:id/accepter", async (request, reply) => {
    const actor = authorizedActor(request);
    const id = idParam(request);
    const postId = positiveId(field(request, "postId"));
    if (!postId) throw notFound();
    await acceptAnswer(ctx, actor, id, postId);
    const found = await findTopic(ctx, id);
    return sendRedirect(reply, topicUrl(found!.topic));
  });

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
    const masking = unseenMasking(ctx, request, body);
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
    const masking = unseenMasking(ctx, request, values.title, values.body);
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
      return sendRedirect(reply, publicationScreen().heldList);
    }
    return sendRedirect(reply, topicUrl(outcome.value));
  });
}
