import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { guardRoutes, publicAccess } from "../../../platform/auth/access.ts";
import type { AppContext } from "../../../platform/context.ts";
import { field } from "../../../platform/http/forms.ts";
import { sendHtml, viewContext } from "../../../platform/http/render.ts";
import { secretAddress } from "../../../platform/http/secret-address.ts";
import { CONTACT, confirmContact, contactOfToken, renewContactLink, requestContact } from "./contact-form.ts";
import { ContactPage, ContactStatePage } from "./contact-views.tsx";

type TokenRequest = FastifyRequest<{ Params: { token: string } }>;

/**
 * The contact form (/contact) for people without an account, and the link that confirms their
 * address: opening it shows a button (a link preview must not confirm), pressing it opens the
 * conversation. An expired link loses nothing: a new one can be sent for the same message.
 */
export async function contactRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  guardRoutes(app, publicAccess);
  const v = (request: FastifyRequest, reply: FastifyReply) => viewContext(ctx, request, reply);
  // Like the other public forms: no CSRF token (visitors' pages carry none; the e-mailed link is
  // the proof), limited per address.
  const publicForm = {
    config: { withoutCsrf: true, rateLimit: { max: ctx.limits.sensitive, timeWindow: "15 minutes" } },
  };
  const statePage = (
    request: FastifyRequest,
    reply: FastifyReply,
    state: Parameters<typeof ContactStatePage>[0]["state"],
    token?: string,
  ) => {
    reply.header("cache-control", "no-store");
    const status = state === "unknown" ? 404 : state === "expired" ? 410 : 200;
    return sendHtml(
      reply,
      <ContactStatePage v={v(request, reply)} state={state} {...(token ? { token } : {})} />,
      status,
    );
  };

  app.get(CONTACT, async (request, reply) =>
    sendHtml(
      reply,
      <ContactPage
        v={v(request, reply)}
        values={{
          name: request.actor?.displayName ?? "",
          email: request.actor?.email ?? "",
          subject: "",
          body: "",
        }}
      />,
    ),
  );

  app.post(CONTACT, publicForm, async (request, reply) => {
    const values = {
      name: field(request, "name"),
      email: field(request, "email"),
      subject: field(request, "subject"),
      body: field(request, "body"),
    };
    const outcome = await requestContact(ctx, { ...values, locale: request.i18n.locale });
    if (!outcome.ok)
      return sendHtml(
        reply,
        <ContactPage v={v(request, reply)} values={values} errors={outcome.errors} />,
        422,
      );
    return statePage(request, reply, "sent");
  });

  // The confirmation link is the key to the message: its address goes nowhere.
  const byLink = secretAddress(publicForm);
  app.get(`${CONTACT}/confirmer/:token`, secretAddress(), async (request: TokenRequest, reply) => {
    const found = await contactOfToken(ctx, request.params.token);
    return statePage(request, reply, found?.state ?? "unknown", request.params.token);
  });

  app.post(`${CONTACT}/confirmer/:token`, byLink, async (request: TokenRequest, reply) => {
    const state = await confirmContact(ctx, request.params.token);
    return statePage(
      request,
      reply,
      state === "valid" ? "received" : (state ?? "unknown"),
      request.params.token,
    );
  });

  app.post(`${CONTACT}/confirmer/:token/renvoyer`, byLink, async (request: TokenRequest, reply) => {
    const renewed = await renewContactLink(ctx, request.params.token);
    if (renewed) return statePage(request, reply, "renewed");
    const found = await contactOfToken(ctx, request.params.token);
    return statePage(request, reply, found?.state ?? "unknown", request.params.token);
  });
}
