/**
 * Values an app instance keeps for a few seconds, so that what every page shows (the unread
 * counter in the header) is not read from the database on every request. Each is per instance:
 * the instance that changes a value forgets it at once (after its commit); another instance
 * shows the change within `ttlMs`. Bounded: past `max` entries, the oldest goes first.
 */
export class ShortMemory<K, V> {
  readonly #entries = new Map<K, { value: V; until: number }>();
  /** Loads in flight: a key asked again while it loads shares the one load. */
  readonly #loading = new Map<K, Promise<V>>();
  /** Bumped by `forget`: a load that began before it does not keep its (older) value. */
  #generation = 0;

  constructor(
    private readonly ttlMs: number,
    private readonly max: number,
    /** Monotonic milliseconds: how long a value was kept is not a date of the app. */
    private readonly now: () => number = () => performance.now(),
  ) {}

  async get(key: K, load: () => Promise<V>): Promise<V> {
    const kept = this.#entries.get(key);
    if (kept && kept.until > this.now()) return kept.value;
    const loading = this.#loading.get(key);
    if (loading) return loading;
    const generation = this.#generation;
    const promise = load().then(
      (value) => {
        if (this.#loading.get(key) === promise) this.#loading.delete(key);
        if (generation === this.#generation) this.#keep(key, value);
        return value;
      },
      (error: unknown) => {
        if (this.#loading.get(key) === promise) this.#loading.delete(key);
        throw error;
      },
    );
    this.#loading.set(key, promise);
    return promise;
  }

  /** The value kept for this key, if it is still fresh; nothing is loaded. */
  peek(key: K): V | undefined {
    const kept = this.#entries.get(key);
    return kept && kept.until > this.now() ? kept.value : undefined;
  }

  #keep(key: K, value: V): void {
    this.#entries.delete(key);
    // Kept for a little less than ttlMs, differently for each key, so that values loaded at the
    // same moment (every advisor's counts at start) are not all loaded again at the same moment.
    const kept = this.ttlMs * (0.8 + 0.2 * Math.random());
    this.#entries.set(key, { value, until: this.now() + kept });
    if (this.#entries.size > this.max) this.#entries.delete(this.#entries.keys().next().value as K);
  }

  forget(key: K): void {
    this.#entries.delete(key);
    this.#loading.delete(key);
    this.#generation++;
  }

  /** After a change that concerns every key (a setting they all depend on). */
  forgetAll(): void {
    this.#entries.clear();
    this.#loading.clear();
    this.#generation++;
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
