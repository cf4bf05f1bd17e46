import type { EmailChoice, NotificationKind } from "./schema.ts";

/** What pacing needs to know of a notification claimed for e-mail. */
export interface PacedNotification {
  id: number;
  account_id: number;
  topic_id: number;
  kind: NotificationKind;
  /** An earlier e-mail about its topic is still unread (read in the claim's statement). */
  waits: boolean;
}

/**
 * The notifications that get an e-mail of their own. Immediately, a reply waits when an earlier
 * e-mail about its topic is unread (the claim says so), or when this batch already tells the
 * member of the topic; in the digest, every one is listed.
 */
export function toldOncePerTopic<T extends PacedNotification>(
  rows: readonly T[],
  mode: Exclude<EmailChoice, "off">,
): T[] {
  if (mode === "daily") return [...rows];
  const told = new Set<string>();
  const kept: T[] = [];
  for (const row of [...rows].sort((a, b) => a.id - b.id)) {
    const topic = `${row.account_id}:${row.topic_id}`;
    if (row.kind === "reply" && (row.waits || told.has(topic))) continue;
    told.add(topic);
    kept.push(row);
  }
  return kept;
}
