import path from "node:path";
import { sql } from "drizzle-orm";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import { PROJECT_ROOT } from "../paths.ts";
import type { Db } from "./connect.ts";

export const MIGRATIONS_FOLDER = path.join(PROJECT_ROOT, "drizzle");

async function appliedCount(db: Db): Promise<number> {
  const table = await db.execute<{ found: boolean }>(
    sql`select to_regclass('drizzle.__drizzle_migrations') is not null as found`,
  );
  if (!table.rows[0]!.found) return 0;
  const result = await db.execute<{ n: number }>(
    sql`select count(*)::int as n from drizzle.__drizzle_migrations`,
  );
  return result.rows[0]!.n;
}

/** Applies the committed SQL migrations in order; safe to run at every start. Returns how many it applied. */
export async function runMigrations(db: Db): Promise<number> {
  const before = await appliedCount(db);
  await migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
  return (await appliedCount(db)) - before;
}
