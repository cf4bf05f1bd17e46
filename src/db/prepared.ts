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
