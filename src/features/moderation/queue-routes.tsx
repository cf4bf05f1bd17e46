import { and, eq } from "drizzle-orm";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { authorizedActor, guardRoutes } from "../../platform/auth/access.ts";
import type { Actor } from "../../platform/auth/actor.ts";
import { sendRedirect } from "../../platform/auth/guards.ts";
import type { AppContext } from "../../platform/context.ts";
import { notFound } from "../../platform/http/errors.ts";
import { field, idParam } from "../../platform/http/forms.ts";
import { sendHtml, setFlash, viewContext } from "../../platform/http/render.ts";
import { publicProfiles } from "../accounts/index.ts";
import { decideAppeal } from "./appeals.ts";
import { moderate } from "./policy.ts";
import { appealItems, authorHistories, heldItems, moderationQueue, reportedItems } from "./queue.ts";
import {
  AppealPage,
  HeldPage,
  type PostDecisionValues,
  QueuePage,
  ReportedPage,
  RestrictPage,
  type RestrictValues,
} from "./queue-views.tsx";
import { approveHeld, decideOnPost, rejectHeld, restrictAuthor } from "./review.ts";
import { heldPosts } from "./schema.ts";
import { addWatchedWord, removeWatchedWord, watchList } from "./watch-list.ts";
import { type WatchedWordValues, WatchListPage } from "./watch-list-views.tsx";

/** The moderators' side: the queue, each item's page and decisions, restrictions, appeals, watched words. */
export async function queueRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  guardRoutes(app, moderate);
  const v = (request: FastifyRequest, reply: FastifyReply) => viewContext(ctx, request, reply);

  app.get("/moderation", async (request, reply) => {
    const actor = authorizedActor(request);
    return sendHtml(reply, <QueuePage v={v(request, reply)} queue={await moderationQueue(ctx, actor)} />);
  });

  const heldItem = async (id: number) => {
    const [item] = await heldItems(ctx, and(eq(heldPosts.id, id), eq(heldPosts.status, "held")));
    if (!item) throw notFound();
    return item;
  };

  app.get<{ Params: { id: string } }>("/moderation/retenus/:id", async (request, reply) => {
    return sendHtml(reply, <HeldPage v={v(request, reply)} item={await heldItem(idParam(request))} />);
  });

  app.post<{ Params: { id: string } }>("/moderation/retenus/:id/approuver", async (request, reply) => {
    await approveHeld(ctx, authorizedActor(request), idParam(request));
    setFlash(ctx, reply, "queue.approved");
    return sendRedirect(reply, "/moderation");
  });

  app.post<{ Params: { id: string } }>("/moderation/retenus/:id/refuser", async (request, reply) => {
    const actor = authorizedActor(request);
    const values = { ground: field(request, "ground"), explanation: field(request, "explanation") };
    const outcome = await rejectHeld(ctx, actor, idParam(request), values);
    if (!outcome.ok)
      return sendHtml(
        reply,
        <HeldPage
          v={v(request, reply)}
          item={await heldItem(idParam(request))}
          values={values}
          errors={outcome.errors}
        />,
        422,
      );
    setFlash(ctx, reply, "queue.rejected");
    return sendRedirect(reply, "/moderation");
  });

  const reportedItem = async (postId: number) => {
    const [item] = await reportedItems(ctx, [postId]);
    if (!item) throw notFound();
    return item;
  };

  app.get<{ Params: { id: string } }>("/moderation/messages/:id", async (request, reply) => {
    const item = await reportedItem(idParam(request));
    const values: PostDecisionValues = {
      action: "",
      ground: "",
      explanation: "",
      body: item.post.bodyMarkdown,
      note: "",
    };
    return sendHtml(reply, <ReportedPage v={v(request, reply)} item={item} values={values} />);
  });

  app.post<{ Params: { id: string } }>("/moderation/messages/:id", async (request, reply) => {
    const actor = authorizedActor(request);
    const values: PostDecisionValues = {
      action: field(request, "action"),
      ground: field(request, "ground"),
      explanation: field(request, "explanation"),
      body: field(request, "body"),
      note: field(request, "note"),
    };
    const id = idParam(request);
    // The decision says whether the post is still to be decided (another moderator may just have).
    const outcome = await decideOnPost(ctx, actor, id, values);
    if (!outcome.ok)
      return sendHtml(
        reply,
        <ReportedPage
          v={v(request, reply)}
          item={await reportedItem(id)}
          values={values}
          errors={outcome.errors}
        />,
        422,
      );
    setFlash(ctx, reply, values.action === "keep" ? "queue.dismissed" : "queue.decided");
    return sendRedirect(reply, "/moderation");
  });

  const showRestrict = async (
    request: FastifyRequest<{ Params: { id: string } }>,
    reply: FastifyReply,
    values: RestrictValues,
    errors?: Parameters<typeof RestrictPage>[0]["errors"],
  ) => {
    const id = idParam(request);
    const [author, histories] = await Promise.all([publicProfiles(ctx, [id]), authorHistories(ctx, [id])]);
    const profile = author.get(id);
    if (!profile) throw notFound();
    return sendHtml(
      reply,
      <RestrictPage
        v={v(request, reply)}
        author={profile}
        history={histories.get(id) ?? null}
        values={values}
        {...(errors ? { errors } : {})}
      />,
      errors ? 422 : 200,
    );
  };

  app.get<{ Params: { id: string } }>("/moderation/membres/:id/restreindre", async (request, reply) => {
    return showRestrict(request, reply, { restriction: "", days: "7", ground: "", explanation: "" });
  });

  app.post<{ Params: { id: string } }>("/moderation/membres/:id/restreindre", async (request, reply) => {
    const actor = authorizedActor(request);
    const values: RestrictValues = {
      restriction: field(request, "restriction"),
      days: field(request, "days"),
      ground: field(request, "ground"),
      explanation: field(request, "explanation"),
    };
    const outcome = await restrictAuthor(ctx, actor, idParam(request), values);
    if (!outcome.ok) return showRestrict(request, reply, values, outcome.errors);
    setFlash(ctx, reply, "queue.restricted");
    return sendRedirect(reply, "/moderation");
  });

  const appealItem = async (actor: Actor, id: number) => {
    const [item] = await appealItems(ctx, actor, id);
    if (!item) throw notFound();
    return item;
  };

  app.get<{ Params: { id: string } }>("/moderation/recours/:id", async (request, reply) => {
    const actor = authorizedActor(request);
    return sendHtml(
      reply,
      <AppealPage v={v(request, reply)} item={await appealItem(actor, idParam(request))} />,
    );
  });

  app.post<{ Params: { id: string } }>("/moderation/recours/:id", async (request, reply) => {
    const actor = authorizedActor(request);
    const values = { outcome: field(request, "outcome"), reasons: field(request, "reasons") };
    const item = await appealItem(actor, idParam(request));
    const outcome = await decideAppeal(ctx, actor, item.appeal.id, values);
    if (!outcome.ok)
      return sendHtml(
        reply,
        <AppealPage v={v(request, reply)} item={item} values={values} errors={outcome.errors} />,
        422,
      );
    setFlash(ctx, reply, "appeal.decided");
    return sendRedirect(reply, "/moderation");
  });

  app.get("/moderation/mots", async (request, reply) => {
    const actor = authorizedActor(request);
    return sendHtml(reply, <WatchListPage v={v(request, reply)} words={await watchList(ctx, actor)} />);
  });

  app.post("/moderation/mots", async (request, reply) => {
    const actor = authorizedActor(request);
    const values: WatchedWordValues = {
      pattern: field(request, "pattern"),
      isRegex: field(request, "isRegex") === "1",
      action: field(request, "action"),
      replacement: field(request, "replacement"),
    };
    const outcome = await addWatchedWord(ctx, actor, values);
    if (!outcome.ok)
      return sendHtml(
        reply,
        <WatchListPage
          v={v(request, reply)}
          words={await watchList(ctx, actor)}
          values={values}
          errors={outcome.errors}
        />,
        422,
      );
    setFlash(ctx, reply, "watched.added");
    return sendRedirect(reply, "/moderation/mots");
  });

  app.post<{ Params: { id: string } }>("/moderation/mots/:id/supprimer", async (request, reply) => {
    await removeWatchedWord(ctx, authorizedActor(request), idParam(request));
    setFlash(ctx, reply, "watched.removed");
    return sendRedirect(reply, "/moderation/mots");
  });
}
