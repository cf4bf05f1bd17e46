import type { FieldErrors } from "../../platform/views/components.tsx";
import type { ReviewSettings } from "./model.ts";

/**
 * The settings form read and checked without I/O, within the bounds the table enforces: each
 * setting is a whole number in its range, every problem named at once, what was typed kept.
 */
export const SETTING_BOUNDS: Readonly<Record<keyof ReviewSettings, { min: number; max: number }>> = {
  moderationDelayDays: { min: 1, max: 30 },
  holdDelayDays: { min: 0, max: 7 },
  anonymityMonths: { min: 1, max: 120 },
  retentionMonths: { min: 12, max: 240 },
  minTextLength: { min: 10, max: 1000 },
  invitationValidityDays: { min: 1, max: 365 },
};
export const SETTING_NAMES = Object.keys(SETTING_BOUNDS) as (keyof ReviewSettings)[];

export type TypedSettings = Record<keyof ReviewSettings, string>;

export const typedSettings = (settings: ReviewSettings): TypedSettings =>
  Object.fromEntries(SETTING_NAMES.map((name) => [name, String(settings[name])])) as TypedSettings;

export function readSettings(
  typed: TypedSettings,
): { ok: true; value: ReviewSettings } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const value = {} as ReviewSettings;
  for (const name of SETTING_NAMES) {
    const raw = typed[name].trim();
    const { min, max } = SETTING_BOUNDS[name];
    const n = /^\d{1,4}$/.test(raw) ? Number(raw) : Number.NaN;
    if (Number.isNaN(n) || n < min || n > max) errors[name] = "reviews.settings.outOfRange";
    else value[name] = n;
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, value };
}
