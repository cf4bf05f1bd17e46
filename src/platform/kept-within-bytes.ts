/**
 * Values kept by key within a bound in bytes (a string's length stands for its bytes), the least
 * recently used going first: each value is given a second chance when it was used since it was
 * kept (moved to the end, as if kept again), so a value found costs one lookup instead of being
 * moved on every use. For what a page reads many of (a thread's posts), kept by what makes them.
 */
export class KeptWithinBytes<V> {
  readonly #kept = new Map<string, { value: V; used: boolean }>();
  #bytes = 0;

  constructor(
    private readonly maxBytes: number,
    private readonly bytesOf: (value: V) => number,
  ) {}

  get(key: string): V | undefined {
    const kept = this.#kept.get(key);
    if (kept === undefined) return undefined;
    kept.used = true;
    return kept.value;
  }

  /** Keeps a value, then makes room for it: the oldest go first, unless used since they were kept. */
  set(key: string, value: V): void {
    const previous = this.#kept.get(key);
    if (previous !== undefined) this.#bytes -= this.bytesOf(previous.value);
    this.#kept.delete(key);
    const kept = { value, used: false };
    this.#kept.set(key, kept);
    this.#bytes += this.bytesOf(value);
    for (const [oldestKey, oldest] of this.#kept) {
      if (this.#bytes <= this.maxBytes) break;
      this.#kept.delete(oldestKey);
      if (oldest.used && oldest !== kept) {
        oldest.used = false;
        this.#kept.set(oldestKey, oldest);
      } else this.#bytes -= this.bytesOf(oldest.value);
    }
  }
}
