import type { Db } from "../../src/db/connect.ts";
import { EMAIL_LINK_QUEUE, sendEmailLink } from "../../src/features/accounts/service.ts";
import {
  mailNotifications,
  NOTIFICATION_MAIL_QUEUE,
  type NotificationMailJob,
} from "../../src/features/community/notifications.ts";
import type { AppContext } from "../../src/platform/context.ts";

/**
 * E-mails leave in the background (the outbox, issue 13 §3). Tests do not wait for a worker's
 * poll: this runs now what the workers would run next — the account-link and notification jobs
 * that queue mail, then every queued message — so the Mailbox holds what the requests before it
 * caused.
 */
export async function deliverMail(ctx: AppContext): Promise<void> {
  // One delivery at a time per app: a browser's parallel requests (page, styles, scripts) each
  // ask for one, and concurrent drains would wait on each other's connections from the pool.
  const running = deliveries.get(ctx);
  if (running) return running;
  const delivery = (async () => {
    await ctx.jobs.runWaiting(EMAIL_LINK_QUEUE, (job: Parameters<typeof sendEmailLink>[1]) =>
      sendEmailLink(ctx, job),
    );
    await ctx.jobs.runWaiting(NOTIFICATION_MAIL_QUEUE, (job: NotificationMailJob) =>
      mailNotifications(ctx, [job]),
    );
    await ctx.outbox.drain();
  })().finally(() => deliveries.delete(ctx));
  deliveries.set(ctx, delivery);
  return delivery;
}

const deliveries = new WeakMap<AppContext, Promise<void>>();

const contexts = new WeakMap<Db, AppContext>();

/** Test apps register here, so helpers given only a database (lastMailTo) can deliver first. */
export function rememberForDelivery(ctx: AppContext): void {
  contexts.set(ctx.db, ctx);
}

export async function deliverMailOf(db: Db): Promise<void> {
  const ctx = contexts.get(db);
  if (ctx) await deliverMail(ctx);
}
