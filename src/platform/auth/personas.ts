import { may } from "./access.ts";
import type { Actor } from "./actor.ts";
import { ROLES, type Role } from "./roles.ts";

/**
 * The people the ladder distinguishes, as actors, for the policies' table-driven tests: a
 * visitor, a member with and without a verified e-mail, and each staff role with its second
 * factor given, enrolled but not given in this session, or never enrolled.
 */
export type Persona =
  | "visitor"
  | "unverified member"
  | "member"
  | `${Exclude<Role, "member">}`
  | `${Exclude<Role, "member">} without a second factor`
  | `${Exclude<Role, "member">} owing the second factor`;

export const STAFF_ROLES = ROLES.filter((role): role is Exclude<Role, "member"> => role !== "member");

function person(role: Role, facts: Partial<Actor> = {}): Actor {
  return {
    id: 100 + ROLES.indexOf(role),
    email: `${role}@exemple.fr`,
    displayName: role,
    role,
    locale: "fr",
    emailVerified: true,
    totpEnabled: role !== "member",
    secondFactorDone: role !== "member",
    silenced: false,
    sessionId: 1,
    ...facts,
  };
}

export const PERSONAS: ReadonlyMap<Persona, Actor | null> = new Map<Persona, Actor | null>([
  ["visitor", null],
  ["unverified member", person("member", { emailVerified: false })],
  ["member", person("member")],
  ...STAFF_ROLES.flatMap((role): [Persona, Actor][] => [
    [role, person(role)],
    [`${role} without a second factor`, person(role, { totpEnabled: false, secondFactorDone: false })],
    [`${role} owing the second factor`, person(role, { secondFactorDone: false })],
  ]),
]);

/** The personas a staff ability lets through: exactly its roles, second factor given. */
export function staffWithSecondFactor(roles: readonly Role[]): Persona[] {
  return STAFF_ROLES.filter((role) => roles.includes(role));
}

/** Who among the personas may use the ability now, in the personas' order. */
export function whoMay(ability: Parameters<typeof may>[1]): Persona[] {
  return [...PERSONAS].filter(([, actor]) => may(actor, ability)).map(([persona]) => persona);
}
