import MarkdownIt from "markdown-it";
import { HANDLE_AT_START, profilePath } from "./mentions.ts";
import { rememberedFor } from "./remembered.ts";

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

/** What a text links to, read once for the several checks a post passes on its way to publication. */
const hrefsIn = rememberedFor(1_000_000, (source: string): readonly string[] => {
  const hrefs: string[] = [];
  for (const block of md.parse(source, {})) {
    for (const token of block.children ?? []) {
      if (token.type === "link_open") hrefs.push(token.attrGet("href") ?? "");
    }
  }
  return hrefs;
});

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

/**
 * The text of a post without Markdown, for excerpts and descriptions. Read through the same
 * parser that renders it, so what is not formatting stays whole: an address such as
 * "https://comparatif-frais.example/offre", a hyphenated word, a code span. Code blocks are
 * left out. With `linkTargets`, a link written "[label](address)" keeps its address after the
 * label (a statement of reasons must show what the post linked to). A long text is cut between
 * words, never inside an address, and says so with "…".
 */
export function plainText(source: string, maxLength = 200, options: { linkTargets?: boolean } = {}): string {
  const words: string[] = [];
  for (const block of md.parse(source, {})) {
    if (block.type !== "inline") continue;
    const children = block.children ?? [];
    let href: string | null = null;
    let label = "";
    children.forEach((token, i) => {
      if (token.type === "link_open") {
        href = token.attrGet("href");
        label = "";
      } else if (token.type === "link_close") {
        const target = href ?? "";
        const shown = options.linkTargets && /^https?:/i.test(target) && !sameAddress(label, target);
        if (shown) words.push(` (${target})`);
        href = null;
      } else if (token.type === "text" || token.type === "code_inline") {
        // "![alt](address)" is an image, which is off: its "!" is not text.
        const text = children[i + 1]?.type === "link_open" ? token.content.replace(/!$/, "") : token.content;
        if (href !== null) label += text;
        words.push(text);
      } else if (token.type === "softbreak" || token.type === "hardbreak") words.push(" ");
    });
    words.push(" ");
  }
  const text = words.join("").replace(/\s+/g, " ").trim();
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > 0 ? cut.slice(0, lastSpace) : cut.slice(0, maxLength - 1)).trimEnd()}…`;
}

/** A link whose label is its own address ("https://x.fr", or "x.fr" for "http://x.fr"). */
function sameAddress(label: string, href: string): boolean {
  const bare = (url: string) => url.replace(/^https?:\/\//i, "").replace(/\/$/, "");
  return bare(label.trim()) === bare(href);
}
