import { randomUUID } from "node:crypto";
import compress from "@fastify/compress";
import cookie from "@fastify/cookie";
import csrf from "@fastify/csrf-protection";
import formbody from "@fastify/formbody";
import helmet from "@fastify/helmet";
import rateLimit from "@fastify/rate-limit";
import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import Fastify, { type FastifyInstance, LogController } from "fastify";
import { oidcRoutes } from "./features/accounts/oidc-routes.tsx";
import { accountRoutes } from "./features/accounts/routes.tsx";
import { installActorHook } from "./features/accounts/session-cookie.ts";
import { archiveRoutes } from "./features/archive/routes.tsx";
import { audienceRoutes } from "./features/audience/routes.tsx";
import { liveRoutes } from "./features/community/live-routes.tsx";
import { memberRoutes } from "./features/community/member-routes.tsx";
import { unreadCount } from "./features/community/notifications.ts";
import { communityRoutes } from "./features/community/routes.tsx";
import { installCookieChoice } from "./features/cookies/request-choice.ts";
import { cookieRoutes } from "./features/cookies/routes.tsx";
import { authorRoutes } from "./features/moderation/author-routes.tsx";
import { queueRoutes } from "./features/moderation/queue-routes.tsx";
import { reportRoutes } from "./features/moderation/report-routes.tsx";
import { moderationRoutes } from "./features/moderation/routes.ts";
import { campaignRoutes } from "./features/newsletter/campaign-routes.tsx";
import { contactRoutes } from "./features/newsletter/contact-routes.tsx";
import { mailEventRoutes } from "./features/newsletter/mail-event-routes.ts";
import { newsletterRoutes } from "./features/newsletter/routes.tsx";
import { newsroomRoutes } from "./features/newsroom/routes.tsx";
import { pageRoutes } from "./features/pages/routes.tsx";
import { sitemapRoutes } from "./features/pages/sitemap.ts";
import { dataRoutes } from "./features/privacy/data-routes.tsx";
import { deathRoutes } from "./features/privacy/death-routes.tsx";
import { dpoRoutes } from "./features/privacy/dpo-routes.tsx";
import { noticeRoutes } from "./features/privacy/notice-routes.tsx";
import { registerRoutes } from "./features/privacy/register-routes.tsx";
import { requestConsoleRoutes } from "./features/privacy/request-console-routes.tsx";
import { requestRoutes } from "./features/privacy/request-routes.tsx";
import { outboxRoutes } from "./features/staff/outbox-routes.tsx";
import { staffRoutes } from "./features/staff/routes.tsx";
import { guardRoutes, installAccess, publicAccess } from "./platform/auth/access.ts";
import type { AppContext } from "./platform/context.ts";
import { apiRoutes, Problem } from "./platform/http/api.ts";
import { assetRoutes } from "./platform/http/assets.ts";
import {
  clientErrorHandler,
  frameworkErrorHandler,
  installErrorHandlers,
} from "./platform/http/error-handler.ts";
import { healthRoutes } from "./platform/http/health.ts";
import { trackInFlight } from "./platform/http/in-flight.ts";
import { installInputGuard } from "./platform/http/input-guard.ts";
import { loggableError } from "./platform/http/loggable-error.ts";
import { sharedRateLimitStore } from "./platform/http/rate-limit-store.ts";
import { isHtmx } from "./platform/http/render.ts";
import "./platform/http/types.ts";

const STATE_CHANGING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** Builds the HTTP application: platform plugins first, then each feature. */
export async function buildServer(
  ctx: AppContext,
  /** Where log lines go instead of stdout (tests read what would be logged). */
  options: { logStream?: { write(line: string): void } } = {},
): Promise<FastifyInstance> {
  const { config } = ctx;
  const { trustProxy } = config;
  const app = Fastify({
    logger:
      config.logLevel === "silent"
        ? false
        : {
            level: config.logLevel,
            redact: ["req.headers.cookie", "req.headers.authorization"],
            // Errors are logged without the values people typed (SQL parameters, PostgreSQL details).
            serializers: { err: loggableError },
            ...(options.logStream ? { stream: options.logStream } : {}),
          },
    // A number of hops: trust that many proxies in front, as proxy-addr counts them.
    trustProxy:
      typeof trustProxy === "number" ? (_address: string, hop: number) => hop < trustProxy : trustProxy,
    genReqId: () => randomUUID(),
    bodyLimit: 1024 * 1024,
    // One line per request only when debugging: errors and refusals are logged by the error handler.
    logController: new LogController({
      disableRequestLogging: config.logLevel !== "debug" && config.logLevel !== "trace",
    }),
    routerOptions: { ignoreTrailingSlash: true },
    // Addresses refused before routing get the translated page too, never Fastify's JSON.
    frameworkErrors: frameworkErrorHandler(ctx),
    clientErrorHandler: clientErrorHandler(ctx),
  });

  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", "data:"],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        formAction: ["'self'"],
        // Widened to the video platforms only for a browser that allowed them (cookies feature).
        frameSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
        objectSrc: ["'none'"],
        ...(config.secureCookies ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    // HSTS only makes sense (and only works) over HTTPS.
    strictTransportSecurity: config.secureCookies ? { maxAge: 31536000, includeSubDomains: true } : false,
    referrerPolicy: { policy: "strict-origin-when-cross-origin" },
    crossOriginEmbedderPolicy: false,
  });
  await app.register(compress, { global: true, threshold: 1024 });
  await app.register(cookie, { secret: config.sessionSecret });
  await app.register(formbody);
  await app.register(csrf, {
    cookieKey: "csrf",
    cookieOpts: { path: "/", signed: true, httpOnly: true, sameSite: "lax", secure: config.secureCookies },
  });
  await app.register(rateLimit, {
    global: true,
    max: ctx.limits.global,
    timeWindow: "1 minute",
    // Route limits (sign-in, second factor, reset, sign-up, posting) are shared by every instance.
    store: sharedRateLimitStore(ctx.database.pool),
    errorResponseBuilder: (_request, context) => {
      const error = new Error("rate limited") as Error & { statusCode: number; code: string };
      error.statusCode = context.statusCode;
      error.code = "rate_limited";
      return error;
    },
  });

  // Features add their pieces of every page (the cookie banner, the newsletter's form) as they start.
  app.decorate("layoutParts", [] as FastifyInstance["layoutParts"]);
  trackInFlight(app);
  installErrorHandlers(app, ctx);
  // Before every other preHandler: no hook or route reads input with control characters in it.
  installInputGuard(app);
  installActorHook(app, ctx);
  installAccess(app);
  installCookieChoice(app, ctx);
  app.decorateRequest("unreadNotifications", 0);
  // Only full pages show the counter: fragments, JSON and event streams skip the query.
  app.addHook("preHandler", async (request) => {
    if (!request.actor || request.method !== "GET" || isHtmx(request)) return;
    const accept = request.headers.accept;
    if (accept && !accept.includes("text/html") && !accept.includes("*/*")) return;
    request.unreadNotifications = await unreadCount(ctx, request.actor.id);
  });

  // Every state-changing request carries the CSRF token, forms and API alike (the API is
  // authenticated by the same cookie). Bodies are parsed before preHandler, so form fields count.
  app.addHook("preHandler", (request, reply, done) => {
    if (!STATE_CHANGING.has(request.method) || request.routeOptions.config.withoutCsrf) return done();
    app.csrfProtection(request, reply, done);
  });

  app.decorate("routeTable", [] as FastifyInstance["routeTable"]);
  app.addHook("onRoute", (route) => {
    // Read lazily: a plugin's own onRoute hook (guardRoutes) may give the route its ability after this one.
    const access = () => route.config?.access;
    for (const method of [route.method].flat()) app.routeTable.push({ method, url: route.url, access });
  });

  // The OpenAPI document describes the JSON API only; HTML routes are hidden from it.
  await app.register(swagger, {
    openapi: {
      info: {
        title: "Confiance API",
        version: "1",
        description: "JSON API of Confiance. Errors are RFC 9457 problem details.",
      },
    },
    transform: ({ schema, url }) => ({
      schema: url.startsWith("/api/v1/") ? schema : { ...schema, hide: true },
      url,
    }),
  });
  // The API's documentation is public, like the API's existence.
  await app.register(async (docs) => {
    guardRoutes(docs, publicAccess);
    await docs.register(swaggerUi, { routePrefix: "/api/docs", staticCSP: true });
  });

  await app.register(assetRoutes);
  await app.register(healthRoutes, { ctx });
  app.addSchema(Problem);
  await app.register(apiRoutes, { ctx });
  await app.register(pageRoutes, { ctx });
  await app.register(communityRoutes, { ctx });
  await app.register(memberRoutes, { ctx });
  await app.register(liveRoutes, { ctx });
  await app.register(moderationRoutes, { ctx });
  await app.register(reportRoutes, { ctx });
  await app.register(queueRoutes, { ctx });
  await app.register(authorRoutes, { ctx });
  await app.register(newsletterRoutes, { ctx });
  await app.register(campaignRoutes, { ctx });
  await app.register(mailEventRoutes, { ctx });
  await app.register(contactRoutes, { ctx });
  await app.register(dpoRoutes, { ctx });
  await app.register(cookieRoutes, { ctx });
  await app.register(audienceRoutes, { ctx });
  await app.register(dataRoutes, { ctx });
  await app.register(noticeRoutes, { ctx });
  await app.register(requestRoutes, { ctx });
  await app.register(requestConsoleRoutes, { ctx });
  await app.register(registerRoutes, { ctx });
  await app.register(deathRoutes, { ctx });
  await app.register(archiveRoutes, { ctx });
  await app.register(newsroomRoutes, { ctx });
  await app.register(sitemapRoutes, { ctx });
  await app.register(accountRoutes, { ctx });
  await app.register(oidcRoutes, { ctx });
  await app.register(staffRoutes, { ctx });
  await app.register(outboxRoutes, { ctx });
  return app;
}
