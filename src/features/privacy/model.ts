/** Privacy's shapes other features may know. */
export type { Evidence } from "./consents.ts";
export type { KeepReason } from "./personal-data-map.ts";
export type { ConsentChannel } from "./schema.ts";

/** For the DPO's staff home: requests waiting, near or past their legal due day. */
export interface RequestDeadlines {
  /** Requests waiting for the DPO (identity checks included). */
  open: number;
  /** Due within `withinDays` days (when the DPO is reminded), not yet late. */
  dueSoon: number;
  withinDays: number;
  overdue: number;
}
