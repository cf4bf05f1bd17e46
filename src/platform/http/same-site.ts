import type { FastifyRequest } from "fastify";

/**
 * True unless the browser says the request comes from another site. Routes without a CSRF
 * token (a choice made from any page, a beacon) use it so that no other site can make a
 * visitor's browser choose for them. Clients that send neither header are not browsers a
 * forged page could drive.
 */
export function fromThisSite(request: FastifyRequest, baseUrl: URL): boolean {
  const site = request.headers["sec-fetch-site"];
  if (typeof site === "string") return site === "same-origin" || site === "none";
  const origin = request.headers.origin;
  if (typeof origin === "string") return origin === baseUrl.origin;
  return true;
}
