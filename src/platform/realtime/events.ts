import type pg from "pg";
import { loggableError } from "../http/loggable-error.ts";

const CHANNEL = "confiance_events";
/** How long after a proof of the listening connection answered the next one is sent. */
const HEARTBEAT_MS = 1_000;
/** How long a proof may take before the connection is taken for broken and listened on again. */
const PROOF_TIMEOUT_MS = 5_000;
/** A proof: the round trip alone matters (named, so that counts of a page's statements leave it out). */
export const HEARTBEAT_SQL = "select 1 /* live events: heartbeat */";
/** How long to wait before listening again after the connection broke, growing to a minute. */
const RETRY_MS = [1_000, 2_000, 5_000, 15_000, 60_000];

type Listener = (data: unknown) => void;

/** What live pages hear: "topic:12" and what happened in it. */
export interface LiveEvent {
  key: string;
  data: unknown;
}

/** The event a notification's payload holds, if `publish` wrote it. */
function eventOf(payload: string): LiveEvent | undefined {
  try {
    const event: unknown = JSON.parse(payload);
    if (typeof event === "object" && event !== null && "key" in event && typeof event.key === "string")
      return { key: event.key, data: "data" in event ? event.data : undefined };
  } catch {
    // Not JSON: not one of ours.
  }
  return undefined;
}

/**
 * What a subscriber that keeps state from the events needs to know about the connection: while
 * it is broken, events are lost. `lost` is called as soon as the break is seen; `resumed` once
 * listening again on a fresh connection (events sent in between were never heard).
 */
export interface ConnectionWatch {
  lost(): void;
  resumed(): void;
}

/**
 * Live events between app instances, through PostgreSQL LISTEN/NOTIFY: a reply written on one
 * instance reaches the people watching that topic on every instance. One pooled connection is
 * held for listening, and only once someone subscribes (commands and tests never hold one). The
 * connection is proved alive every few seconds, and listened on again after it broke.
 */
export class LiveEvents {
  readonly #listeners = new Map<string, Set<Listener>>();
  readonly #watches = new Set<ConnectionWatch>();
  #client: pg.PoolClient | undefined;
  #connecting: Promise<void> | undefined;
  #heartbeat: NodeJS.Timeout | undefined;
  /** When the last answered proof was sent (performance.now()): every event committed before it was heard. */
  #provedAt = 0;
  #retries = 0;
  #closed = false;

  constructor(private readonly pool: pg.Pool) {}

  /**
   * The SQL expression that publishes `{ key, data }` as `publish` does, for a statement that
   * both changes something and tells every instance (delivered when its transaction commits).
   * `key` is constant text; `dataSql` an SQL expression of the event's JSON data.
   */
  static notifyExpression(key: string, dataSql: string): string {
    if (!/^[a-z][a-z0-9:-]*$/.test(key)) throw new Error(`An event key must be constant text: ${key}`);
    return `pg_notify('${CHANNEL}', json_build_object('key', '${key}', 'data', ${dataSql})::text)`;
  }

  /**
   * The SQL expression that publishes every event of the text array `paramSql` (each written by
   * `payload`; an empty array publishes nothing), for a statement that also does something else.
   */
  static notifyPayloadsExpression(paramSql: string): string {
    return `(select count(pg_notify('${CHANNEL}', event)) from unnest(${paramSql}::text[]) as events(event))`;
  }

  /** An event as `publish` sends it, for `notifyPayloadsExpression`. */
  static payload(event: LiveEvent): string {
    return JSON.stringify({ key: event.key, data: event.data });
  }

  /** Tells every instance; call after the transaction that made the change has committed. */
  async publish(key: string, data: unknown): Promise<void> {
    await this.pool.query({
      name: "live_events_publish",
      text: "select pg_notify($1, $2)",
      values: [CHANNEL, LiveEvents.payload({ key, data })],
    });
  }

  /** Resolves once listening; `watch` hears of breaks and resumptions of the connection. */
  async subscribe(key: string, listener: Listener, watch?: ConnectionWatch): Promise<() => void> {
    await this.#listen();
    const set = this.#listeners.get(key) ?? new Set();
    set.add(listener);
    this.#listeners.set(key, set);
    if (watch) this.#watches.add(watch);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.#listeners.delete(key);
      if (watch) this.#watches.delete(watch);
    };
  }

  /** Whether events are heard now (false before the first subscription, during a break, after close). */
  get listening(): boolean {
    return this.#client !== undefined && !this.#closed;
  }

  /**
   * Whether every event committed more than `ms` ago is known to have been heard: listening, and
   * a proof sent since then has answered (PostgreSQL delivers the notifications it holds before
   * answering). A connection that goes silent (a network cut, a frozen server) is only taken for
   * broken once a proof waited PROOF_TIMEOUT_MS; a subscriber that keeps state asks this first.
   */
  heardWithin(ms: number): boolean {
    return this.listening && performance.now() - this.#provedAt <= ms;
  }

  /** How many are watching, for /metrics and tests. */
  get subscribers(): number {
    let n = 0;
    for (const set of this.#listeners.values()) n += set.size;
    return n;
  }

  #listen(): Promise<void> {
    if (this.#closed) return Promise.reject(new Error("Live events are closed."));
    if (this.#client) return Promise.resolve();
    this.#connecting ??= (async () => {
      const client = await this.pool.connect();
      // Heard inside pg's reading of the socket: what throws here would end the process and leave
      // the connection's messages half read. A notification not written by `publish` (anyone
      // may notify the channel) is ignored; a listener that throws does not keep the others from hearing.
      client.on("notification", (message) => {
        if (message.channel !== CHANNEL || !message.payload) return;
        const event = eventOf(message.payload);
        for (const listener of (event && this.#listeners.get(event.key)) ?? [])
          try {
            listener(event!.data);
          } catch (error) {
            console.error("A live event's listener failed", loggableError(error));
          }
      });
      // The connection broke (database restart, failover): listen again on a fresh one.
      client.on("error", () => this.#broken(client));
      const listenSentAt = performance.now();
      try {
        await client.query(`listen ${CHANNEL}`);
      } catch (error) {
        client.release(true);
        throw error;
      }
      if (this.#closed) {
        client.release(true);
        throw new Error("Live events are closed.");
      }
      this.#client = client;
      this.#retries = 0;
      this.#provedAt = listenSentAt;
      this.#beat(client);
    })().finally(() => {
      this.#connecting = undefined;
    });
    return this.#connecting;
  }

  /** The next proof of this connection, one at a time, while it is the one listened on. */
  #beat(client: pg.PoolClient) {
    if (this.#client !== client || this.#closed) return;
    this.#heartbeat = setTimeout(() => void this.#prove(client), HEARTBEAT_MS);
    // The heartbeat alone never keeps the process alive (a test's, or a stopping server's).
    this.#heartbeat.unref();
  }

  /** A round trip on the listening connection: events committed before it have been heard. */
  async #prove(client: pg.PoolClient) {
    const sentAt = performance.now();
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error("The listening connection does not answer.")),
        PROOF_TIMEOUT_MS,
      );
    });
    try {
      await Promise.race([client.query(HEARTBEAT_SQL), late]);
      if (this.#client === client) this.#provedAt = sentAt;
      this.#beat(client);
    } catch {
      this.#broken(client);
    } finally {
      clearTimeout(timer);
    }
  }

  #broken(client: pg.PoolClient) {
    if (this.#client !== client) return;
    this.#client = undefined;
    clearTimeout(this.#heartbeat);
    client.release(true);
    for (const watch of this.#watches) watch.lost();
    this.#again();
  }

  #again() {
    if (this.#closed || this.#listeners.size === 0) return;
    const delay = RETRY_MS[Math.min(this.#retries++, RETRY_MS.length - 1)];
    setTimeout(() => {
      this.#listen().then(
        () => {
          for (const watch of this.#watches) watch.resumed();
        },
        () => this.#again(),
      );
    }, delay).unref();
  }

  /** Lets the pool close: stops listening and forgets every subscriber. */
  async close(): Promise<void> {
    this.#closed = true;
    await this.#connecting?.catch(() => {});
    this.#listeners.clear();
    // What a subscriber kept from the events is no longer kept in step.
    for (const watch of this.#watches) watch.lost();
    this.#watches.clear();
    clearTimeout(this.#heartbeat);
    // Let go first: the connection may break while unlistening, and is then released as broken.
    const client = this.#client;
    this.#client = undefined;
    if (client) {
      const unlistened = await client.query(`unlisten ${CHANNEL}`).then(
        () => true,
        () => false,
      );
      client.release(!unlistened);
    }
  }
}
