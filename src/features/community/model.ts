import type { PublicProfile } from "../accounts/model.ts";
import type { categories, TopicKind, topics } from "./schema.ts";

/**
 * The community's shapes and limits: what other features and the community's own views may
 * know about topics and posts without reaching its tables or its services.
 */

export const TOPICS_PER_PAGE = 30;
export const POSTS_PER_PAGE = 50;
export const TITLE_MIN = 10;
export const TITLE_MAX = 150;
export const BODY_MAX = 20_000;

export type Category = typeof categories.$inferSelect;
export type Topic = typeof topics.$inferSelect;
export const LISTINGS = ["latest", "unanswered", "solved", "topWeek", "topMonth", "topYear"] as const;
export type Listing = (typeof LISTINGS)[number];
export const TOP_LISTINGS: readonly Listing[] = ["topWeek", "topMonth", "topYear"];

/** What a purged post keeps in place of its words. */
export const PURGED = "—";

export interface TopicSummary {
  id: number;
  slug: string;
  title: string;
  kind: TopicKind;
  solved: boolean;
  replyCount: number;
  createdAt: Date;
  lastPostedAt: Date;
  category: Pick<Category, "slug" | "name" | "colour">;
  author: PublicProfile | null;
}

export interface PostView {
  id: number;
  position: number;
  /** The post this one answers (quote-reply): where to find it in the thread. */
  replyTo: { position: number; page: number } | null;
  helpfulCount: number;
  bodyHtml: string;
  createdAt: Date;
  editedAt: Date | null;
  deleted: boolean;
  deletedByModeration: boolean;
  hiddenByModeration: boolean;
  /** A moderator's public note on a change they made ("edited by moderation: …"). */
  moderationNote: string | null;
  authorId: number | null;
  author: PublicProfile | null;
}
