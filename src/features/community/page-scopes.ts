/**
 * What the community's kept public pages depend on (platform/http/public-pages.ts): a topic's
 * pages, a category's listing, and the listings every topic appears in (the home page and
 * search). A write names what it changed, so a reply in one topic leaves the others' kept pages.
 */
export const LISTINGS_SCOPE = "listings";

/** The topics' search documents, which a reply's words reach a little later (search-documents.ts). */
export const SEARCH_SCOPE = "search";

export function topicScope(topicId: number): string {
  return `topic:${topicId}`;
}

export function categoryScope(categorySlug: string): string {
  return `category:${categorySlug}`;
}

/** What a change to a topic (a post, an edit, a reaction, an accepted answer) changes. */
export function topicChangeScopes(topic: { id: number }, category: { slug: string }): string[] {
  return [topicScope(topic.id), categoryScope(category.slug), LISTINGS_SCOPE];
}
