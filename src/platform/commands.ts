import { sql } from "drizzle-orm";
import type { Db } from "../db/connect.ts";
import type { AppContext } from "./context.ts";
import { loggableError } from "./http/loggable-error.ts";

/**
 * A command is one domain operation that may span several steps and features (approve a held
 * post: claim it, publish it, record the decision and the audit entry). It runs in **one**
 * transaction: the services it calls receive a context whose `db` is that transaction (their own
 * `transaction()` calls become savepoints inside it), so a failure at any step leaves nothing
 * half-done. What must only happen once the change is durable (page-cache invalidation, live
 * events, waking the mail worker) is registered with `ctx.afterCommit` and runs after commit,
 * never after a rollback. The kept public pages it changed (`ctx.pagesChanged`) move with its
 * last statement, so they become new at its commit. A command inside a command joins the outer one.
 */
export async function runCommand<T>(ctx: AppContext, command: (ctx: AppContext) => Promise<T>): Promise<T> {
  if (ctx.inCommand) return command(ctx);
  const effects: ((committed: AppContext) => Promise<void>)[] = [];
  const pages = ctx.publicPages.changes();
  const result = await ctx.db.transaction(async (tx) => {
    // A transaction offers everything services use of the database (not the pool itself).
    const db = tx as unknown as Db;
    const done = await command({
      ...ctx,
      db,
      inCommand: true,
      afterCommit: async (effect) => {
        effects.push(effect);
      },
      pagesChanged: async (scopes, also) => pages.add(scopes, also),
    });
    // Last: the versions every writer moves stay locked only while this commits.
    await pages.move(db);
    return done;
  });
  pages.committed();
  for (const effect of effects) {
    try {
      await effect(ctx);
    } catch (error) {
      // The change is committed: an effect that fails (a cache, a notification) must not turn
      // the person's successful action into an error page.
      console.error("An effect after commit failed", loggableError(error));
    }
  }
  return result;
}

/**
 * Inside a command: waits until no other command holds the same subject (a post, a held
 * submission), so two people deciding at once act one after the other, and the second sees
 * the first one's result. Released at commit or rollback.
 */
export async function lockSubject(ctx: AppContext, kind: string, id: number): Promise<void> {
  if (!ctx.inCommand)
    throw new Error("lockSubject needs a command: the lock lasts as long as its transaction");
  await ctx.db.execute(sql`select pg_advisory_xact_lock(hashtext(${kind}), ${id})`);
}
