import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { AppContext } from "../../platform/context.ts";
import { i18nFor, negotiateLocale } from "../../platform/i18n/index.ts";
import { type NewSession, resolveSession } from "./sessions.ts";

export const LOCALE_COOKIE = "locale";

/** `__Host-` pins the cookie to this exact host over HTTPS; plain name on http://localhost. */
export function sessionCookieName(ctx: AppContext): string {
  return ctx.config.secureCookies ? "__Host-confiance_session" : "confiance_session";
}

export function setSessionCookie(ctx: AppContext, reply: FastifyReply, session: NewSession): void {
  reply.setCookie(sessionCookieName(ctx), session.token, {
    path: "/",
    httpOnly: true,
    secure: ctx.config.secureCookies,
    sameSite: "lax",
    expires: session.expiresAt,
  });
}

export function clearSessionCookie(ctx: AppContext, reply: FastifyReply): void {
  reply.clearCookie(sessionCookieName(ctx), {
    path: "/",
    httpOnly: true,
    secure: ctx.config.secureCookies,
    sameSite: "lax",
  });
}

/** Loads who is asking and in which language, before any route runs. */
export function installActorHook(app: FastifyInstance, ctx: AppContext): void {
  app.decorateRequest("actor", null);
  app.decorateRequest("pendingSecondFactor", null);
  app.decorateRequest("i18n", undefined as never);
  app.addHook("onRequest", async (request: FastifyRequest) => {
    request.actor = null;
    request.pendingSecondFactor = null;
    const negotiate = () =>
      i18nFor(
        negotiateLocale({
          accountLocale: request.actor?.locale,
          cookieLocale: request.cookies[LOCALE_COOKIE],
          acceptLanguage: request.headers["accept-language"],
          defaultLocale: ctx.config.defaultLocale,
        }),
      );
    // Before the database is asked: if it is away, the error page still speaks the visitor's language.
    request.i18n = negotiate();
    const token = request.cookies[sessionCookieName(ctx)];
    if (token && !request.url.startsWith("/assets/")) {
      const resolved = await resolveSession(ctx.db, token, ctx.clock.now());
      if (resolved.kind === "signed_in") {
        request.actor = resolved.actor;
        request.i18n = negotiate();
      } else if (resolved.kind === "second_factor_pending") {
        request.pendingSecondFactor = { sessionId: resolved.sessionId, accountId: resolved.accountId };
      }
    }
  });
}
