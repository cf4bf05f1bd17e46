import type { FastifyInstance } from "fastify";
import { guardRoutes, publicAccess } from "../../platform/auth/access.ts";
import type { AppContext } from "../../platform/context.ts";
import { notFound } from "../../platform/http/errors.ts";
import { field, idParam } from "../../platform/http/forms.ts";
import { sendHtml, viewContext } from "../../platform/http/render.ts";
import { findPost } from "../community/index.ts";
import { POSTS_PER_PAGE } from "../community/model.ts";
import { postUrl } from "../community/paths.ts";
import { ReportPage, ReportSentPage } from "./report-views.tsx";
import { fileReport } from "./reports.ts";

/** Reporting a post: members flag it for any reason, anyone reports illegal content (DSA art. 16). */
export async function reportRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  // Anyone may report illegal content (DSA art. 16), account or not.
  guardRoutes(app, publicAccess);
  // Reports send an e-mail: limited like the other forms that do.
  const limited = { config: { rateLimit: { max: ctx.limits.sensitive, timeWindow: "15 minutes" } } };

  const postOrMissing = async (id: number) => {
    const post = await findPost(ctx, id);
    if (!post || post.deleted) throw notFound();
    return post;
  };

  app.get<{ Params: { id: string } }>("/messages/:id/signaler", async (request, reply) => {
    const post = await postOrMissing(idParam(request));
    return sendHtml(
      reply,
      <ReportPage
        v={viewContext(ctx, request, reply)}
        postId={post.id}
        backHref={postUrl(post.topic, post.position, POSTS_PER_PAGE)}
        values={{ reason: "", explanation: "", email: "" }}
      />,
    );
  });

  app.post<{ Params: { id: string } }>("/messages/:id/signaler", limited, async (request, reply) => {
    const post = await postOrMissing(idParam(request));
    const values = {
      reason: field(request, "reason"),
      explanation: field(request, "explanation"),
      email: field(request, "email"),
    };
    const outcome = await fileReport(ctx, request.actor, post.id, values);
    const backHref = postUrl(post.topic, post.position, POSTS_PER_PAGE);
    if (!outcome.ok)
      return sendHtml(
        reply,
        <ReportPage
          v={viewContext(ctx, request, reply)}
          postId={post.id}
          backHref={backHref}
          values={values}
          errors={outcome.errors}
        />,
        422,
      );
    return sendHtml(reply, <ReportSentPage v={viewContext(ctx, request, reply)} backHref={backHref} />);
  });
}
