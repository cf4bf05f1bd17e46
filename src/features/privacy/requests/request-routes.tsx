import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { guardRoutes, publicAccess } from "../../../platform/auth/access.ts";
import type { AppContext } from "../../../platform/context.ts";
import { field, queryParam } from "../../../platform/http/forms.ts";
import { sendHtml, viewContext } from "../../../platform/http/render.ts";
import type { MessageKey } from "../../../platform/i18n/index.ts";
import { consentProof, evidenceOf } from "../../consent/index.ts";
import { holder } from "../holders.ts";
import { PrivacySpacePage, RightsPage, RightsSentPage } from "./request-views.tsx";
import {
  askAsVisitor,
  confirmRequest,
  PRIVACY_SPACE,
  type PrivacyRequest,
  requestOfToken,
} from "./requests.ts";

/**
 * The privacy centre for anyone, with or without an account: a request by e-mail address, and
 * the space its link opens (the request confirmed, the consents given from that address, the
 * objection to marketing). The link is the proof that the address is theirs.
 */
export async function requestRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  // Anyone may exercise their rights, account or not: the e-mailed link proves who asks.
  guardRoutes(app, publicAccess);
  const v = (request: FastifyRequest, reply: FastifyReply) => viewContext(ctx, request, reply);

  app.get("/mes-droits", (request, reply) =>
    sendHtml(
      reply,
      <RightsPage
        v={v(request, reply)}
        values={{ email: request.actor?.email ?? "", kind: "", details: "" }}
        dpoContact={ctx.config.dpoContact}
      />,
    ),
  );

  app.post(
    "/mes-droits",
    { config: { withoutCsrf: true, rateLimit: { max: ctx.limits.sensitive, timeWindow: "15 minutes" } } },
    async (request, reply) => {
      const values = {
        email: field(request, "email"),
        kind: field(request, "kind"),
        details: field(request, "details"),
      };
      const outcome = await askAsVisitor(ctx, { ...values, locale: request.i18n.locale });
      if (!outcome.ok)
        return sendHtml(
          reply,
          <RightsPage
            v={v(request, reply)}
            values={values}
            errors={outcome.errors}
            dpoContact={ctx.config.dpoContact}
          />,
          422,
        );
      return sendHtml(reply, <RightsSentPage v={v(request, reply)} />);
    },
  );

  const space = async (
    request: FastifyRequest,
    reply: FastifyReply,
    found: PrivacyRequest | undefined,
    token: string,
    message?: MessageKey,
  ) => {
    reply.header("cache-control", "no-store");
    return sendHtml(
      reply,
      <PrivacySpacePage
        now={ctx.clock.now()}
        v={v(request, reply)}
        token={token}
        request={found}
        consents={
          found && found.status !== "unconfirmed" ? await consentProof(ctx.db, { email: found.email }) : []
        }
        objected={found ? await holder("subscriptions").hasObjected(ctx, found.email) : false}
        {...(message ? { message } : {})}
      />,
      found ? 200 : 404,
    );
  };

  app.get(PRIVACY_SPACE, async (request, reply) => {
    const token = queryParam(request, "jeton");
    return space(request, reply, await requestOfToken(ctx, token), token);
  });

  // The link's token is the proof of the address, so these forms need no other.
  app.post(PRIVACY_SPACE, { config: { withoutCsrf: true } }, async (request, reply) => {
    const token = queryParam(request, "jeton");
    const found = await requestOfToken(ctx, token);
    if (!found) return space(request, reply, undefined, token);
    const action = queryParam(request, "action");
    if (action === "confirm") {
      const received = await confirmRequest(ctx, found);
      return space(request, reply, received, token, "rights.space.received");
    }
    if (action === "object" && found.status !== "unconfirmed") {
      await holder("subscriptions").object(
        ctx,
        { email: found.email, accountId: found.accountId, locale: found.locale },
        {
          channel: "email_link",
          evidence: evidenceOf(request, PRIVACY_SPACE),
        },
      );
      return space(request, reply, found, token, "objection.done");
    }
    return space(request, reply, found, token);
  });
}
