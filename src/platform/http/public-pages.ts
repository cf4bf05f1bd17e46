import type { FastifyReply, FastifyRequest } from "fastify";
import type pg from "pg";
import type { Db } from "../../db/connect.ts";
import type { LiveEvent, LiveEvents } from "../realtime/events.ts";
import { type KeptRead, KeptReads, readNow } from "./kept-reads.ts";
import { type Moves, PageVersions } from "./page-versions.ts";
import { FLASH_COOKIE, sharedHtmlOf } from "./shared-html.ts";

/**
 * What a kept page depends on: "topic:12", "category:frais-bancaires", "listings"… Each feature
 * names its own; two scopes are the platform's:
 * - every page depends on SITE, which `changed()` without scopes moves (a name or a role changed:
 *   any page may show it);
 * - a page that names nothing depends on ANY_CHANGE too, which every write moves: a page that has
 *   not said what it shows is refreshed after every change, as all pages once were.
 */
export const SITE_SCOPE = "site";
const ANY_CHANGE = "any";

/**
 * Rendered HTML of public pages for visitors who are not signed in, kept in memory.
 *
 * A kept page is filed with the versions of the scopes it depends on, as they were just before
 * it was rendered; it is served while those versions have not moved. Every write that changes
 * what a public page shows moves the versions of its scopes (a reply: its topic, its category,
 * the listings) in the same commit as the change, by its transaction's last statement (or after
 * it committed, outside a command), and no instance sees the new versions before that commit. A
 * page rendered during a write is therefore at worst filed under the old versions and never
 * served after the write. The versions live in
 * `public_page_versions`, shared by every app instance; each instance follows their moves through
 * LISTEN/NOTIFY (page-versions.ts), so serving a kept page needs no statement at all, and asks
 * the table again whenever it is not listening. A reply in one topic leaves every other topic's
 * kept pages as they were.
 */
export class PublicPages {
  readonly #pages = new Map<string, { versions: string; html: Buffer }>();
  readonly #versions: PageVersions;
  readonly #reads = new KeptReads();
  #bytes = 0;

  constructor(
    pool: pg.Pool,
    live: LiveEvents,
    private readonly maxBytes = 16 * 1024 * 1024,
  ) {
    this.#versions = new PageVersions(pool, live);
  }

  /** The versions of these scopes now, as one comparable string (a scope never moved is 0). */
  async versions(scopes: readonly string[]): Promise<string> {
    return (await this.#versions.of(scopes)).join(" ");
  }

  /**
   * The kept pages a committed write changed, moved at once (in a command, `ctx.pagesChanged`
   * moves them with its transaction): the scopes it changed; without scopes, every kept page is
   * dropped. `also`: a live event to publish in the same round trip (platform/realtime/events.ts).
   */
  async changed(scopes: readonly string[] = [], also?: LiveEvent): Promise<void> {
    const changes = this.changes();
    changes.add(scopes, also);
    await changes.move();
    changes.committed();
  }

  /** The changes of one command, gathered as it runs and moved by its last statement. */
  changes(): PageChanges {
    return new PageChanges(this.#versions, () => this.#clear());
  }

  /**
   * Serves the page from memory when it can, otherwise renders it with `render` and keeps the
   * result if it is an ordinary 200 page, the same for every visitor. Signed-in people, pending
   * flash messages and pages with a form (their CSRF token is personal) always go through `render`.
   * `dependsOn` names what the page shows; a page that names nothing is refreshed after any change.
   * `render` may read through `keep` what depends on those scopes only, and is the same for
   * everyone (a topic's posts, not what this member marked): kept under the same versions
   * (kept-reads.ts), it serves visitors' and members' pages alike, since a member's page is
   * rendered for them but shows what everyone reads.
   */
  async serve(
    request: FastifyRequest,
    reply: FastifyReply,
    render: (keep: KeptRead) => Promise<FastifyReply>,
    dependsOn: readonly string[] = [ANY_CHANGE],
  ): Promise<FastifyReply> {
    if (request.method !== "GET") return render(readNow);
    const scopes = [SITE_SCOPE, ...dependsOn];
    // A member's page asks the versions only when it keeps a reading (most keep none).
    if (request.actor || request.cookies[FLASH_COOKIE] !== undefined)
      return render(this.#keeping(() => this.versions(scopes)));
    // The banner, the videos and the measurement follow the visitor's cookie choice.
    const page = request.pageCookies;
    const cookies = page ? `${+page.ask}${+page.videos}${+page.audience}` : "-";
    const key = `${request.i18n.locale} ${cookies} ${request.url}`;
    const versions = await this.versions(scopes);
    const hit = this.#pages.get(key);
    if (hit?.versions === versions) {
      // Refresh its place in the insertion order: the Map then evicts the least recently used.
      this.#pages.delete(key);
      this.#pages.set(key, hit);
      return reply
        .header("cache-control", "no-store")
        .header("x-confiance-cache", "hit")
        .type("text/html; charset=utf-8")
        .send(hit.html);
    }
    const sent = await render(this.#keeping(async () => versions));
    const html = sharedHtmlOf(reply);
    if (reply.statusCode === 200 && html !== undefined) this.#keep(key, versions, html);
    return sent;
  }

  /**
   * A page's `keep`: its readings filed under the versions `versionsNow` gives, asked once,
   * before the first read.
   */
  #keeping(versionsNow: () => Promise<string>): KeptRead {
    let versions: Promise<string> | undefined;
    return async (key, read, charactersOf) => {
      versions ??= versionsNow();
      return this.#reads.read(key, await versions, read, charactersOf);
    };
  }

  #keep(key: string, versions: string, html: Buffer) {
    const old = this.#pages.get(key);
    if (old) {
      this.#bytes -= old.html.byteLength;
      this.#pages.delete(key);
    }
    if (html.byteLength > this.maxBytes / 8) return;
    this.#pages.set(key, { versions, html });
    this.#bytes += html.byteLength;
    for (const [oldestKey, oldest] of this.#pages) {
      if (this.#bytes <= this.maxBytes) break;
      this.#pages.delete(oldestKey);
      this.#bytes -= oldest.html.byteLength;
    }
  }

  #clear() {
    this.#pages.clear();
    this.#reads.clear();
    this.#bytes = 0;
  }
}

/**
 * What the writes of one command changed, moved together in one statement: the last of its
 * transaction (runCommand), so that the version rows every writer moves (the listings, ANY_CHANGE)
 * stay locked only while it commits, and the new versions, the notification to other instances
 * and the change itself become visible at the same commit. This instance learns the versions
 * once committed (`committed`): a page rendered here meanwhile is filed under the old ones.
 */
export class PageChanges {
  #siteWide = false;
  readonly #scopes = new Set<string>();
  readonly #events: LiveEvent[] = [];
  #moved: Moves = null;

  constructor(
    private readonly versions: PageVersions,
    private readonly clear: () => void,
  ) {}

  /** Without scopes: every kept page. `also`: a live event told with the move. */
  add(scopes: readonly string[] = [], also?: LiveEvent): void {
    if (scopes.length === 0) this.#siteWide = true;
    for (const scope of scopes) this.#scopes.add(scope);
    if (also) this.#events.push(also);
  }

  /** On the pool, or in the transaction `within` (then call `committed` after its commit). */
  async move(within?: Db): Promise<void> {
    if (!this.#siteWide && this.#scopes.size === 0 && this.#events.length === 0) return;
    // Every page depends on SITE; a page that named nothing, on ANY_CHANGE, which every write moves.
    const scopes = this.#siteWide ? [SITE_SCOPE] : [...this.#scopes, ANY_CHANGE];
    this.#moved = await this.versions.move(scopes, this.#events, within);
  }

  committed(): void {
    this.versions.learn(this.#moved);
    if (this.#siteWide) this.clear();
  }
}
