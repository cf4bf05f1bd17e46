import pg from "pg";
import { HEARTBEAT_SQL } from "../../src/platform/realtime/events.ts";

/**
 * Counts the SQL statements sent to PostgreSQL while `work` runs: every pool and transaction of
 * the process goes through pg's Client, so nothing escapes the count. pg-boss's own statements
 * (its schema, `pgboss`) and the live events' heartbeat are left out unless `jobs` is set: they
 * follow their own clock, not the page.
 */
export async function countQueries(
  work: () => Promise<unknown>,
  /** Counts only the statements whose text this accepts. */
  only: (text: string) => boolean = () => true,
  { jobs = false }: { jobs?: boolean } = {},
): Promise<number> {
  const original = pg.Client.prototype.query;
  let count = 0;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const config = args[0] as string | { text?: string } | undefined;
    const text = typeof config === "string" ? config : config?.text;
    if ((jobs || !text?.includes("pgboss.")) && text !== HEARTBEAT_SQL && only(text ?? "")) count++;
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof original;
  try {
    await work();
  } finally {
    pg.Client.prototype.query = original;
  }
  return count;
}
