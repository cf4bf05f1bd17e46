import type { FastifyReply } from "fastify";
import type { Feed } from "feed";

/** Sends a feed as RSS 2.0 or Atom 1.0, cacheable for five minutes. */
export function sendFeed(reply: FastifyReply, feed: Feed, format: "rss" | "atom"): FastifyReply {
  return reply
    .header("cache-control", "public, max-age=300")
    .type(format === "rss" ? "application/rss+xml; charset=utf-8" : "application/atom+xml; charset=utf-8")
    .send(format === "rss" ? feed.rss2() : feed.atom1());
}

/**
 * Text as HTML shows it: the characters that open markup or an entity become entities. Quotes
 * stay as they are (they mean nothing in element text), so "l'étranger" still reads right in
 * the readers that show an RSS title as plain text.
 */
export function textAsHtml(text: string): string {
  return text.replace(/[&<>]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * One entry of a feed, the only way the app adds one. The `feed` package writes an entry's
 * title and summary as HTML (`<title type="html"><![CDATA[…]]>`, RSS descriptions in
 * CDATA), and readers render them: a title typed as `<img src=x onerror=…>` ran in the
 * reader. Titles and summaries are people's text, so they go in escaped, and show as typed;
 * only `contentHtml`, which our own Markdown renderer made (raw HTML off), goes in as HTML.
 * Names (authors, categories) are written as XML text by the package, not as HTML.
 */
export function addFeedEntry(
  feed: Feed,
  entry: {
    title: string;
    link: string;
    date: Date;
    summaryText: string;
    contentHtml: string;
    author: string;
    category?: string;
    image?: string;
  },
): void {
  feed.addItem({
    title: textAsHtml(entry.title),
    id: entry.link,
    link: entry.link,
    date: entry.date,
    description: textAsHtml(entry.summaryText),
    content: entry.contentHtml,
    author: [{ name: entry.author }],
    ...(entry.category ? { category: [{ name: entry.category }] } : {}),
    ...(entry.image ? { image: entry.image } : {}),
  });
}
