import { count, countDistinct, eq } from "drizzle-orm";
import type { AppContext } from "../../platform/context.ts";
import { clicks, subscribers } from "./schema.ts";

/**
 * First-party click counting, when the bank turns it on: each link of an issue goes through
 * `/l?j=<sealed>` on this site, which records the click and sends the reader on. The sealed token
 * names the campaign, the subscriber and the address, so nobody can make the site redirect
 * elsewhere. Without the setting, links are left as they are.
 */
export const CLICK_PATH = "/l";

export function trackedUrl(ctx: AppContext, campaignId: number, subscriberId: number, url: string): string {
  const token = ctx.secrets.seal(JSON.stringify({ c: campaignId, s: subscriberId, u: url }));
  return new URL(`${CLICK_PATH}?j=${encodeURIComponent(token)}`, ctx.config.baseUrl).href;
}

/** Rewrites the outside links of an issue's HTML for one subscriber. */
export function trackLinks(ctx: AppContext, html: string, campaignId: number, subscriberId: number): string {
  return html.replace(/href="(https?:\/\/[^"]+)"/g, (_match, url: string) => {
    const plain = url.replaceAll("&amp;", "&");
    return `href="${trackedUrl(ctx, campaignId, subscriberId, plain).replaceAll("&", "&amp;")}"`;
  });
}

export interface Click {
  campaignId: number;
  subscriberId: number;
  url: string;
}

export function readClickToken(ctx: AppContext, token: string): Click | undefined {
  try {
    const parsed = JSON.parse(ctx.secrets.open(token)) as { c?: unknown; s?: unknown; u?: unknown };
    if (typeof parsed.c !== "number" || typeof parsed.s !== "number" || typeof parsed.u !== "string")
      return undefined;
    if (!/^https?:\/\//.test(parsed.u)) return undefined;
    return { campaignId: parsed.c, subscriberId: parsed.s, url: parsed.u };
  } catch {
    return undefined;
  }
}

/** Records the click (an own action: the prospect's retention restarts) and returns where to go. */
export async function recordClick(ctx: AppContext, click: Click): Promise<void> {
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const updated = await tx
      .update(subscribers)
      .set({ lastActionAt: now })
      .where(eq(subscribers.id, click.subscriberId))
      .returning({ id: subscribers.id });
    // An erased subscriber's old link still leads on, but nothing is recorded about nobody.
    if (updated.length === 0) return;
    await tx.insert(clicks).values({ ...click, url: click.url.slice(0, 2000), at: now });
  });
}

export async function clickCounts(ctx: AppContext, campaignId: number) {
  const [row] = await ctx.db
    .select({ clicks: count(), readers: countDistinct(clicks.subscriberId) })
    .from(clicks)
    .where(eq(clicks.campaignId, campaignId));
  return { clicks: row?.clicks ?? 0, readers: row?.readers ?? 0 };
}
