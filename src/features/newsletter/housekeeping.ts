import type { AppContext } from "../../platform/context.ts";
import { reviewProspects } from "./retention.ts";
import { purgeUnconfirmed } from "./service.ts";

const HOURLY = 3600_000;

/**
 * Erases sign-ups never confirmed, and reviews prospects' retention (one re-permission e-mail,
 * then erasure), at start and every hour in the serving process. Returns a stop function.
 */
export function scheduleNewsletterHousekeeping(
  ctx: AppContext,
  onError: (error: unknown) => void,
): () => void {
  const run = () =>
    void (async () => {
      await purgeUnconfirmed(ctx);
      await reviewProspects(ctx);
    })().catch(onError);
  run();
  const timer = setInterval(run, HOURLY);
  timer.unref();
  return () => clearInterval(timer);
}
