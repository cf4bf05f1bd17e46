import { slugify } from "./slug.ts";

/**
 * How a member is mentioned: their display name as a slug, then their account number —
 * "@claire-martin-12". Display names are not unique and may change; the number makes a
 * mention point at one person for good, and the name keeps it readable.
 */
export function memberHandle(displayName: string, accountId: number): string {
  return `${slugify(displayName, 30).replace(/^sujet$/, "membre")}-${accountId}`;
}

/** A handle at the start of `text`, as the mention syntax accepts it. */
export const HANDLE_AT_START = /^[a-z0-9]+(?:-[a-z0-9]+)*-(\d{1,15})(?![\p{L}\p{N}_-])/u;

export const profilePath = (accountId: number) => `/membres/${accountId}`;
