import { type Actor, staffReady } from "../../platform/auth/actor.ts";

/**
 * The newsroom speaks for the bank: community managers (and administrators) publish and edit,
 * once their second factor is given. Everyone reads; members comment through the community.
 */
export function canPublish(actor: Actor | null): actor is Actor {
  return (
    actor !== null &&
    (actor.role === "community_manager" || actor.role === "administrator") &&
    staffReady(actor)
  );
}
