import type { Actor } from "../../src/platform/auth/actor.ts";
import type { Role } from "../../src/platform/auth/roles.ts";
import type { AppContext } from "../../src/platform/context.ts";
import { createPerson } from "./people.ts";

/** A staff member as the services see them once signed in with their second factor. */
export async function staffActor(
  ctx: AppContext,
  role: Exclude<Role, "member">,
  name = `${role} test`,
): Promise<Actor> {
  return (await staffMember(ctx, role, name)).actor;
}

/** A staff member: the account (to sign in with) and the actor the services see. */
export async function staffMember(ctx: AppContext, role: Exclude<Role, "member">, name = `${role} test`) {
  const person = await createPerson(ctx, role, undefined, name);
  const actor: Actor = {
    id: person.id,
    email: person.email,
    displayName: name,
    role,
    locale: "fr",
    emailVerified: true,
    totpEnabled: true,
    secondFactorDone: true,
    silenced: false,
    sessionId: 1,
  };
  return { person, actor };
}

/** A team with its members (available, with a capacity), straight in its tables. */
export async function teamWith(
  ctx: AppContext,
  slug: string,
  members: readonly { id: number; capacity?: number; available?: boolean }[],
): Promise<number> {
  const pool = ctx.database.pool;
  const { rows } = await pool.query(
    "insert into inbox_teams (slug, name_fr, name_en) values ($1, $1, $1) on conflict (slug) do update set slug = excluded.slug returning id",
    [slug],
  );
  const teamId = Number(rows[0].id);
  for (const m of members)
    await pool.query(
      "insert into inbox_team_members (team_id, account_id, capacity, available) values ($1, $2, $3, $4)",
      [teamId, m.id, m.capacity ?? 25, m.available ?? true],
    );
  return teamId;
}
