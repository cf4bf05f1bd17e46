import type { AppContext } from "../../platform/context.ts";
import { reviewProspects } from "./retention.ts";
import { purgeUnconfirmed } from "./service.ts";
import { restoreSuppressions } from "./suppression.ts";

const HOURLY = 3600_000;

/**
 * Erases sign-ups never confirmed, and reviews prospects' retention (one re-permission e-mail,
 * then erasure), at start and every hour in the serving process. Before the first run, the
 * suppression list is completed from the rows and the consent ledger (once per start), so no
 * erasure below can take a suppression with it. Returns a stop function.
 */
export function scheduleNewsletterHousekeeping(
  ctx: AppContext,
  onError: (error: unknown) => void,
): () => void {
  // Until the list is complete nothing is erased; a failure is retried at the next run.
  let restored = false;
  const run = () =>
    void (async () => {
      if (!restored) {
        await restoreSuppressions(ctx);
        restored = true;
      }
      await purgeUnconfirmed(ctx);
      await reviewProspects(ctx);
    })().catch(onError);
  run();
  const timer = setInterval(run, HOURLY);
  timer.unref();
  return () => clearInterval(timer);
}
