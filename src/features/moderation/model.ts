/** Moderation's shapes other features may know. */
export type { LabelledFinding } from "./personal-data.ts";
