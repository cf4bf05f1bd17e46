import { sql } from "drizzle-orm";
import type { FastifyReply, FastifyRequest } from "fastify";
import type { Db } from "../../db/connect.ts";
import { FLASH_COOKIE, sharedHtmlOf } from "./shared-html.ts";

/**
 * Rendered HTML of public pages for visitors who are not signed in, kept in memory.
 *
 * Every write that changes what a public page shows moves the `public_pages_epoch` sequence
 * forward *after* its transaction commits. A cached page is served only while the epoch it was
 * rendered under is still the current one. A page rendered during a write is therefore at worst
 * filed under the old epoch and never served after the write. This holds across app instances,
 * since they all read the same sequence: one cheap query per request instead of the page's
 * queries and render.
 */
export class PublicPages {
  readonly #pages = new Map<string, { epoch: string; html: string }>();
  #bytes = 0;

  constructor(
    private readonly db: Db,
    private readonly maxBytes = 16 * 1024 * 1024,
  ) {}

  async epoch(): Promise<string> {
    const result = await this.db.execute<{ last_value: string; is_called: boolean }>(
      sql`select last_value, is_called from public_pages_epoch`,
    );
    const row = result.rows[0]!;
    return row.is_called ? String(row.last_value) : "0";
  }

  /** Call after the transaction that changed public content has committed. */
  async changed(): Promise<void> {
    await this.db.execute(sql`select nextval('public_pages_epoch')`);
    this.#clear();
  }

  /**
   * Serves the page from memory when it can, otherwise renders it with `render` and keeps the
   * result if it is an ordinary 200 page, the same for every visitor. Signed-in people, pending
   * flash messages and pages with a form (their CSRF token is personal) always go through `render`.
   */
  async serve(
    request: FastifyRequest,
    reply: FastifyReply,
    render: () => Promise<FastifyReply>,
  ): Promise<FastifyReply> {
    if (request.actor || request.method !== "GET" || request.cookies[FLASH_COOKIE] !== undefined)
      return render();
    // The banner, the videos and the measurement follow the visitor's cookie choice.
    const page = request.pageCookies;
    const cookies = page ? `${+page.ask}${+page.videos}${+page.audience}` : "-";
    const key = `${request.i18n.locale} ${cookies} ${request.url}`;
    const epoch = await this.epoch();
    const hit = this.#pages.get(key);
    if (hit?.epoch === epoch) {
      // Refresh its place in the insertion order: the Map then evicts the least recently used.
      this.#pages.delete(key);
      this.#pages.set(key, hit);
      return reply
        .header("cache-control", "no-store")
        .header("x-confiance-cache", "hit")
        .type("text/html; charset=utf-8")
        .send(hit.html);
    }
    const sent = await render();
    const html = sharedHtmlOf(reply);
    if (reply.statusCode === 200 && html !== undefined) this.#keep(key, epoch, html);
    return sent;
  }

  #keep(key: string, epoch: string, html: string) {
    const old = this.#pages.get(key);
    if (old) {
      this.#bytes -= old.html.length;
      this.#pages.delete(key);
    }
    if (html.length > this.maxBytes / 8) return;
    this.#pages.set(key, { epoch, html });
    this.#bytes += html.length;
    for (const [oldestKey, oldest] of this.#pages) {
      if (this.#bytes <= this.maxBytes) break;
      this.#pages.delete(oldestKey);
      this.#bytes -= oldest.html.length;
    }
  }

  #clear() {
    this.#pages.clear();
    this.#bytes = 0;
  }
}
