import type { FastifyReply } from "fastify";

/**
 * For a page whose address is its key (a single-use link from an e-mail, a draft's secret
 * address): never kept by a cache, never sent on as a referrer, never indexed.
 */
export function keepAddressPrivate(reply: FastifyReply): FastifyReply {
  return reply
    .header("cache-control", "no-store")
    .header("referrer-policy", "no-referrer")
    .header("x-robots-tag", "noindex");
}
