import type { FastifyInstance } from "fastify";
import { guardRoutes, publicAccess } from "../../platform/auth/access.ts";
import { sameSecret } from "../../platform/auth/tokens.ts";
import type { AppContext } from "../../platform/context.ts";
import { respondWithError } from "../../platform/http/error-handler.ts";
import { emailProblem, normaliseEmail } from "../accounts/index.ts";
import { suppress } from "./service.ts";

/**
 * Bounces and complaints reported by the mail relay after the fact (most relays post them to a
 * web address; bounces refused during the SMTP conversation are handled while sending). A
 * permanent bounce or a complaint stops all marketing to the address at once. Off unless
 * MAIL_EVENTS_TOKEN is set; the relay sends it as a bearer token.
 */
export async function mailEventRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  // The relay's callbacks carry their own signature, checked in the handler.
  guardRoutes(app, publicAccess);
  app.post(
    "/api/v1/mail-events",
    {
      config: { withoutCsrf: true },
      schema: {
        body: {
          type: "object",
          required: ["type", "email"],
          properties: {
            type: { type: "string", enum: ["bounce", "complaint"] },
            email: { type: "string", maxLength: 254 },
            permanent: { type: "boolean" },
          },
        },
      },
    },
    async (request, reply) => {
      const token = ctx.config.mailEventsToken;
      if (!token || !sameSecret(request.headers.authorization ?? "", `Bearer ${token}`))
        return respondWithError(
          ctx,
          request,
          reply,
          token ? 401 : 404,
          "mail_events_forbidden",
          "error.403.body",
        );
      const event = request.body as { type: "bounce" | "complaint"; email: string; permanent?: boolean };
      const email = normaliseEmail(event.email);
      const problem = emailProblem(email);
      if (problem) return respondWithError(ctx, request, reply, 422, "invalid_email", problem);
      // A temporary bounce (full mailbox) is the relay's to retry; only a permanent one suppresses.
      if (event.type === "bounce" && event.permanent === false) return reply.status(202).send();
      await suppress(
        ctx,
        { email, locale: ctx.config.defaultLocale },
        event.type === "bounce" ? "bounced" : "complained",
        event.type === "complaint"
          ? {
              channel: "mail_complaint",
              evidence: { page: "/api/v1/mail-events", ipPrefix: null, userAgent: null },
            }
          : undefined,
      );
      return reply.status(202).send();
    },
  );
}
