import { type Actor, isStaff, staffReady } from "../../platform/auth/actor.ts";

/**
 * Who may do what in the community (in the spirit of Discourse's guardians): routes refuse
 * with it and views hide with it. Staff speak for the bank, so they must have passed their
 * second factor before anything they write is published under the verified badge.
 */
export type CommunityAction =
  | { action: "start_topic"; category: { staffStartsTopics: boolean } }
  | { action: "reply"; topic: { deletedAt: Date | null } }
  | { action: "accept_answer"; topic: { kind: string; authorId: number | null; deletedAt: Date | null } };

function canWrite(actor: Actor): boolean {
  return actor.emailVerified && (!isStaff(actor) || staffReady(actor));
}

export function can(actor: Actor | null, request: CommunityAction): boolean {
  if (!actor || !canWrite(actor)) return false;
  switch (request.action) {
    case "start_topic":
      return !request.category.staffStartsTopics || isStaff(actor);
    case "reply":
      return request.topic.deletedAt === null;
    case "accept_answer":
      return (
        request.topic.kind === "question" &&
        request.topic.deletedAt === null &&
        (request.topic.authorId === actor.id || isStaff(actor))
      );
  }
}
