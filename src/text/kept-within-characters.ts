/**
 * Values kept by key within a bound in characters (what a value and its key cost, as the owner
 * counts them), the least recently used going first: each value is given a second chance when it
 * was used since it was kept (moved to the end, as if kept again), so a value found costs one
 * lookup instead of being moved on every use. What a page reads many of (a thread's posts' markup
 * and HTML) and what the text checks work out are kept this way; texts come from anyone, so what
 * is kept is bounded whatever they write.
 */
export class KeptWithinCharacters<V> {
  readonly #kept = new Map<string, { value: V; used: boolean }>();
  #characters = 0;

  constructor(
    private readonly maxCharacters: number,
    private readonly charactersOf: (value: V, key: string) => number,
  ) {}

  get(key: string): V | undefined {
    const kept = this.#kept.get(key);
    if (kept === undefined) return undefined;
    kept.used = true;
    return kept.value;
  }

  /**
   * Keeps a value, then makes room for it: the oldest go first, unless used since they were kept.
   * A value larger than the whole bound is not kept, and does not push the others out.
   */
  set(key: string, value: V): void {
    const previous = this.#kept.get(key);
    if (previous !== undefined) this.#characters -= this.charactersOf(previous.value, key);
    this.#kept.delete(key);
    const characters = this.charactersOf(value, key);
    if (characters > this.maxCharacters) return;
    const kept = { value, used: false };
    this.#kept.set(key, kept);
    this.#characters += characters;
    for (const [oldestKey, oldest] of this.#kept) {
      if (this.#characters <= this.maxCharacters) break;
      this.#kept.delete(oldestKey);
      if (oldest.used && oldest !== kept) {
        oldest.used = false;
        this.#kept.set(oldestKey, oldest);
      } else this.#characters -= this.charactersOf(oldest.value, oldestKey);
    }
  }

  clear(): void {
    this.#kept.clear();
    this.#characters = 0;
  }
}
