import { randomUUID } from "node:crypto";
import compress from "@fastify/compress";
import cookie from "@fastify/cookie";
import csrf from "@fastify/csrf-protection";
import formbody from "@fastify/formbody";
import rateLimit from "@fastify/rate-limit";
import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import Fastify, { type FastifyInstance, LogController } from "fastify";
import { FEATURES } from "./features.ts";
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
import { installSecretAddresses } from "./platform/http/secret-address.ts";
import { installSecurityHeaders } from "./platform/http/security-headers.ts";
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

  installSecurityHeaders(app, { https: config.secureCookies });
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
  app.decorateRequest("unreadNotifications", 0);
  app.decorateRequest("staffWorkspace", null);
  app.decorateRequest("layoutFacts", null);
  // The features' own hooks (who is signed in, the cookie choice, the unread counter), then the
  // access check, which reads who is signed in.
  for (const feature of FEATURES) feature.install?.(app, ctx);
  installAccess(app);
  installSecretAddresses(app);

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
    const secretAddress = () => route.config?.secretAddress === true;
    for (const method of [route.method].flat())
      app.routeTable.push({ method, url: route.url, access, secretAddress });
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
  for (const feature of FEATURES)
    for (const routes of feature.routes ?? []) await app.register(routes, { ctx });
  return app;
}
