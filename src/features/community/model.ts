import type { Actor } from "../../platform/auth/actor.ts";
import type { AppContext } from "../../platform/context.ts";
import type { FieldErrors } from "../../platform/views/components.tsx";
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
  /**
   * A digest of the post and its author as shown, made by PostgreSQL (threads.ts): what a kept
   * fragment's key holds instead of the post itself.
   */
  version: string;
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

/** A post as the services that change it (and moderation) read it. */
export interface PostForEdit {
  id: number;
  topic: Topic;
  position: number;
  authorId: number | null;
  bodyMarkdown: string;
  deleted: boolean;
}

/** What a member's post held for a moderator would publish: a new topic, or a reply in a topic. */
export type Submission =
  | { kind: "topic"; categorySlug: string; topicKind: string; title: string; body: string }
  | { kind: "reply"; topicId: number; replyToPostId: number | null; body: string };

/**
 * What the screen says of a member's text before it is published: refused with reasons, or
 * published as screened (`title` and `body`: watched words may have replaced some), after which the
 * community calls `published`; or, for a new post, held: `hold` keeps it aside for a moderator
 * and gives the held submission's id.
 */
export type Screened =
  | { verdict: "refuse"; errors: FieldErrors }
  | {
      verdict: "publish";
      title?: string | undefined;
      body: string;
      published(ctx: AppContext, postId: number): Promise<void>;
    }
  | {
      verdict: "hold";
      title?: string | undefined;
      body: string;
      hold(ctx: AppContext, submission: Submission): Promise<number>;
    };

/**
 * Moderation's part in publishing, which it registers with the community when the application
 * loads its features (publication-screen.ts): the community asks it, it does not import it.
 */
export interface PublicationScreen {
  /**
   * A member's new topic or reply; `approved`: a moderator let it through after a hold.
   * `author`: their posts in all and within `recentWindow`, read by the community with the rest
   * of its checks (sandbox.ts) so that the screening need not read them again.
   */
  screenNew(
    ctx: AppContext,
    author: Actor,
    text: { title?: string; body: string },
    options: { approved: boolean; author?: { published: number; recent: number } },
  ): Promise<Screened>;
  /** The interval, as PostgreSQL reads it ('2 minutes'), of the recent posts screenNew counts. */
  recentWindow: string;
  /** A member's change to their own post: never held (what would be is published, and flagged). */
  screenEdit(
    ctx: AppContext,
    author: Actor,
    text: { body: string },
  ): Promise<Exclude<Screened, { verdict: "hold" }>>;
  /** Where an author finds their held submissions: a writing form sends them there. */
  heldList: string;
}

/** A post just published, as the community tells those who watch what is said in public (the inbox). */
export interface PublishedPost {
  id: number;
  topic: { id: number; slug: string; title: string };
  categorySlug: string;
  /** 1 for a topic's opening post. */
  position: number;
  author: Actor;
  /** As published (masked, watched words replaced). */
  body: string;
  /** The post's address on the site. */
  path: string;
  at: Date;
}

/**
 * A feature that hears every post as it is published, in the publishing transaction (the inbox
 * opens a conversation when a post needs the bank's answer): registered from its index.ts when
 * the application loads its features (publication-watch.ts); the community does not import it.
 */
export interface PublicationWatcher {
  published(ctx: AppContext, post: PublishedPost): Promise<void>;
}

/** A topic whose members have been waiting for a staff answer, with what they wrote, oldest first. */
export interface WaitingTopic {
  topic: { id: number; slug: string; title: string };
  categorySlug: string;
  posts: {
    id: number;
    position: number;
    author: PublicProfile;
    body: string;
    path: string;
    at: Date;
  }[];
}
