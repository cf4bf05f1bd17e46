import type { FastifyInstance, FastifyRequest } from "fastify";

/**
 * Keeps the requests being handled, so that stopping the server waits for them before the
 * database pool closes: a slow search under way when SIGTERM arrives must finish, not fail with
 * "pool already ended" (seen during load tests, where Fastify's own close returned first).
 * It waits at most `maxWaitMs`, below the 10 s Fastify gives a closing hook: past that, closing
 * failed with "Plugin did not start in time" after a load test's last connections dropped.
 */
export function trackInFlight(app: FastifyInstance, maxWaitMs = 8_000): void {
  const inFlight = new Set<FastifyRequest>();
  let idle: (() => void) | undefined;
  app.addHook("onRequest", async (request) => {
    // Live streams stay open for as long as a page does: they are ended, not waited for.
    if (!request.routeOptions.config.longLived) inFlight.add(request);
  });
  const done = async (request: FastifyRequest) => {
    inFlight.delete(request);
    if (inFlight.size === 0) idle?.();
  };
  app.addHook("onResponse", done);
  app.addHook("onRequestAbort", done);
  app.addHook("preClose", async () => {
    if (inFlight.size === 0) return;
    await new Promise<void>((resolve) => {
      idle = resolve;
      setTimeout(resolve, maxWaitMs).unref();
    });
  });
}
