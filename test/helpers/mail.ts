import type { Db } from "../../src/db/connect.ts";
import { EMAIL_LINK_QUEUE, sendEmailLink } from "../../src/features/accounts/service.ts";
import type { AppContext } from "../../src/platform/context.ts";

/**
 * E-mails leave in the background (the outbox, issue 13 §3). Tests do not wait for a worker's
 * poll: this runs now what the workers would run next — the account-link jobs that queue mail,
 * then every queued message — so the Mailbox holds what the requests before it caused.
 */
export async function deliverMail(ctx: AppContext): Promise<void> {
  await ctx.jobs.runWaiting(EMAIL_LINK_QUEUE, (job: Parameters<typeof sendEmailLink>[1]) =>
    sendEmailLink(ctx, job),
  );
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
