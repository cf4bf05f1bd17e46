import path from "node:path";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import { PROJECT_ROOT } from "../paths.ts";
import type { Db } from "./connect.ts";

export const MIGRATIONS_FOLDER = path.join(PROJECT_ROOT, "drizzle");

/** Applies the committed SQL migrations in order; safe to run at every start. */
export async function runMigrations(db: Db): Promise<void> {
  await migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
}
