import { eq } from "drizzle-orm";
import type { FastifyInstance } from "fastify";
import { createAdministrator } from "../../src/features/accounts/admin.ts";
import { accounts } from "../../src/features/accounts/schema.ts";
import type { Actor } from "../../src/platform/auth/actor.ts";
import { hashPassword } from "../../src/platform/auth/passwords.ts";
import type { Role } from "../../src/platform/auth/roles.ts";
import { currentTotp, newTotpSecret, totpStep } from "../../src/platform/auth/totp.ts";
import type { AppContext } from "../../src/platform/context.ts";
import { Agent } from "./agent.ts";

export const PASSWORD = "un mot de passe assez long";

/**
 * PASSWORD's hash, computed once per test file and shared by the accounts it creates: a real
 * argon2id hash with the production settings (signing in still verifies it at full cost), without
 * paying those settings again for every person a test needs.
 */
let passwordHash: Promise<string> | undefined;
const hashOfPassword = () => (passwordHash ??= hashPassword(PASSWORD));

/**
 * The actor a service is given for this person, as a signed-in session would give it: staff have
 * an enrolled second factor and passed it in this session, members neither.
 */
export function actorOf(person: { id: number; email: string }, role: Role, displayName: string): Actor {
  const staff = role !== "member";
  return {
    id: person.id,
    email: person.email,
    displayName,
    role,
    locale: "fr",
    emailVerified: true,
    totpEnabled: staff,
    secondFactorDone: staff,
    silenced: false,
    sessionId: 1,
  };
}

/** Creates a verified account directly (staff get an enrolled TOTP secret) and returns its details. */
export async function createPerson(
  ctx: AppContext,
  role: Role,
  email = `${role}-${Math.random().toString(36).slice(2)}@exemple.fr`,
  displayName = `${role.slice(0, 20)} test`,
) {
  const totpSecret = role === "member" ? null : newTotpSecret();
  const [row] = await ctx.db
    .insert(accounts)
    .values({
      email,
      displayName,
      passwordHash: await hashOfPassword(),
      role,
      emailVerifiedAt: new Date(),
      totpSecret: totpSecret ? ctx.secrets.seal(totpSecret) : null,
      totpEnabledAt: totpSecret ? new Date() : null,
    })
    .returning();
  return { id: row!.id, email, role, totpSecret };
}

const usedSteps = new Map<string, number>();

/**
 * A code the app has not seen yet: each TOTP step is accepted once, and the app accepts the
 * steps on each side of its now, so a test signing the same person in again takes the next one
 * (and waits for the clock in the rare case all three were used). `at` is the app's clock when
 * a test has moved it.
 */
export async function unusedTotp(secret: string, at = new Date()): Promise<string> {
  const now = totpStep(at);
  const step = Math.max(now - 1, (usedSteps.get(secret) ?? -Infinity) + 1);
  if (step > now + 1)
    await new Promise((resolve) => setTimeout(resolve, (step - 1) * 30_000 - at.getTime() + 50));
  usedSteps.set(secret, step);
  return currentTotp(secret, step);
}

/** Signs a person in through the real forms, second factor included for staff (`at`: the app's clock, if moved). */
export async function signedIn(
  app: FastifyInstance,
  person: { email: string; totpSecret: string | null },
  at?: Date,
): Promise<Agent> {
  const agent = new Agent(app);
  await agent.get("/connexion");
  const response = await agent.post("/connexion", { email: person.email, password: PASSWORD });
  if (response.statusCode !== 303) throw new Error(`Sign-in failed: ${response.statusCode}`);
  if (person.totpSecret) {
    await agent.get("/connexion/second-facteur");
    const second = await agent.post("/connexion/second-facteur", {
      code: await unusedTotp(person.totpSecret, at),
    });
    if (second.statusCode !== 303) throw new Error(`Second factor failed: ${second.statusCode}`);
  }
  return agent;
}

export async function administrator(ctx: AppContext) {
  const email = `admin-${Math.random().toString(36).slice(2)}@exemple.fr`;
  const { id } = await createAdministrator(ctx, { email, displayName: "Admin test", password: PASSWORD });
  const secret = newTotpSecret();
  await ctx.db
    .update(accounts)
    .set({ totpSecret: ctx.secrets.seal(secret), totpEnabledAt: new Date() })
    .where(eq(accounts.id, id));
  return { id, email, role: "administrator" as const, totpSecret: secret };
}
