import { POSTS_PER_PAGE } from "./model.ts";

/** Addresses of the community's pages, for its own views and for other features' links. */

export function topicUrl(topic: { slug: string; id: number }, page = 1): string {
  return `/t/${topic.slug}/${topic.id}${page > 1 ? `?page=${page}` : ""}`;
}

/** The address of one post: its page of the topic, and its anchor. */
export function postUrl(
  topic: { slug: string; id: number },
  position: number,
  postsPerPage = POSTS_PER_PAGE,
): string {
  return `${topicUrl(topic, Math.ceil(position / postsPerPage))}#message-${position}`;
}
