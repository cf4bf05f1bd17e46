import type { FastifyInstance } from "fastify";
import helmet from "helmet";

/**
 * The security headers of every answer: a strict Content-Security-Policy (nothing but this site's
 * own scripts, styles and images; no frames, unless a browser allowed the videos, which the
 * cookies feature widens), and helmet's other headers. HSTS only over HTTPS (it only works there).
 *
 * helmet's middleware is built once, here: @fastify/helmet built it again from these options for
 * every request, a tenth of what a kept page cost the app (docs/performance.md, issue 17).
 */
export function installSecurityHeaders(app: FastifyInstance, { https }: { https: boolean }): void {
  const setHeaders = helmet({
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
        ...(https ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    strictTransportSecurity: https ? { maxAge: 31536000, includeSubDomains: true } : false,
    referrerPolicy: { policy: "strict-origin-when-cross-origin" },
    crossOriginEmbedderPolicy: false,
  });
  // helmet throws what goes wrong (since 8.1); it calls on with nothing to say.
  app.addHook("onRequest", (request, reply, done) => setHeaders(request.raw, reply.raw, () => done()));
}
