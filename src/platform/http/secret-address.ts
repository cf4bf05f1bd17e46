import type { FastifyInstance, FastifyReply } from "fastify";

/**
 * A page whose address is its key: a single-use link from an e-mail, a draft's or an author's
 * secret address. Whoever learns the address holds the key, so such an address must go nowhere:
 * never kept by a cache, never sent on as a referrer, never indexed, never counted by the audience
 * measurement (whose page lists the community team reads). A route says so with `secretAddress()`
 * in its options; test/secret-addresses.test.ts lists every route with a parameter a visitor can
 * reach, so a new one is classified before it ships.
 */
export function secretAddress<Options extends { config?: object }>(
  options?: Options,
): Options & { config: { secretAddress: true } } {
  return { ...(options as Options), config: { ...options?.config, secretAddress: true } };
}

function keepAddressPrivate(reply: FastifyReply): FastifyReply {
  return reply
    .header("cache-control", "no-store")
    .header("referrer-policy", "no-referrer")
    .header("x-robots-tag", "noindex");
}

/** The headers of every answer on a secret address, whatever its status, set in one place. */
export function installSecretAddresses(app: FastifyInstance): void {
  app.addHook("onSend", async (request, reply, payload) => {
    if (request.routeOptions.config?.secretAddress) keepAddressPrivate(reply);
    return payload;
  });
}

/** Whether a path (no query) is one of the secret addresses the server answers. */
export function isSecretAddress(app: FastifyInstance, path: string): boolean {
  const patterns = (compiled.get(app) ?? compile(app)) as RegExp[];
  return patterns.some((pattern) => pattern.test(path));
}

const compiled = new WeakMap<FastifyInstance, RegExp[]>();

function compile(app: FastifyInstance): RegExp[] {
  const urls = new Set(app.routeTable.filter((route) => route.secretAddress()).map((route) => route.url));
  const patterns = [...urls].map((url) => {
    const parts = url
      .split(/(:[A-Za-z_]\w*)/)
      .map((part) => (part.startsWith(":") ? "[^/]+" : part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
    return new RegExp(`^${parts.join("")}/?$`);
  });
  compiled.set(app, patterns);
  return patterns;
}
