import type { AppContext } from "../../platform/context.ts";
import { sendDailyDigests } from "./notifications.ts";

const QUARTER_HOUR = 15 * 60_000;
/** Digests leave at 7 a.m., Paris time: read with the morning coffee, not in the night. */
export const DIGEST_HOUR = 7;

/** The hour and the day in Paris, where the bank's members read their mail. */
function paris(now: Date): { hour: number; day: string } {
  const parts = new Intl.DateTimeFormat("fr-FR", {
    timeZone: "Europe/Paris",
    hour: "numeric",
    hourCycle: "h23",
    day: "numeric",
    month: "numeric",
  }).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return { hour: Number(part("hour")), day: `${part("day")}/${part("month")}` };
}

/**
 * Sends the daily digests once the Paris morning hour comes, checked every quarter of an hour
 * in the serving process (it moves to the background worker with pg-boss). Each notification is
 * claimed before it is sent, so several instances, or a restart within the hour, send it once.
 */
export function scheduleCommunityDigests(ctx: AppContext, onError: (error: unknown) => void): () => void {
  let sentOn = "";
  const tick = () => {
    const now = paris(new Date());
    if (now.hour !== DIGEST_HOUR || now.day === sentOn) return;
    sentOn = now.day;
    void sendDailyDigests(ctx).catch(onError);
  };
  const timer = setInterval(tick, QUARTER_HOUR);
  timer.unref();
  return () => clearInterval(timer);
}
