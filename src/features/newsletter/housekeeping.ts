import type { AppContext } from "../../platform/context.ts";
import { purgeUnconfirmed } from "./service.ts";

const HOURLY = 3600_000;

/**
 * Erases sign-ups never confirmed, at start and every hour, in the serving process (like the
 * accounts' purge; both move to the pg-boss worker with the campaigns). Returns a stop function.
 */
export function scheduleNewsletterHousekeeping(
  ctx: AppContext,
  onError: (error: unknown) => void,
): () => void {
  const run = () => void purgeUnconfirmed(ctx).catch(onError);
  run();
  const timer = setInterval(run, HOURLY);
  timer.unref();
  return () => clearInterval(timer);
}
