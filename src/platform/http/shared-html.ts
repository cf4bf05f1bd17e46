import type { FastifyReply } from "fastify";

/**
 * What render.ts tells public-pages.ts about a reply: the HTML it sent, and whether that HTML
 * is the same for every visitor. Its own module, so the page cache does not import the
 * renderer (which needs the whole AppContext).
 */

/** A one-time confirmation for the next page (render.ts's setFlash); such a page is never shared. */
export const FLASH_COOKIE = "flash";

const rendered = new WeakMap<FastifyReply, Buffer>();
/** Replies whose page holds something for this visitor only (a CSRF token bound to their cookie). */
const personal = new WeakSet<FastifyReply>();

export function markRendered(reply: FastifyReply, html: Buffer): void {
  rendered.set(reply, html);
}

export function markPersonal(reply: FastifyReply): void {
  personal.add(reply);
}

/**
 * The HTML `sendHtml` sent for this reply, if it is the same for every visitor, so that public
 * pages can be kept (public-pages.ts).
 */
export function sharedHtmlOf(reply: FastifyReply): Buffer | undefined {
  return personal.has(reply) ? undefined : rendered.get(reply);
}
