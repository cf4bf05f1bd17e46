import MarkdownIt from "markdown-it";
import { HANDLE_AT_START, profilePath } from "./mentions.ts";

/**
 * Markdown as members write it, rendered to HTML that is safe to publish: no raw HTML, links
 * only to http, https and mailto, marked as user content. Images are off (a third-party image
 * would be a request to another site before any consent) and so are headings (they would
 * break the page's heading outline).
 */
const md = new MarkdownIt({ html: false, linkify: true, breaks: true, typographer: false });
md.disable(["image", "heading", "lheading"]);
md.validateLink = (url: string) => /^(https?:\/\/|mailto:|\/membres\/\d+$)/i.test(url.trim());

// "@claire-martin-12" becomes a link to that member's profile (linkify only looks at plain
// text: code spans and existing links are left alone, and "a@b.fr" is an address, not a mention).
md.linkify.add("@", {
  validate: (text, pos) => HANDLE_AT_START.exec(text.slice(pos))?.[0].length ?? 0,
  normalize: (match) => {
    match.url = profilePath(Number(/(\d+)$/.exec(match.url)![1]));
  },
});
const MENTION_HREF = /^\/membres\/(\d+)$/;

const renderToken: NonNullable<typeof md.renderer.rules.link_open> = (tokens, idx, options, _env, self) =>
  self.renderToken(tokens, idx, options);
md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  const token = tokens[idx]!;
  if (MENTION_HREF.test(token.attrGet("href") ?? "")) token.attrSet("class", "mention");
  else token.attrSet("rel", "ugc nofollow noopener");
  return renderToken(tokens, idx, options, env, self);
};

export function renderMarkdown(source: string): string {
  return md.render(source);
}

/** The outside addresses a text links to, as it will be rendered (mentions left out). */
export function urlsIn(source: string): string[] {
  return hrefsIn(source).filter((href) => !MENTION_HREF.test(href));
}

function hrefsIn(source: string): string[] {
  const hrefs: string[] = [];
  for (const block of md.parse(source, {})) {
    for (const token of block.children ?? []) {
      if (token.type === "link_open") hrefs.push(token.attrGet("href") ?? "");
    }
  }
  return hrefs;
}

/** What a text links to, as it will be rendered: outside links, and the members it mentions. */
export function linksIn(source: string): { outside: number; mentions: number[] } {
  let outside = 0;
  const mentions = new Set<number>();
  for (const href of hrefsIn(source)) {
    const mention = MENTION_HREF.exec(href);
    if (mention) mentions.add(Number(mention[1]));
    else outside++;
  }
  return { outside, mentions: [...mentions] };
}

/** The text of a post without Markdown, for excerpts and descriptions. */
export function plainText(source: string, maxLength = 200): string {
  const text = source
    .replace(/```[\s\S]*?```/g, " ")
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[*_`>#~|-]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return text.length > maxLength ? `${text.slice(0, maxLength - 1).trimEnd()}…` : text;
}
