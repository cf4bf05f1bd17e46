import { createHash } from "node:crypto";
import type { VNode } from "preact";
import { jsxTemplate } from "preact/jsx-runtime";
import { renderToString } from "preact-render-to-string";

/**
 * Where a kept fragment's forms carry their CSRF token: the page's own token is written in when
 * the page is sent (render.ts), so one fragment serves every member. A NUL character cannot come
 * from anything a person wrote: the input guard refuses control characters and Markdown replaces
 * NUL, so no text can ask for a token to be written into it.
 */
export const CSRF_SLOT = "\u0000csrf\u0000";

/**
 * Rendered HTML of page fragments (a post of a thread), kept by everything that decides their
 * markup: the caller names those facts (the post as shown, what this reader may do with it, the
 * language), and the same facts give the same HTML, so nothing needs forgetting when a post
 * changes: its new facts make a new entry, and the old one ages out. Shared by visitors' and
 * members' pages: most members see a post exactly as the next member does.
 * Bounded in bytes; the least recently used go first.
 */
export class RenderedFragments {
  readonly #kept = new Map<string, string>();
  #bytes = 0;

  constructor(private readonly maxBytes = 32 * 1024 * 1024) {}

  /** The fragment for these facts: kept HTML when there is, otherwise `render` rendered and kept. */
  html(facts: unknown, render: () => VNode): string {
    const key = createHash("sha1").update(JSON.stringify(facts)).digest("base64");
    const kept = this.#kept.get(key);
    if (kept !== undefined) {
      this.#kept.delete(key);
      this.#kept.set(key, kept);
      return kept;
    }
    const html = renderToString(render());
    this.#kept.set(key, html);
    this.#bytes += html.length;
    for (const [oldestKey, oldest] of this.#kept) {
      if (this.#bytes <= this.maxBytes) break;
      this.#kept.delete(oldestKey);
      this.#bytes -= oldest.length;
    }
    return html;
  }
}

/** Rendered HTML placed as it is in a page: only for HTML this application rendered itself. */
export function renderedHtml(html: string): VNode {
  return jsxTemplate([html]) as VNode;
}
