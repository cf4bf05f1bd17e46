import type pg from "pg";

const CHANNEL = "confiance_events";

type Listener = (data: unknown) => void;

/**
 * Live events between app instances, through PostgreSQL LISTEN/NOTIFY: a reply written on one
 * instance reaches the people watching that topic on every instance. One pooled connection is
 * held for listening, and only once someone subscribes (commands and tests never hold one).
 */
export class LiveEvents {
  readonly #listeners = new Map<string, Set<Listener>>();
  #client: pg.PoolClient | undefined;
  #connecting: Promise<void> | undefined;
  #closed = false;

  constructor(private readonly pool: pg.Pool) {}

  /** Tells every instance; call after the transaction that made the change has committed. */
  async publish(key: string, data: unknown): Promise<void> {
    await this.pool.query("select pg_notify($1, $2)", [CHANNEL, JSON.stringify({ key, data })]);
  }

  async subscribe(key: string, listener: Listener): Promise<() => void> {
    await this.#listen();
    const set = this.#listeners.get(key) ?? new Set();
    set.add(listener);
    this.#listeners.set(key, set);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.#listeners.delete(key);
    };
  }

  /** How many are watching, for /metrics and tests. */
  get subscribers(): number {
    let n = 0;
    for (const set of this.#listeners.values()) n += set.size;
    return n;
  }

  #listen(): Promise<void> {
    if (this.#client || this.#closed) return Promise.resolve();
    this.#connecting ??= (async () => {
      const client = await this.pool.connect();
      client.on("notification", (message) => {
        if (message.channel !== CHANNEL || !message.payload) return;
        const { key, data } = JSON.parse(message.payload) as { key: string; data: unknown };
        for (const listener of this.#listeners.get(key) ?? []) listener(data);
      });
      client.on("error", () => {
        // The connection broke (database restart): listen again on a fresh one.
        this.#client?.release(true);
        this.#client = undefined;
        this.#connecting = undefined;
        if (!this.#closed && this.#listeners.size > 0)
          setTimeout(() => void this.#listen().catch(() => {}), 1000);
      });
      await client.query(`listen ${CHANNEL}`);
      this.#client = client;
    })().finally(() => {
      this.#connecting = undefined;
    });
    return this.#connecting;
  }

  /** Lets the pool close: stops listening and forgets every subscriber. */
  async close(): Promise<void> {
    this.#closed = true;
    await this.#connecting?.catch(() => {});
    this.#listeners.clear();
    if (this.#client) {
      await this.#client.query(`unlisten ${CHANNEL}`).catch(() => {});
      this.#client.release();
      this.#client = undefined;
    }
  }
}
