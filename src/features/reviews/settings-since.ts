import type { AppContext } from "../../platform/context.ts";
import { reviewSettings } from "./schema.ts";

/** When the settings in force were last changed (the disclosure page dates what it says). */
export async function settingsSince(ctx: AppContext): Promise<Date | null> {
  const [row] = await ctx.db.select({ at: reviewSettings.updatedAt }).from(reviewSettings).limit(1);
  return row?.at ?? null;
}
