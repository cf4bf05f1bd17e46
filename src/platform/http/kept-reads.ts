import { KeptWithinCharacters } from "../../text/kept-within-characters.ts";

/**
 * Reads what a public page shows (public-pages.ts), the same for everyone: kept under the
 * versions of the page's scopes, so a page that is not a kept one (a member's, a visitor's of
 * another address: a newsletter's tracking parameters, a page the kept pages had no room for)
 * reuses the last reading while nothing it shows has changed. `charactersOf` tells what the
 * value costs to keep.
 */
export type KeptRead = <T extends object | undefined>(
  key: string,
  read: () => Promise<T>,
  charactersOf: (value: NonNullable<T>) => number,
) => Promise<T>;

/** For what is not a page to read (a form sent back with its errors): every read goes to the database. */
export const readNow: KeptRead = (_key, read) => read();

/**
 * How long a reading serves at most, whatever the versions say: what a statement works out
 * from the time (the week's best topics) changes without any write, and a write whose versions'
 * move failed after its commit must not leave its readers on the old text for longer.
 */
const MAX_AGE_MS = 60_000;

/**
 * The kept reads of one application (never process-wide: versions belong to one database).
 * A value is kept with the versions it was read under, taken before the read: a write that
 * commits during the read moves them afterwards, so what was read then is never served after
 * the write (the reasoning of kept pages, public-pages.ts); and for a minute at most. Kept
 * values are shared by every page, so they are frozen: a page that changed one would change the
 * next reader's. Bounded in characters; the least recently used go first.
 */
export class KeptReads {
  readonly #kept: KeptWithinCharacters<{
    versions: string;
    until: number;
    value: object;
    characters: number;
  }>;

  constructor(
    maxCharacters = 8 * 1024 * 1024,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.#kept = new KeptWithinCharacters(maxCharacters, (kept, key) => kept.characters + key.length);
  }

  /**
   * The reading for `key` under these versions: kept, or read now and kept. Undefined is never
   * kept: `read` answers it for what is not there (a topic withdrawn, a page past the last).
   */
  async read<T extends object | undefined>(
    key: string,
    versions: string,
    read: () => Promise<T>,
    charactersOf: (value: NonNullable<T>) => number,
  ): Promise<T> {
    const kept = this.#kept.get(key);
    if (kept?.versions === versions && kept.until > this.now()) return kept.value as T;
    const until = this.now() + MAX_AGE_MS;
    const value = await read();
    if (value !== undefined) {
      this.#kept.set(key, {
        versions,
        until,
        value: frozen(value),
        characters: charactersOf(value as NonNullable<T>),
      });
    }
    return value;
  }

  /** Forgets every reading (every page became stale at once: nothing kept would be served again). */
  clear(): void {
    this.#kept.clear();
  }
}

/** The value and everything it holds, frozen. */
function frozen<T>(value: T): T {
  if (typeof value !== "object" || value === null || Object.isFrozen(value)) return value;
  for (const inner of Object.values(value)) frozen(inner);
  return Object.freeze(value);
}
