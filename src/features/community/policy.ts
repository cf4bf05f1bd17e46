import { may, memberAbility } from "../../platform/auth/access.ts";
import { type Actor, isStaff, staffReady } from "../../platform/auth/actor.ts";
import { moderate } from "../moderation/policy.ts";

/**
 * Who may do what in the community (in the spirit of Discourse's guardians): routes refuse
 * with it and views hide with it. Staff speak for the bank, so they must have passed their
 * second factor before anything they write is published under the verified badge.
 */
/**
 * What a route needs before the finer rules below are asked: writing (topics, replies, edits,
 * withdrawals, accepting, marking useful) needs a verified e-mail; keeping up (following,
 * bookmarks, notifications, mention suggestions) needs an account.
 */
export const writeInCommunity = memberAbility("community.write", "verified");
export const keepUpWithCommunity = memberAbility("community.keep_up");

export type CommunityAction =
  | { action: "start_topic"; category: { staffStartsTopics: boolean } }
  | { action: "reply"; topic: { deletedAt: Date | null } }
  | { action: "accept_answer"; topic: { kind: string; authorId: number | null; deletedAt: Date | null } }
  | { action: "edit_post"; post: PostFacts }
  | { action: "mark_helpful"; post: { authorId: number | null; deleted: boolean } }
  | { action: "moderate_post"; post: PostFacts }
  | { action: "delete_post"; post: PostFacts; topic: { acceptedPostId: number | null; replyCount: number } };

interface PostFacts {
  id: number;
  authorId: number | null;
  position: number;
  deleted: boolean;
}

function canWrite(actor: Actor): boolean {
  return actor.emailVerified && (!isStaff(actor) || staffReady(actor));
}

export function can(actor: Actor | null, request: CommunityAction): boolean {
  if (!actor || !canWrite(actor)) return false;
  switch (request.action) {
    case "start_topic":
      return !actor.silenced && (!request.category.staffStartsTopics || isStaff(actor));
    case "reply":
      return !actor.silenced && request.topic.deletedAt === null;
    case "accept_answer":
      return (
        request.topic.kind === "question" &&
        request.topic.deletedAt === null &&
        (request.topic.authorId === actor.id || isStaff(actor))
      );
    case "mark_helpful":
      // Useful to others: one's own post cannot earn one's own reputation.
      return !request.post.deleted && request.post.authorId !== actor.id;
    case "edit_post":
      return !actor.silenced && !request.post.deleted && request.post.authorId === actor.id;
    case "moderate_post":
      return !request.post.deleted && may(actor, moderate);
    case "delete_post": {
      const { post, topic } = request;
      if (post.deleted) return false;
      if (may(actor, moderate)) return true;
      if (post.authorId !== actor.id) return false;
      // An author may withdraw a reply, unless it is the accepted answer others rely on, and
      // an opening post only while nobody has answered it.
      return post.position === 1 ? topic.replyCount === 0 : topic.acceptedPostId !== post.id;
    }
  }
}
