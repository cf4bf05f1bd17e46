import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { guardRoutes, publicAccess } from "../../platform/auth/access.ts";
import { isStaff } from "../../platform/auth/actor.ts";
import { sendRedirect } from "../../platform/auth/guards.ts";
import type { AppContext } from "../../platform/context.ts";
import { field, fields, queryParam } from "../../platform/http/forms.ts";
import { sendHtml, viewContext } from "../../platform/http/render.ts";
import { secretAddress } from "../../platform/http/secret-address.ts";
import { type Draft, draftOf, fieldOf, type Go, onPage, savePage, waveWithVersion } from "./answering.ts";
import { LandingPage, type Outcome, OutcomePage, QuestionsPage } from "./answering-views.tsx";
import { questionsOf } from "./editor.ts";
import { responsePath } from "./paths.ts";
import { startFromPublicLink } from "./public-link.ts";

/**
 * The answering pages, for anybody: the public link (/sondages/:key) and a response's draft
 * (/sondages/reponse/:key), each key a secret in the address. Never kept by a cache, never sent
 * on as a referrer, never indexed.
 */
const STATUS: Record<Exclude<Outcome, "thanks" | "saved">, number> = {
  unknown: 404,
  closed: 410,
  scheduled: 403,
  limited: 429,
  staff: 403,
};
const GO: readonly Go[] = ["next", "previous", "save", "submit"];

export async function answeringRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  guardRoutes(app, publicAccess);
  const outcome = (
    request: FastifyRequest,
    reply: FastifyReply,
    shown: Exclude<Outcome, "thanks" | "saved">,
    extra: { wave?: Parameters<typeof OutcomePage>[0]["wave"]; limit?: number } = {},
  ) =>
    sendHtml(
      reply,
      <OutcomePage v={viewContext(ctx, request, reply)} outcome={shown} {...extra} />,
      STATUS[shown],
    );

  // The bank's own people do not answer its surveys: signed in as staff, no answering page opens.
  app.addHook("preHandler", async (request, reply) => {
    if (isStaff(request.actor)) return outcome(request, reply, "staff");
  });

  app.get<{ Params: { key: string } }>("/sondages/:key", secretAddress(), async (request, reply) => {
    const found = await waveWithVersion(ctx, { publicKey: request.params.key });
    if (!found) return outcome(request, reply, "unknown");
    if (found.state !== "open") return outcome(request, reply, found.state, { wave: found.wave });
    return sendHtml(
      reply,
      <LandingPage
        v={viewContext(ctx, request, reply)}
        publicKey={request.params.key}
        wave={found.wave}
        version={found.version}
        questions={(await questionsOf(ctx, found.version.id)).length}
      />,
    );
  });

  app.post<{ Params: { key: string } }>("/sondages/:key", secretAddress(), async (request, reply) => {
    const started = await startFromPublicLink(ctx, request.params.key, {
      ip: request.ip,
      accountId: request.actor?.id ?? null,
      locale: request.i18n.locale,
    });
    if (started.ok) return sendRedirect(reply, responsePath(started.key));
    if ("limited" in started) return outcome(request, reply, "limited", { limit: started.limited });
    return outcome(request, reply, started.state, { wave: started.wave });
  });

  app.get<{ Params: { key: string } }>("/sondages/reponse/:key", secretAddress(), async (request, reply) => {
    const answering = await draftOf(ctx, request.params.key);
    if (!answering) return outcome(request, reply, "unknown");
    if (answering.state !== "open") return outcome(request, reply, "closed", { wave: answering.wave });
    // The page asked (1-based), never past the furthest reached + 1: pages are answered in order.
    const asked = Number.parseInt(queryParam(request, "page"), 10);
    const page = Number.isNaN(asked)
      ? answering.reached
      : Math.min(Math.max(asked - 1, 0), answering.reached);
    return sendHtml(
      reply,
      <QuestionsPage
        v={viewContext(ctx, request, reply)}
        draftKey={request.params.key}
        answering={answering}
        page={Math.min(page, answering.pages - 1)}
      />,
    );
  });

  app.post<{ Params: { key: string } }>("/sondages/reponse/:key", secretAddress(), async (request, reply) => {
    const key = request.params.key;
    const page = Number.parseInt(field(request, "page"), 10) || 0;
    const go = GO.find((g) => g === field(request, "go")) ?? "save";
    const before = await draftOf(ctx, key);
    // Every question of the page, as typed (a box left unticked sends nothing: it is absent).
    const answers: Draft = {};
    for (const question of before ? onPage(before.questions, page) : []) {
      const typed =
        question.kind === "multiple" ? fields(request, fieldOf(question)) : field(request, fieldOf(question));
      if (typed.length > 0) answers[fieldOf(question)] = typed;
    }
    const profile = {
      ageBand: field(request, "ageBand"),
      region: field(request, "region"),
      client: field(request, "client"),
    };
    const saved = await savePage(ctx, key, page, { answers, profile }, go);
    const v = viewContext(ctx, request, reply);
    if (saved.ok && "submitted" in saved) return sendHtml(reply, <OutcomePage v={v} outcome="thanks" />);
    if (saved.ok && go === "save")
      return sendHtml(reply, <OutcomePage v={v} outcome="saved" draftKey={key} />);
    if (saved.ok) return sendRedirect(reply, `${responsePath(key)}?page=${saved.page + 1}`);
    if ("gone" in saved)
      return saved.gone === "closed"
        ? outcome(request, reply, "closed", { wave: saved.answering?.wave })
        : outcome(request, reply, "unknown");
    const answering = await draftOf(ctx, key);
    if (!answering) return outcome(request, reply, "unknown");
    return sendHtml(
      reply,
      <QuestionsPage
        v={v}
        draftKey={key}
        answering={{ ...answering, draft: saved.typed ?? answering.draft }}
        page={saved.page}
        errors={saved.errors}
      />,
      422,
    );
  });
}
