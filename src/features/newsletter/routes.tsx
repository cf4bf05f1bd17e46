import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { guardRoutes, publicAccess } from "../../platform/auth/access.ts";
import type { AppContext } from "../../platform/context.ts";
import { notFound } from "../../platform/http/errors.ts";
import { field, queryParam } from "../../platform/http/forms.ts";
import { sendHtml, viewContext } from "../../platform/http/render.ts";
import { evidenceOf } from "../consent/index.ts";
import { CLICK_PATH, readClickToken, recordClick } from "./clicks.ts";
import { FOOTER_SIGN_UP } from "./components.tsx";
import { KEEP_PAGE, keepSubscription } from "./retention.ts";
import {
  CONFIRM_PAGE,
  confirmSubscription,
  requestSubscription,
  subscriberOfToken,
  UNSUBSCRIBE_PAGE,
  unsubscribe,
} from "./service.ts";
import { resubscribeFromLink, unsubscribeLinkState } from "./unsubscribe-state.ts";
import {
  CheckInboxPage,
  ConfirmPage,
  KeepPage,
  NewsletterPage,
  type NoticeFacts,
  RESUBSCRIBE_PAGE,
  UnsubscribePage,
} from "./views.tsx";

/** Sign-up with its notice, the confirmation link, and the one-click unsubscribe. */
export async function newsletterRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  // The newsletter's subscribers need no account: the sealed links are the authority.
  guardRoutes(app, publicAccess);
  app.layoutParts.push(FOOTER_SIGN_UP);
  const v = (request: FastifyRequest, reply: FastifyReply) => viewContext(ctx, request, reply);
  const facts: NoticeFacts = {
    controller: ctx.config.bankName,
    dpoContact: ctx.config.dpoContact,
    pendingDays: ctx.config.newsletter.pendingDays,
    clickCounting: ctx.config.newsletter.clickCounting,
  };
  const pageOf = (request: FastifyRequest) => {
    const referer = request.headers.referer;
    try {
      return referer ? new URL(referer).pathname : "/newsletter";
    } catch {
      return "/newsletter";
    }
  };

  app.get("/newsletter", (request, reply) =>
    ctx.publicPages.serve(request, reply, async () =>
      sendHtml(reply, <NewsletterPage v={v(request, reply)} facts={facts} />),
    ),
  );

  // No CSRF token (the footer form is on kept public pages, and visitors get no cookie): a
  // forged request can only send a confirmation link, which does nothing until followed.
  app.post(
    "/newsletter",
    { config: { withoutCsrf: true, rateLimit: { max: ctx.limits.sensitive, timeWindow: "15 minutes" } } },
    async (request, reply) => {
      const values = { email: field(request, "email"), consent: field(request, "consent") === "1" };
      const outcome = await requestSubscription(
        ctx,
        { ...values, locale: request.i18n.locale },
        evidenceOf(request, pageOf(request)),
      );
      if (!outcome.ok)
        return sendHtml(
          reply,
          <NewsletterPage v={v(request, reply)} facts={facts} values={values} errors={outcome.errors} />,
          422,
        );
      return sendHtml(reply, <CheckInboxPage v={v(request, reply)} />);
    },
  );

  app.get(CONFIRM_PAGE, (request, reply) => {
    const token = queryParam(request, "jeton");
    return sendHtml(
      reply,
      <ConfirmPage v={v(request, reply)} token={token} state={token ? "ask" : "invalid"} />,
      token ? 200 : 400,
    );
  });

  // The single-use token is the authority; the page that shows this button carries no session.
  app.post(CONFIRM_PAGE, { config: { withoutCsrf: true } }, async (request, reply) => {
    const token = queryParam(request, "jeton");
    const confirmed = token
      ? await confirmSubscription(ctx, token, evidenceOf(request, CONFIRM_PAGE))
      : undefined;
    return sendHtml(
      reply,
      <ConfirmPage v={v(request, reply)} token="" state={confirmed ? "done" : "invalid"} />,
      confirmed ? 200 : 400,
    );
  });

  // Opened again after unsubscribing, the link says so instead of offering the button once more.
  app.get(UNSUBSCRIBE_PAGE, async (request, reply) => {
    const token = queryParam(request, "jeton");
    const id = subscriberOfToken(ctx, token);
    const state = id === undefined ? "invalid" : await unsubscribeLinkState(ctx, id);
    return sendHtml(
      reply,
      <UnsubscribePage v={v(request, reply)} facts={facts} token={token} state={state} />,
      state === "invalid" ? 400 : 200,
    );
  });

  // Like the sign-up form (no CSRF token, rate-limited): it can only send a confirmation link.
  app.post(
    RESUBSCRIBE_PAGE,
    { config: { withoutCsrf: true, rateLimit: { max: ctx.limits.sensitive, timeWindow: "15 minutes" } } },
    async (request, reply) => {
      const token = queryParam(request, "jeton");
      const id = subscriberOfToken(ctx, token);
      const consent = field(request, "consent") === "1";
      const outcome =
        id === undefined
          ? undefined
          : await resubscribeFromLink(ctx, id, consent, evidenceOf(request, UNSUBSCRIBE_PAGE));
      if (!outcome)
        return sendHtml(
          reply,
          <UnsubscribePage v={v(request, reply)} facts={facts} token="" state="invalid" />,
          400,
        );
      if (!outcome.ok)
        return sendHtml(
          reply,
          <UnsubscribePage
            v={v(request, reply)}
            facts={facts}
            token={token}
            state="already"
            errors={outcome.errors}
          />,
          422,
        );
      return sendHtml(reply, <CheckInboxPage v={v(request, reply)} />);
    },
  );

  // RFC 8058: the mail client posts "List-Unsubscribe=One-Click" here, with no cookie and no form token.
  app.post(UNSUBSCRIBE_PAGE, { config: { withoutCsrf: true } }, async (request, reply) => {
    const id = subscriberOfToken(ctx, queryParam(request, "jeton"));
    const done =
      id === undefined
        ? undefined
        : await unsubscribe(ctx, id, "one_click", evidenceOf(request, UNSUBSCRIBE_PAGE));
    return sendHtml(
      reply,
      <UnsubscribePage v={v(request, reply)} facts={facts} token="" state={done ? "done" : "invalid"} />,
      done ? 200 : 400,
    );
  });

  app.get(KEEP_PAGE, (request, reply) => {
    const token = queryParam(request, "jeton");
    return sendHtml(
      reply,
      <KeepPage v={v(request, reply)} token={token} state={token ? "ask" : "invalid"} />,
      token ? 200 : 400,
    );
  });

  app.post(KEEP_PAGE, { config: { withoutCsrf: true } }, async (request, reply) => {
    const token = queryParam(request, "jeton");
    const kept = token ? await keepSubscription(ctx, token, evidenceOf(request, KEEP_PAGE)) : undefined;
    return sendHtml(
      reply,
      <KeepPage v={v(request, reply)} token="" state={kept ? "done" : "invalid"} />,
      kept ? 200 : 400,
    );
  });

  // A counted click: recorded, then on to the link (only addresses sealed by us: no open redirect).
  app.get(CLICK_PATH, async (request, reply) => {
    const click = readClickToken(ctx, queryParam(request, "j"));
    if (!click) throw notFound();
    await recordClick(ctx, click);
    return reply.header("cache-control", "no-store").redirect(click.url, 302);
  });
}
