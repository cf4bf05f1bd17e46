/**
 * Values an app instance keeps for a few seconds, so that what every page shows (the unread
 * counter in the header) is not read from the database on every request. Each is per instance:
 * the instance that changes a value forgets it at once (after its commit); another instance
 * shows the change within `ttlMs`. Bounded: past `max` entries, the oldest goes first.
 */
export class ShortMemory<K, V> {
  readonly #entries = new Map<K, { value: V; until: number }>();

  constructor(
    private readonly ttlMs: number,
    private readonly max: number,
    /** Monotonic milliseconds: how long a value was kept is not a date of the app. */
    private readonly now: () => number = () => performance.now(),
  ) {}

  async get(key: K, load: () => Promise<V>): Promise<V> {
    const kept = this.#entries.get(key);
    if (kept && kept.until > this.now()) return kept.value;
    const value = await load();
    this.#entries.delete(key);
    this.#entries.set(key, { value, until: this.now() + this.ttlMs });
    if (this.#entries.size > this.max) this.#entries.delete(this.#entries.keys().next().value as K);
    return value;
  }

  forget(key: K): void {
    this.#entries.delete(key);
  }
}

/** The short memories of one app instance, by name; a feature asks for its own. */
export class ShortMemories {
  readonly #all = new Map<string, ShortMemory<unknown, unknown>>();

  of<K, V>(name: string, options: { ttlMs: number; max: number }): ShortMemory<K, V> {
    let memory = this.#all.get(name);
    if (!memory) {
      memory = new ShortMemory<unknown, unknown>(options.ttlMs, options.max);
      this.#all.set(name, memory);
    }
    return memory as ShortMemory<K, V>;
  }
}
