import { type SQL, sql } from "drizzle-orm";
import type { Db } from "./connect.ts";

/**
 * Statements built once per database handle and prepared by name in PostgreSQL, for the queries
 * every page runs (the session, a page's authors, a topic and its posts): drizzle does not build
 * their SQL again, and PostgreSQL does not parse and plan it again, on each request. A transaction
 * is its own handle, so it gets its own (same name, same text: each connection prepares it once).
 */
const built = new WeakMap<object, Map<string, unknown>>();

/** `build` gets the statement's name, to give drizzle's `.prepare(name)`. */
export function prepared<T>(db: object, name: string, build: (name: string) => T): T {
  let statements = built.get(db);
  if (!statements) {
    statements = new Map();
    built.set(db, statements);
  }
  let statement = statements.get(name) as T | undefined;
  if (statement === undefined) {
    statement = build(name);
    statements.set(name, statement);
  }
  return statement;
}

/** What `executeNamed` needs of a database handle or transaction: drizzle's session beneath `execute`. */
interface SessionOf {
  session: {
    prepareQuery(
      query: unknown,
      fields: undefined,
      name: string,
      arrayMode: false,
    ): { execute(): Promise<{ rows: unknown[] }> };
  };
  dialect: { sqlToQuery(query: SQL): unknown };
}

/**
 * A statement written as SQL (common table expressions and the like), run under a name, so that
 * PostgreSQL plans it once per connection: on the reply path, planning such statements again on
 * every request cost PostgreSQL as much as running them. Its text must be the same on every call:
 * values go in as parameters (`${value}`, never an array spread into a list, never `sql.raw`), and
 * the driver refuses a name given to two texts. Drizzle's own `execute` runs the same way, unnamed.
 */
export async function executeNamed<T>(
  db: Pick<Db, "execute">,
  name: string,
  query: SQL,
): Promise<{ rows: T[] }> {
  const { session, dialect } = db as unknown as SessionOf;
  const result = await session.prepareQuery(dialect.sqlToQuery(query), undefined, name, false).execute();
  return { rows: result.rows as T[] };
}

/**
 * A statement written with `$1, $2…` (pg-boss's, a platform statement also run on the pool) as a
 * drizzle query, so that it can run in a transaction under the same name: the text drizzle
 * sends is the same as long as each parameter appears once, in order.
 */
export function positional(text: string, values: unknown[]): SQL {
  const chunks: SQL[] = [];
  let last = 0;
  for (const match of text.matchAll(/\$(\d+)/g)) {
    chunks.push(sql.raw(text.slice(last, match.index)));
    const value = values[Number(match[1]) - 1];
    // A parameter even when it is an array (drizzle would spread a bare array into a list).
    chunks.push(sql`${sql.param(value === undefined ? null : value)}`);
    last = match.index + match[0].length;
  }
  chunks.push(sql.raw(text.slice(last)));
  return sql.join(chunks);
}
