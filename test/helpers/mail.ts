import type { Db } from "../../src/db/connect.ts";
import type { AppContext } from "../../src/platform/context.ts";

/**
 * E-mails leave in the background (the outbox, issue 13 §3). Tests do not wait for a worker's
 * poll: this sends every queued message now, so the Mailbox holds what the requests before it
 * caused.
 */
export async function deliverMail(ctx: AppContext): Promise<void> {
  await ctx.outbox.drain();
}

const contexts = new WeakMap<Db, AppContext>();

/** Test apps register here, so helpers given only a database (lastMailTo) can deliver first. */
export function rememberForDelivery(ctx: AppContext): void {
  contexts.set(ctx.db, ctx);
}

export async function deliverMailOf(db: Db): Promise<void> {
  const ctx = contexts.get(db);
  if (ctx) await deliverMail(ctx);
}
