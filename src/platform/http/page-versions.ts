import type pg from "pg";
import type { Db } from "../../db/connect.ts";
import { executeNamed, positional } from "../../db/prepared.ts";
import { type LiveEvent, LiveEvents } from "../realtime/events.ts";

/** The live events' key for moved versions: `{ scope: version, … }`. */
const MOVED = "public-page-versions";
/** Versions known beyond this many scopes are forgotten and learnt again as pages are asked for. */
const MAX_KNOWN = 50_000;
/**
 * The known versions are trusted while every move committed more than this long ago is known
 * to have been heard (the listening connection is proved every second): a connection gone silent
 * without breaking leaves a visitor a page at most this late, then the table is asked again.
 */
const TRUSTED_MS = 3_000;

/**
 * The versions of the scopes kept pages depend on (public-pages.ts), kept in step with the table.
 *
 * `public_page_versions` is the truth. Every move of versions notifies every instance in the same
 * statement (LISTEN/NOTIFY, platform/realtime), so while this instance listens it knows a scope's
 * version without asking: it reads a scope from the table the first time it is asked for, then
 * learns its moves from the notifications, keeping the greater version (versions only grow, since
 * they come from one sequence, so the order in which a read and a notification arrive does not
 * matter). A kept page is then served without any statement.
 *
 * While not listening (before the first page, after the connection broke and until it listens
 * again) every question goes to the table, as it always did; so does every question while the
 * listening connection has not been proved for TRUSTED_MS (it may have gone silent: its
 * notifications would then arrive late, or never). A move on another instance is seen here as
 * soon as its notification arrives, a few milliseconds after its commit; a move made on this
 * instance is known at once.
 */
/** Scopes and the versions a move gave them (null: nothing moved). */
export type Moves = Record<string, number> | null;

const MOVE = {
  name: "public_page_versions_move",
  text: `with moved as (
           insert into public_page_versions (scope, version)
           select scope, nextval('public_pages_epoch') from unnest($1::text[]) as moved(scope) order by scope
           on conflict (scope) do update set version = nextval('public_pages_epoch')
           returning scope, version)
         select json_object_agg(scope, version) as moved,
                ${LiveEvents.notifyExpression(MOVED, "json_object_agg(scope, version)")},
                ${LiveEvents.notifyPayloadsExpression("$2")}
         from moved`,
};

export class PageVersions {
  /** Defined only while listening; dropped, with every read in flight, when the connection broke. */
  #known: Map<string, number> | undefined;
  #generation = 0;
  #following: Promise<unknown> | undefined;

  constructor(
    private readonly pool: pg.Pool,
    private readonly live: LiveEvents,
  ) {}

  /** The versions of these scopes now, in their order (a scope never moved is 0). */
  async of(scopes: readonly string[]): Promise<number[]> {
    this.#follow();
    const known = this.#known;
    if (!known || !this.live.heardWithin(TRUSTED_MS)) return this.#read(scopes);
    const missing = scopes.filter((scope) => !known.has(scope));
    if (missing.length > 0) {
      const generation = this.#generation;
      const read = await this.#read(missing);
      // The connection broke, or the known versions were forgotten, during the read.
      if (generation !== this.#generation) return this.#read(scopes);
      for (const [i, scope] of missing.entries()) this.#learn(known, scope, read[i]!);
    }
    return scopes.map((scope) => known.get(scope)!);
  }

  /**
   * Moves these scopes to new versions and tells every instance, in one statement: on the pool
   * (the caller's write has committed), or as the last statement of the caller's transaction
   * `within`, whose commit makes the new versions, the notification and the write visible at
   * once. `events`: live events that go out in the same statement (a reply's, to those reading
   * its topic). What moved, for `learn` once committed.
   */
  async move(scopes: readonly string[], events: readonly LiveEvent[] = [], within?: Db): Promise<Moves> {
    // Sorted: two writers moving overlapping scopes lock their rows in the same order. A row
    // already there takes its version once locked, so of two writers the later to commit holds
    // the greater version (what the known versions' "keep the greater" rule needs).
    const values = [[...scopes].sort(), events.map((event) => LiveEvents.payload(event))];
    const { rows } = within
      ? await executeNamed<{ moved: Moves }>(within, MOVE.name, positional(MOVE.text, values))
      : await this.pool.query<{ moved: Moves }>({ ...MOVE, values });
    return rows[0]?.moved ?? null;
  }

  /** What a committed `move` did, known here at once (other instances hear it). */
  learn(moved: Moves) {
    const known = this.#known;
    if (!known || moved === null) return;
    for (const [scope, version] of Object.entries(moved)) this.#learn(known, scope, Number(version));
  }

  async #read(scopes: readonly string[]): Promise<number[]> {
    const result = await this.pool.query<{ scope: string; version: string }>({
      name: "public_page_versions",
      text: "select scope, version from public_page_versions where scope = any($1::text[])",
      values: [scopes],
    });
    const found = new Map(result.rows.map((row) => [row.scope, Number(row.version)]));
    return scopes.map((scope) => found.get(scope) ?? 0);
  }

  #heard(moved: unknown) {
    if (typeof moved === "object" && moved !== null) this.learn(moved as Record<string, number>);
  }

  #learn(known: Map<string, number>, scope: string, version: number) {
    if (!(version <= (known.get(scope) ?? -1))) known.set(scope, version);
    if (known.size > MAX_KNOWN) this.#begin();
  }

  /** Starts listening once, at the first question; commands that serve no page never do. */
  #follow() {
    this.#following ??= this.live
      .subscribe(MOVED, (moved) => this.#heard(moved), {
        lost: () => this.#forget(),
        resumed: () => this.#begin(),
      })
      .then(
        () => this.#begin(),
        // Not listening (database away, or closing): the table answers; the next question tries again.
        () => {
          this.#following = undefined;
        },
      );
  }

  #begin() {
    this.#generation++;
    this.#known = this.live.listening ? new Map() : undefined;
  }

  #forget() {
    this.#generation++;
    this.#known = undefined;
  }
}
