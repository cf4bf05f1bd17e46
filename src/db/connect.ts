import { drizzle, type NodePgDatabase } from "drizzle-orm/node-postgres";
import pg from "pg";
import type { Config } from "../config.ts";
import { runningEmbeddedUrl, startEmbeddedPostgres } from "./embedded.ts";

/**
 * Without the schema: the app writes its queries with the query builder and `sql`, never with
 * drizzle's relational `db.query`, whose builders drizzle would otherwise make again, one per
 * table, for every transaction (a tenth of a millisecond of each reply).
 */
export type Db = NodePgDatabase;

export interface Database {
  pool: pg.Pool;
  db: Db;
  /** Closes the pool, then stops the embedded server if there is one. */
  close(): Promise<void>;
  /** The embedded PostgreSQL this process started, if it did: false while it is down and restarted. */
  readonly embedded?: { readonly running: boolean };
}

/**
 * PostgreSQL is unreachable or going away (stopped, restarting, failing over), as opposed to a
 * query that is wrong: the request deserves a 503 "try again shortly", not a 500. Codes are
 * PostgreSQL's class 08 (connection) and 57P (operator intervention), and the socket's own.
 */
const UNAVAILABLE_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "08000",
  "08001",
  "08003",
  "08004",
  "08006",
  "57P01",
  "57P02",
  "57P03",
]);

export function isDatabaseUnavailable(error: unknown): boolean {
  for (let cause = error, depth = 0; cause instanceof Error && depth < 5; depth++) {
    const code = (cause as NodeJS.ErrnoException).code;
    if (code && UNAVAILABLE_CODES.has(code)) return true;
    // pg's own words when the server went away mid-connection, or the pool could not connect in time.
    if (/^Connection terminated|timeout exceeded when trying to connect/.test(cause.message)) return true;
    cause = cause.cause;
  }
  return false;
}

const EMBEDDED_DATABASE = "confiance";

export function databaseFromUrl(url: string, onClose: () => Promise<void> = async () => {}): Database {
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    idleTimeoutMillis: 30_000,
    // Every session in UTC, whatever the server's or the database's default: the app turns instants
    // into Paris days and months itself (src/calendar), and SQL that cuts by day or month names its
    // zone (`at time zone 'Europe/Paris'`), so nothing depends on where the server runs.
    // A prepared statement is planned once per connection, for any values (a generic plan). Left
    // to choose, PostgreSQL planned the author's counts of the reply path again on every call
    // (a new author's custom plan looks cheaper than the generic one), and planning cost it ten to
    // twenty times running them: a fifth of its work on each reply. Our statements are written
    // for their indexes, whatever the values; pg-boss's are prepared too (platform/jobs/jobs.ts),
    // as a generic plan of its partitioned table costs milliseconds to build.
    options: "-c TimeZone=UTC -c plan_cache_mode=force_generic_plan",
  });
  // A connection dropped by the server (restart, failover) must not crash the process;
  // the pool replaces it on the next query.
  pool.on("error", () => {});
  let closed = false;
  return {
    pool,
    db: drizzle(pool),
    async close() {
      if (closed) return;
      closed = true;
      await pool.end();
      await onClose();
    },
  };
}

async function ensureDatabase(serverUrl: string, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const found = await client.query("select 1 from pg_database where datname = $1", [name]);
    // A command may race the server creating it at its first start: either one creating it will do.
    if (found.rowCount === 0)
      await client.query(`create database "${name}"`).catch((error: { code?: string }) => {
        if (error.code !== "42P04" && error.code !== "23505") throw error;
      });
  } finally {
    await client.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.href;
}

/**
 * DATABASE_URL when set (a production PostgreSQL ≥ 15), otherwise the embedded server in DATA_DIR.
 * With `useRunning`, a command connects to the embedded server a running Confiance already has on
 * this DATA_DIR (two servers cannot share one folder), and starts its own only when none runs.
 */
export async function openDatabase(
  config: Config,
  options: {
    log?: (line: string) => void;
    useRunning?: boolean;
    onEmbeddedLost?: (reason: string) => void;
  } = {},
): Promise<Database> {
  if (config.databaseUrl) return databaseFromUrl(config.databaseUrl);
  const running = options.useRunning ? await runningEmbeddedUrl(config.dataDir) : undefined;
  if (running) return databaseFromUrl(await ensureDatabase(running, EMBEDDED_DATABASE));
  const server = await startEmbeddedPostgres({
    dataDir: config.dataDir,
    port: config.embeddedPostgresPort,
    ...(options.log ? { log: options.log } : {}),
    ...(options.onEmbeddedLost ? { onGiveUp: options.onEmbeddedLost } : {}),
  });
  try {
    const url = await ensureDatabase(server.url, EMBEDDED_DATABASE);
    return { ...databaseFromUrl(url, () => server.stop()), embedded: server };
  } catch (error) {
    await server.stop();
    throw error;
  }
}
