import { createHash } from "node:crypto";
import type { VNode } from "preact";
import { jsxTemplate } from "preact/jsx-runtime";
import { renderToString } from "preact-render-to-string";
import { KeptWithinCharacters } from "../../text/kept-within-characters.ts";

/**
 * Where a kept fragment's forms carry their CSRF token: each page writes its own token in when it
 * places the fragment (render.ts), so one fragment serves every member. A NUL character cannot come
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
 * Bounded in characters; the least recently used go first.
 */
export class RenderedFragments {
  /** Each fragment's HTML cut at its CSRF slots (one piece when it holds no form). */
  readonly #kept: KeptWithinCharacters<string[]>;

  constructor(maxCharacters = 32 * 1024 * 1024) {
    this.#kept = new KeptWithinCharacters(maxCharacters, (pieces) =>
      pieces.reduce((characters, piece) => characters + piece.length, 0),
    );
  }

  /**
   * The fragment for these facts, kept or rendered by `render` and kept, with `csrfToken()` in
   * its slots (asked only when the fragment holds a form).
   */
  html(facts: unknown, render: () => VNode, csrfToken: () => string): string {
    const written = factsKey(facts);
    const key = written.length > 1024 ? createHash("sha1").update(written).digest("base64") : written;
    let pieces = this.#kept.get(key);
    if (pieces === undefined) {
      pieces = renderToString(render()).split(CSRF_SLOT);
      this.#kept.set(key, pieces);
    }
    return pieces.length === 1 ? pieces[0]! : pieces.join(csrfToken());
  }
}

/**
 * The facts written as one string, the same for the same facts: like JSON, but a date is its
 * time in milliseconds (writing dates as ISO text was most of a listing's cost).
 */
export function factsKey(value: unknown): string {
  if (value === null || value === undefined) return "~";
  switch (typeof value) {
    case "string":
      return JSON.stringify(value);
    case "number":
    case "boolean":
      return String(value);
    case "object": {
      if (value instanceof Date) return `@${value.getTime()}`;
      let written = Array.isArray(value) ? "[" : "{";
      if (Array.isArray(value)) for (const item of value) written += `${factsKey(item)},`;
      else for (const [name, item] of Object.entries(value)) written += `${name}:${factsKey(item)},`;
      return `${written}${Array.isArray(value) ? "]" : "}"}`;
    }
    default:
      throw new TypeError(`A fragment's facts are data, not ${typeof value}`);
  }
}

/** Rendered HTML placed as it is in a page: only for HTML this application rendered itself. */
export function renderedHtml(html: string): VNode {
  return jsxTemplate([html]) as VNode;
}
