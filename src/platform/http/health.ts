import { sql } from "drizzle-orm";
import type { FastifyInstance } from "fastify";
import { collectDefaultMetrics, Histogram, Registry } from "prom-client";
import { guardRoutes, publicAccess } from "../auth/access.ts";
import { sameSecret } from "../auth/tokens.ts";
import type { AppContext } from "../context.ts";
import { respondWithError } from "./error-handler.ts";

const LOOPBACK = new Set(["127.0.0.1", "::1", "::ffff:127.0.0.1"]);

/** Liveness, readiness (the database answers) and Prometheus metrics, for the operator. */
export async function healthRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  // Probes and metrics answer without a session (see each route for its own protection).
  guardRoutes(app, publicAccess);
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const duration = new Histogram({
    name: "http_request_duration_seconds",
    help: "HTTP request duration by route and status",
    labelNames: ["method", "route", "status"],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  app.addHook("onResponse", async (request, reply) => {
    duration.observe(
      {
        method: request.method,
        route: request.routeOptions.url ?? "unmatched",
        status: String(reply.statusCode),
      },
      reply.elapsedTime / 1000,
    );
  });

  const plain = { config: { rateLimit: false } } as const;
  // Liveness. The embedded PostgreSQL is part of this process: while it is down (being restarted,
  // see db/embedded.ts) the process is not healthy, and says so. An external database being
  // away is not cured by restarting the app: that shows on /readyz only.
  const embedded = ctx.database.embedded;
  app.get("/healthz", plain, async (_request, reply) => {
    reply.header("cache-control", "no-store");
    if (embedded && !embedded.running) return reply.status(503).send({ status: "database restarting" });
    return reply.send({ status: "ok" });
  });
  app.get("/readyz", plain, async (_request, reply) => {
    if (embedded && !embedded.running)
      return reply.status(503).header("cache-control", "no-store").send({ status: "database restarting" });
    try {
      await ctx.db.execute(sql`select 1`);
      return reply.header("cache-control", "no-store").send({ status: "ready" });
    } catch {
      return reply.status(503).header("cache-control", "no-store").send({ status: "database unreachable" });
    }
  });
  // Metrics describe the server's inner workings: only for the monitoring system. Without a
  // token, only a direct connection from this machine: the socket's address, never the
  // forwarded one a client can write, and nothing relayed by a proxy (which may run here too).
  app.get("/metrics", plain, async (request, reply) => {
    const token = ctx.config.metricsToken;
    const allowed = token
      ? sameSecret(request.headers.authorization ?? "", `Bearer ${token}`)
      : LOOPBACK.has(request.socket.remoteAddress ?? "") && request.headers["x-forwarded-for"] === undefined;
    if (!allowed)
      return respondWithError(ctx, request, reply, token ? 401 : 403, "metrics_forbidden", "error.403.body");
    return reply
      .header("cache-control", "no-store")
      .type(registry.contentType)
      .send(await registry.metrics());
  });
}
