import { KeptWithinCharacters } from "./kept-within-characters.ts";

/** What remembering one more text costs besides its characters (its entry, its result), counted as characters. */
const ENTRY_CHARACTERS = 32;

/**
 * A pure function of a text, remembered for the texts it was last asked about, within a number
 * of characters (kept-within-characters.ts: the least recently used forgotten first, a text longer
 * than all the characters never kept). A post's text goes through several checks on its way to
 * publication, each reading its links or personal data again, and a community's words repeat from
 * post to post: this works each one out once. What it gives back is shared between callers:
 * read-only.
 */
export function rememberedFor<T>(characters: number, work: (text: string) => T): (text: string) => T {
  const kept = new KeptWithinCharacters<{ result: T }>(
    characters,
    (_found, text) => text.length + ENTRY_CHARACTERS,
  );
  return (text) => {
    const found = kept.get(text);
    if (found !== undefined) return found.result;
    const result = work(text);
    kept.set(text, { result });
    return result;
  };
}
