import { drizzle, type NodePgDatabase } from "drizzle-orm/node-postgres";
import pg from "pg";
import type { Config } from "../config.ts";
import { type EmbeddedServer, startEmbeddedPostgres } from "./embedded.ts";
import * as schema from "./schema.ts";

export type Db = NodePgDatabase<typeof schema>;

export interface Database {
  pool: pg.Pool;
  db: Db;
  /** Closes the pool, then stops the embedded server if there is one. */
  close(): Promise<void>;
}

const EMBEDDED_DATABASE = "confiance";

export function databaseFromUrl(url: string, onClose: () => Promise<void> = async () => {}): Database {
  const pool = new pg.Pool({ connectionString: url, max: 10, idleTimeoutMillis: 30_000 });
  // A connection dropped by the server (restart, failover) must not crash the process;
  // the pool replaces it on the next query.
  pool.on("error", () => {});
  let closed = false;
  return {
    pool,
    db: drizzle(pool, { schema }),
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
    if (found.rowCount === 0) await client.query(`create database "${name}"`);
  } finally {
    await client.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.href;
}

/** DATABASE_URL when set (a production PostgreSQL ≥ 15), otherwise the embedded server in DATA_DIR. */
export async function openDatabase(config: Config, log?: (line: string) => void): Promise<Database> {
  if (config.databaseUrl) return databaseFromUrl(config.databaseUrl);
  const server: EmbeddedServer = await startEmbeddedPostgres({
    dataDir: config.dataDir,
    port: config.embeddedPostgresPort,
    ...(log ? { log } : {}),
  });
  try {
    const url = await ensureDatabase(server.url, EMBEDDED_DATABASE);
    return databaseFromUrl(url, () => server.stop());
  } catch (error) {
    await server.stop();
    throw error;
  }
}
