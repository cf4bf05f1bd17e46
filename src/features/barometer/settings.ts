import { eq } from "drizzle-orm";
import { recordAudit } from "../../platform/audit/service.ts";
import type { Actor } from "../../platform/auth/actor.ts";
import { runCommand } from "../../platform/commands.ts";
import type { AppContext } from "../../platform/context.ts";
import { isOneOf } from "../../platform/one-of.ts";
import type { FieldErrors } from "../../platform/views/components.tsx";
import { checkTargets, MINIMUM_N_DEFAULT } from "../../stats/index.ts";
import { sharesOf, type Targets } from "./figures.ts";
import { barometerSettings, type StoredTargets } from "./schema.ts";
import { DIMENSIONS, WEIGHTING_DIMENSIONS, type WeightingDimension } from "./weighting.ts";

/**
 * The barometer's settings: the bank's target margins (each dimension's categories in percent,
 * summing to 100) that every wave is raked to, and the minimum number of answers a figure needs.
 * Targets that do not add up are refused with the dimension named and the typed values kept.
 */
export interface BarometerSettings {
  /** null: no weighting, the raw answers. */
  targets: Targets | null;
  minimumN: number;
  updatedAt: Date | null;
}

export async function barometerSettingsOf(ctx: AppContext): Promise<BarometerSettings> {
  const [row] = await ctx.db.select().from(barometerSettings).where(eq(barometerSettings.id, 1));
  if (!row) return { targets: null, minimumN: MINIMUM_N_DEFAULT, updatedAt: null };
  return {
    targets: Object.keys(row.targets).length > 0 ? row.targets : null,
    minimumN: row.minimumN,
    updatedAt: row.updatedAt,
  };
}

/** The form as typed: `weighting` ("1" to weight), `minimumN`, and `<dimension>.<category>` percentages. */
export type TypedSettings = Readonly<Record<string, string>>;

export const targetField = (dimension: WeightingDimension, category: string) => `${dimension}.${category}`;

/** "33,5", "33.5 %", "20" → a number; anything else → undefined. */
export function percentFromInput(raw: string): number | undefined {
  const text = raw.replace(/\s|%/g, "").replace(",", ".");
  if (!/^\d{1,3}(\.\d{1,2})?$/.test(text)) return undefined;
  const value = Number(text);
  return value >= 0 && value <= 100 ? value : undefined;
}

export type ReadSettings =
  | { ok: true; targets: StoredTargets; minimumN: number }
  | { ok: false; errors: FieldErrors; sums: Partial<Record<WeightingDimension, number>> };

/** Reads the form: every figure a percentage, each dimension summing to 100, the minimum a whole number. */
export function readSettings(typed: TypedSettings): ReadSettings {
  const errors: FieldErrors = {};
  const sums: Partial<Record<WeightingDimension, number>> = {};
  const weighting = typed.weighting === "1";
  const minimumN = /^\d{1,5}$/.test(typed.minimumN?.trim() ?? "") ? Number(typed.minimumN) : Number.NaN;
  if (!(minimumN >= 1 && minimumN <= 10_000)) errors.minimumN = "barometer.settings.minimumNInvalid";
  const targets: StoredTargets = {};
  if (weighting)
    for (const [dimension, categories] of Object.entries(WEIGHTING_DIMENSIONS) as [
      WeightingDimension,
      readonly string[],
    ][]) {
      const shares: Record<string, number> = {};
      for (const category of categories) {
        const name = targetField(dimension, category);
        const value = percentFromInput(typed[name] ?? "");
        if (value === undefined) errors[name] = "barometer.settings.percentInvalid";
        else shares[category] = value;
      }
      targets[dimension] = shares;
    }
  // Each dimension must sum to 100 %: the check is the statistics module's, as the raking's.
  for (const problem of checkTargets(sharesOf(targets))) {
    const dimension = problem.dimension;
    if (problem.kind !== "sum" || !isOneOf(DIMENSIONS, dimension)) continue;
    // A figure typed wrong is named first; the sum is said once every figure reads.
    if (WEIGHTING_DIMENSIONS[dimension].some((category) => errors[targetField(dimension, category)]))
      continue;
    errors[dimension] = "barometer.settings.notHundred";
    sums[dimension] = Math.round(problem.total * 10_000) / 100;
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors, sums };
  return { ok: true, targets, minimumN };
}

export async function saveSettings(
  ctx: AppContext,
  actor: Actor,
  typed: TypedSettings,
): Promise<{ ok: true } | Extract<ReadSettings, { ok: false }>> {
  const read = readSettings(typed);
  if (!read.ok) return read;
  return runCommand(ctx, async (ctx) => {
    const before = await barometerSettingsOf(ctx);
    const now = ctx.clock.now();
    const values = { targets: read.targets, minimumN: read.minimumN, updatedAt: now, updatedBy: actor.id };
    await ctx.db
      .insert(barometerSettings)
      .values({ id: 1, ...values })
      .onConflictDoUpdate({ target: barometerSettings.id, set: values });
    await recordAudit(ctx.db, {
      actorId: actor.id,
      actorRole: actor.role,
      action: "barometer.settings_changed",
      subjectType: "barometer_settings",
      details: {
        before: { targets: before.targets, minimumN: before.minimumN },
        after: { targets: read.targets, minimumN: read.minimumN },
      },
    });
    return { ok: true } as const;
  });
}
