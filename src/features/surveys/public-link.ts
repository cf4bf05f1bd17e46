import { createHmac } from "node:crypto";
import type { AppContext } from "../../platform/context.ts";
import { countHit } from "../../platform/http/rate-limit-store.ts";
import { startResponse, type Unavailable, waveWithVersion } from "./answering.ts";

/**
 * A wave's public link, with its cookie-free repeat limit: the responses begun from one network
 * address are counted per day, at most the wave's `public_daily_limit`. The address itself is not
 * kept: only a keyed hash of it (with the wave) counts in the shared counters, forgotten a day
 * later. The page says so before anyone begins. It cannot tell apart people behind one address
 * (a workplace), nor stop someone who changes address: it limits repeats, it does not prevent them.
 */
export const REPEAT_WINDOW_MS = 24 * 60 * 60 * 1000;

export async function startFromPublicLink(
  ctx: AppContext,
  publicKey: string,
  who: { ip: string; accountId: number | null; locale: "fr" | "en" },
): Promise<{ ok: true; key: string } | ({ ok: false } & Unavailable) | { ok: false; limited: number }> {
  const found = await waveWithVersion(ctx, { publicKey });
  if (!found) return { ok: false, state: "unknown" };
  if (found.state !== "open") return { ok: false, state: found.state, wave: found.wave };
  const device = createHmac("sha256", ctx.config.sessionSecret)
    .update(`survey-wave:${found.wave.id}:${who.ip}`)
    .digest("hex");
  const hits = await countHit(ctx.database.pool, "surveys.public_link", device, REPEAT_WINDOW_MS);
  if (hits > found.wave.publicDailyLimit) return { ok: false, limited: found.wave.publicDailyLimit };
  const started = await startResponse(ctx, {
    waveId: found.wave.id,
    channel: "public_link",
    accountId: who.accountId,
    locale: who.locale,
  });
  return started.ok ? { ok: true, key: started.key } : started;
}
