/**
 * The ids a reader passed that were not there. A source's ids are handed out before commit, so a
 * row may appear after a larger one was read: the id it holds is a gap, read again on the next
 * runs until the row is there or the gap is too old to be a transaction still running (a rolled
 * back insert, a row deleted since). Pure: the catch-up stores them with its cursor.
 */

/** [id, first missed at (ms)]: the shape kept in sentiment_cursors.gaps. */
export type Gap = readonly [id: number, since: number];

/** Longer than any transaction of ours that writes a message: past this, a gap is given up. */
export const GAP_MS = 5 * 60_000;
/** At most this many gaps a source (the newest kept): a jump of the ids is not read id by id. */
export const MAX_GAPS = 10_000;

/** The ids missing between `after` and each of these ids (ascending), first missed at `now`. */
export function gapsPassed(after: number, ids: readonly number[], now: number): Gap[] {
  const gaps: Gap[] = [];
  let previous = after;
  for (const id of ids) {
    // Only the last MAX_GAPS ids of a long jump could matter: the older ones would be cut below.
    for (let missing = Math.max(previous + 1, id - MAX_GAPS); missing < id; missing++)
      gaps.push([missing, now]);
    previous = Math.max(previous, id);
  }
  return gaps;
}

/** The gaps still worth reading at `now`, without those found, the newest MAX_GAPS at most. */
export function gapsKept(gaps: readonly Gap[], found: ReadonlySet<number>, now: number): Gap[] {
  return gaps.filter(([id, since]) => !found.has(id) && now - since < GAP_MS).slice(-MAX_GAPS);
}
