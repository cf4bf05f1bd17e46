import MarkdownIt from "markdown-it";

/**
 * Markdown as members write it, rendered to HTML that is safe to publish: no raw HTML, links
 * only to http, https and mailto, marked as user content. Images are off (a third-party image
 * would be a request to another site before any consent) and so are headings (they would
 * break the page's heading outline).
 */
const md = new MarkdownIt({ html: false, linkify: true, breaks: true, typographer: false });
md.disable(["image", "heading", "lheading"]);
md.validateLink = (url: string) => /^(https?:\/\/|mailto:)/i.test(url.trim());

const renderToken: NonNullable<typeof md.renderer.rules.link_open> = (tokens, idx, options, _env, self) =>
  self.renderToken(tokens, idx, options);
md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  tokens[idx]!.attrSet("rel", "ugc nofollow noopener");
  return renderToken(tokens, idx, options, env, self);
};

export function renderMarkdown(source: string): string {
  return md.render(source);
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
