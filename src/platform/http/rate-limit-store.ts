import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import type {
  FastifyRateLimitStore,
  FastifyRateLimitStoreCtor,
  RateLimitPluginOptions,
} from "@fastify/rate-limit";
import type pg from "pg";

type Callback = (error: Error | null, result?: { current: number; ttl: number }) => void;

/** The plugin's own in-memory store (an LRU of counters), kept for the plugin-wide limit. */
const LocalStore = createRequire(import.meta.url)("@fastify/rate-limit/store/LocalStore.js") as new (
  continueExceeding?: boolean,
  exponentialBackoff?: boolean,
  cache?: number,
) => FastifyRateLimitStore;

/**
 * Counts one hit in the shared table and answers the count and the milliseconds left in the
 * window, in one statement: the first hit (or the first after the window ended) starts a new
 * window, the others add to it. Concurrent hits from several instances serialise on the row.
 * Named, so that each connection plans it once (every post and sign-in runs it).
 */
const HIT = `
  insert into rate_limit_counters as c (key_hash, hits, resets_at)
  values ($1, 1, now() + $2 * interval '1 millisecond')
  on conflict (key_hash) do update set
    hits = case when c.resets_at <= now() then 1 else c.hits + 1 end,
    resets_at = case when c.resets_at <= now() then excluded.resets_at else c.resets_at end
  returning hits, greatest(0, ceil(extract(epoch from c.resets_at - now()) * 1000))::int as ttl`;

const PEEK = `
  select hits, greatest(0, ceil(extract(epoch from resets_at - now()) * 1000))::int as ttl
    from rate_limit_counters where key_hash = $1 and resets_at > now()`;

/**
 * Rate limits shared by every app instance through PostgreSQL (issue 11, L3): with counters in
 * each process's memory, N instances behind a load balancer allowed N times the sign-in, second
 * factor, password-reset, sign-up and posting limits. A @fastify/rate-limit custom store
 * (`incr`, `read`, `child`, as its README describes).
 *
 * Only the routes with a limit of their own (`config.rateLimit`, i.e. `child` stores) count in
 * the database: those protect secrets and other people. The plugin-wide limit (600 requests a
 * minute per address) guards each process against floods; counting every page view in the
 * database would cost a write per request, so it stays in memory, per instance, on purpose.
 *
 * Keys (route and client address) are hashed: the table holds no address. Redis would do the
 * same job; no Redis client is a dependency, so PostgreSQL is the one shared store.
 */
export function sharedRateLimitStore(pool: pg.Pool): FastifyRateLimitStoreCtor {
  class DatabaseCounter implements FastifyRateLimitStore {
    constructor(private readonly namespace: string) {}

    private keyHash(key: string): string {
      return createHash("sha256").update(`${this.namespace}\u0000${key}`).digest("hex");
    }

    incr(key: string, callback: Callback, timeWindow: number): void {
      pool
        .query<{ hits: number; ttl: number }>({
          name: "rate_limit_hit",
          text: HIT,
          values: [this.keyHash(key), timeWindow],
        })
        .then(
          ({ rows }) => callback(null, { current: rows[0]!.hits, ttl: rows[0]!.ttl }),
          (error: Error) => callback(error),
        );
    }

    read(key: string, callback: Callback): void {
      pool
        .query<{ hits: number; ttl: number }>({
          name: "rate_limit_peek",
          text: PEEK,
          values: [this.keyHash(key)],
        })
        .then(
          ({ rows }) =>
            callback(null, rows[0] ? { current: rows[0].hits, ttl: rows[0].ttl } : { current: 0, ttl: 0 }),
          (error: Error) => callback(error),
        );
    }

    child(routeOptions: unknown) {
      // At run time the plugin passes the route's merged options, with `routeInfo` (see RedisStore).
      const route = (routeOptions as { routeInfo?: { method?: unknown; url?: string } }).routeInfo;
      return new DatabaseCounter(`${String(route?.method ?? "")} ${route?.url ?? ""}`);
    }
  }

  // The plugin-wide store: in memory; every route-specific store it hands out is shared.
  return class PluginStore {
    private readonly local: FastifyRateLimitStore;

    constructor(options: RateLimitPluginOptions) {
      this.local = new LocalStore(options.continueExceeding, options.exponentialBackoff, options.cache);
    }

    incr(key: string, callback: Callback, timeWindow: number, max: number): void {
      this.local.incr(key, callback, timeWindow, max);
    }

    child(routeOptions: unknown) {
      return new DatabaseCounter("").child(routeOptions);
    }
  } as unknown as FastifyRateLimitStoreCtor;
}

/**
 * Counts one hit of `key` in a window of `windowMs`, shared by every instance, for limits outside
 * HTTP routes (the inbox's inbound SMTP per sender and per connecting address). Returns the hits
 * so far in the window.
 */
export async function countHit(
  pool: pg.Pool,
  namespace: string,
  key: string,
  windowMs: number,
): Promise<number> {
  const keyHash = createHash("sha256").update(`${namespace}\u0000${key}`).digest("hex");
  const { rows } = await pool.query<{ hits: number }>({
    name: "rate_limit_hit",
    text: HIT,
    values: [keyHash, windowMs],
  });
  return rows[0]!.hits;
}

/** Deletes counters whose window ended long ago (the accounts housekeeping runs it hourly). */
export async function purgeRateLimitCounters(pool: pg.Pool): Promise<number> {
  const { rowCount } = await pool.query(
    "delete from rate_limit_counters where resets_at < now() - interval '1 hour'",
  );
  return rowCount ?? 0;
}
