import type { FastifyInstance } from "fastify";
import { authorizedActor, declared, guardRoutes, publicAccess } from "../../platform/auth/access.ts";
import { sendRedirect } from "../../platform/auth/guards.ts";
import type { AppContext } from "../../platform/context.ts";
import { notFound } from "../../platform/http/errors.ts";
import { field, idParam } from "../../platform/http/forms.ts";
import { sendHtml, setFlash, viewContext } from "../../platform/http/render.ts";
import { fileAppeal } from "./appeals.ts";
import { DecisionPage, MyModerationPage } from "./author-views.tsx";
import { decisionOf, decisionsOf, decisionUrl } from "./decisions.ts";
import { HELD_LIST, heldPostsOf } from "./held-posts.ts";
import { ownModeration } from "./policy.ts";
import { transparencyFigures } from "./transparency.ts";
import { TransparencyPage } from "./transparency-page.tsx";

/** Members' side of moderation (their held posts, statements of reasons, appeals) and the public report. */
export async function authorRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  // The author's own pages; the transparency report below is public.
  guardRoutes(app, ownModeration);
  app.get(HELD_LIST, async (request, reply) => {
    const actor = authorizedActor(request);
    const [held, decisions] = await Promise.all([heldPostsOf(ctx, actor.id), decisionsOf(ctx, actor.id)]);
    return sendHtml(
      reply,
      <MyModerationPage v={viewContext(ctx, request, reply)} held={held} decisions={decisions} />,
    );
  });

  app.get<{ Params: { id: string } }>("/compte/decisions/:id", async (request, reply) => {
    const actor = authorizedActor(request);
    const item = await decisionOf(ctx, actor.id, idParam(request));
    if (!item) throw notFound();
    return sendHtml(
      reply,
      <DecisionPage v={viewContext(ctx, request, reply)} item={item} now={ctx.clock.now()} />,
    );
  });

  app.post<{ Params: { id: string } }>("/compte/decisions/:id/recours", async (request, reply) => {
    const actor = authorizedActor(request);
    const id = idParam(request);
    const statement = field(request, "statement");
    const outcome = await fileAppeal(ctx, actor, id, statement);
    if (!outcome.ok) {
      const item = await decisionOf(ctx, actor.id, id);
      if (!item) throw notFound();
      return sendHtml(
        reply,
        <DecisionPage
          v={viewContext(ctx, request, reply)}
          item={item}
          now={ctx.clock.now()}
          statement={statement}
          errors={outcome.errors}
        />,
        422,
      );
    }
    setFlash(ctx, reply, "appeal.sent");
    return sendRedirect(reply, decisionUrl(id));
  });

  app.get("/transparence", declared(publicAccess), async (request, reply) =>
    sendHtml(
      reply,
      <TransparencyPage v={viewContext(ctx, request, reply)} months={await transparencyFigures(ctx)} />,
    ),
  );
}
