import type { FastifyInstance, FastifyRequest } from "fastify";
import { DomainError, forbidden } from "../http/errors.ts";
import { isApiRequest } from "../http/problem.ts";
import { type Actor, isStaff, staffReady } from "./actor.ts";
import { RedirectRequired } from "./guards.ts";
import type { Role } from "./roles.ts";

/**
 * The one ladder every ability stands on, stated once:
 * visitor → signed in → e-mail verified → staff, where "staff" means a staff role **and** a
 * second factor given in this session. A staff ability cannot be written without the last
 * rung: `staffAbility` is the only way to make one.
 */
export type Rung = "signed_in" | "verified" | "staff";

/**
 * What a route declares: an ability, or `publicAccess` for a route anyone may use (a visitor
 * included). Every route declares one or the other; start-up fails otherwise.
 */
export type Access = Ability | typeof publicAccess;

/** Open to everyone, visitors included: the route itself decides what each person sees. */
export const publicAccess = { name: "public", rung: "public" } as const;

export interface Ability {
  /** A stable name, for the route table, logs and tests. */
  readonly name: string;
  readonly rung: Rung;
  /** Who on that rung may: a pure function of the actor. */
  readonly allows: (actor: Actor) => boolean;
}

/** An ability that belongs to some staff roles only; it always needs the second factor. */
export function staffAbility(name: string, roles: readonly Role[]): Ability {
  return { name, rung: "staff", allows: (actor) => roles.includes(actor.role) };
}

/** An ability of any signed-in person (optionally: with a verified e-mail). */
export function memberAbility(name: string, rung: "signed_in" | "verified" = "signed_in"): Ability {
  return { name, rung, allows: () => true };
}

function stands(actor: Actor, rung: Rung): boolean {
  switch (rung) {
    case "signed_in":
      return true;
    case "verified":
      return actor.emailVerified;
    case "staff":
      return isStaff(actor) && staffReady(actor);
  }
}

/** For views and services: may this person use the ability (or the public route) now? */
export function may(actor: Actor | null, ability: Access): boolean {
  if (ability.rung === "public") return true;
  return actor !== null && stands(actor, ability.rung) && ability.allows(actor);
}

/**
 * The one guard: the actor when they may use `ability`; otherwise sign in first (visitors),
 * enrol or give the second factor first (staff without it), or 403.
 */
export function authorize(request: FastifyRequest, ability: Ability): Actor {
  const actor = request.actor;
  if (!actor) {
    if (isApiRequest(request) || request.method !== "GET") {
      throw new DomainError("sign_in_required", 401, "error.401.body");
    }
    throw new RedirectRequired(`/connexion?suite=${encodeURIComponent(request.url)}`);
  }
  if (ability.rung === "staff" && isStaff(actor) && !staffReady(actor) && ability.allows(actor)) {
    if (isApiRequest(request) || request.method !== "GET")
      throw new DomainError("second_factor_required", 403, "staff.secondFactorRequired");
    throw new RedirectRequired("/compte/securite");
  }
  if (ability.rung === "verified" && !actor.emailVerified) throw emailUnverified();
  if (!may(actor, ability)) throw forbidden();
  return actor;
}

const emailUnverified = () => new DomainError("email_unverified", 403, "access.emailUnverified");

/** URL areas that belong to staff: every route there must declare a staff ability. */
export const STAFF_AREAS = ["/admin", "/moderation", "/api/v1/admin"] as const;

export function inStaffArea(url: string): boolean {
  return STAFF_AREAS.some((area) => url === area || url.startsWith(`${area}/`) || url.startsWith(`${area}.`));
}

/**
 * Every route's ability is enforced here, before the body is even read (an upload from someone
 * who may not write is refused unread) and before any handler runs.
 * A route declares it with `config: { access }` (see `declared`), or its plugin gives one to all
 * its routes with `guardRoutes`. Start-up fails when a route declares nothing, and when a route
 * in a staff area has no staff ability, so a new page cannot be reached with a password alone.
 */
export function installAccess(app: FastifyInstance): void {
  app.addHook("onRequest", async (request) => {
    const access = request.routeOptions.config.access;
    if (access && access.rung !== "public") authorize(request, access);
  });
  app.addHook("onReady", async () => {
    const undeclared = app.routeTable
      .filter((route) => route.access() === undefined)
      .map((route) => `${route.method} ${route.url}`);
    if (undeclared.length > 0) {
      throw new Error(`Routes that declare no access (config.access): ${undeclared.join(", ")}`);
    }
    const unguarded = app.routeTable
      .filter((route) => inStaffArea(route.url) && route.access()?.rung !== "staff")
      .map((route) => `${route.method} ${route.url}`);
    if (unguarded.length > 0) {
      throw new Error(`Staff routes without a staff ability: ${unguarded.join(", ")}`);
    }
  });
}

/** Route options that declare who may use the route, merged with its other options. */
export function declared<Options extends { config?: object }>(
  access: Access,
  options?: Options,
): Options & { config: { access: Access } } {
  return { ...(options as Options), config: { ...options?.config, access } };
}

/** Gives every route of this plugin the access, unless a route declares its own. */
export function guardRoutes(app: FastifyInstance, ability: Access): void {
  app.addHook("onRoute", (route) => {
    route.config = { ...route.config, access: route.config?.access ?? ability };
  });
}

/** Inside a guarded handler: the actor the guard let through. */
export function authorizedActor(request: FastifyRequest): Actor {
  const access = request.routeOptions.config.access;
  if (!access || access.rung === "public") throw new Error(`${request.routeOptions.url} declares no ability`);
  return authorize(request, access);
}
