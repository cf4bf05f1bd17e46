import type { FieldErrors } from "../../../platform/views/components.tsx";
import { PRIORITIES, type Priority } from "../schema.ts";
import type { Targets } from "../service-levels.ts";

/**
 * What the inbox's settings forms typed, read and checked without I/O: service-level targets
 * (hours and minutes of business time, stored in minutes), opening hours per weekday, a team's
 * names, an advisor's capacity. Every problem comes back at once, as a message key per field, so
 * the form is shown again with what was typed.
 */

export const TARGET_KINDS = ["first", "next", "resolution"] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];
const TARGET_FIELD: Record<TargetKind, keyof Targets> = {
  first: "firstResponseMinutes",
  next: "nextResponseMinutes",
  resolution: "resolutionMinutes",
};
/** A target longer than this (about a year of business hours) is a typing slip. */
export const TARGET_MAX_HOURS = 2000;

export type Typed = Readonly<Record<string, string>>;
type Outcome<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

/** The field name of one target (its hours are `<name>-h`, its minutes `<name>-m`). */
export const targetField = (kind: TargetKind, priority: Priority) => `${kind}-${priority}`;

/** Targets as the form shows them: hours and minutes per field. */
export function typedTargets(targets: Record<Priority, Targets>): Record<string, string> {
  const typed: Record<string, string> = {};
  for (const priority of PRIORITIES)
    for (const kind of TARGET_KINDS) {
      const minutes = targets[priority][TARGET_FIELD[kind]];
      typed[`${targetField(kind, priority)}-h`] = String(Math.floor(minutes / 60));
      typed[`${targetField(kind, priority)}-m`] = String(minutes % 60);
    }
  return typed;
}

function minutesTyped(hours: string, minutes: string): number | "invalid" | "zero" | "tooLong" {
  const h = hours.trim();
  const m = minutes.trim();
  if (!/^\d{0,4}$/.test(h) || !/^\d{0,2}$/.test(m) || (h === "" && m === "")) return "invalid";
  const total = Number(h || 0) * 60 + Number(m || 0);
  if (Number(m || 0) > 59) return "invalid";
  if (total === 0) return "zero";
  if (total > TARGET_MAX_HOURS * 60) return "tooLong";
  return total;
}

export function readTargets(typed: Typed): Outcome<Record<Priority, Targets>> {
  const errors: FieldErrors = {};
  const value = {} as Record<Priority, Targets>;
  for (const priority of PRIORITIES) {
    const targets = {} as Targets;
    for (const kind of TARGET_KINDS) {
      const name = targetField(kind, priority);
      const minutes = minutesTyped(typed[`${name}-h`] ?? "", typed[`${name}-m`] ?? "");
      if (typeof minutes === "number") targets[TARGET_FIELD[kind]] = minutes;
      else errors[name] = `inbox.settings.duration.${minutes}`;
    }
    const resolution = targetField("resolution", priority);
    if (!errors[resolution] && !errors[targetField("first", priority)])
      if (targets.resolutionMinutes < targets.firstResponseMinutes)
        errors[resolution] = "inbox.settings.duration.resolutionBeforeFirst";
    value[priority] = targets;
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, value };
}

export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export type Hours = Map<number, { opens: string; closes: string }>;

/** Opening hours as the form shows them: per weekday, open or not, opens, closes. */
export function typedHours(
  hours: ReadonlyMap<number, { opens: string; closes: string }>,
): Record<string, string> {
  const typed: Record<string, string> = {};
  for (const day of WEEKDAYS) {
    const times = hours.get(day);
    typed[`ouvert-${day}`] = times ? "1" : "";
    typed[`ouvre-${day}`] = times?.opens ?? "09:00";
    typed[`ferme-${day}`] = times?.closes ?? "18:00";
  }
  return typed;
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export function readOpeningHours(typed: Typed): Outcome<Hours> {
  const errors: FieldErrors = {};
  const hours: Hours = new Map();
  for (const day of WEEKDAYS) {
    if (typed[`ouvert-${day}`] !== "1") continue;
    const opens = (typed[`ouvre-${day}`] ?? "").trim();
    const closes = (typed[`ferme-${day}`] ?? "").trim();
    if (!TIME.test(opens) || !TIME.test(closes)) errors[`jour-${day}`] = "inbox.settings.hours.time";
    else if (closes <= opens) errors[`jour-${day}`] = "inbox.settings.hours.closesBeforeOpens";
    else hours.set(day, { opens, closes });
  }
  if (Object.keys(errors).length === 0 && hours.size === 0) errors.jours = "inbox.settings.hours.noOpenDay";
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, value: hours };
}

export interface TeamNames {
  slug: string;
  nameFr: string;
  nameEn: string;
}

export const TEAM_NAME_MAX = 80;
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A team's names; its slug (the address sources ask for it by) only when it is created. */
export function readTeamNames(typed: TeamNames, withSlug: boolean): Outcome<TeamNames> {
  const errors: FieldErrors = {};
  const value = { slug: typed.slug.trim(), nameFr: typed.nameFr.trim(), nameEn: typed.nameEn.trim() };
  if (withSlug && (!SLUG.test(value.slug) || value.slug.length > 40))
    errors.slug = "inbox.settings.team.slugInvalid";
  for (const name of ["nameFr", "nameEn"] as const) {
    if (value[name] === "") errors[name] = "inbox.settings.team.nameMissing";
    else if (value[name].length > TEAM_NAME_MAX) errors[name] = "inbox.settings.team.nameTooLong";
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, value };
}

export const CAPACITY_MAX = 500;

/** How many open conversations an advisor takes at most (0: none given automatically). */
export function readCapacity(typed: string): number | undefined {
  const text = typed.trim();
  if (!/^\d{1,3}$/.test(text)) return undefined;
  const capacity = Number(text);
  return capacity <= CAPACITY_MAX ? capacity : undefined;
}
