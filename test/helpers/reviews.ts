import { isoDay, parisDay } from "../../src/calendar/index.ts";
import { newLinkSecret, secretHash } from "../../src/features/reviews/index.ts";
import { reviewInvitationBatches, reviewInvitations } from "../../src/features/reviews/schema.ts";
import type { AppContext } from "../../src/platform/context.ts";

/** Today on the app's clock, as a review form types it. */
export const today = (ctx: AppContext) => isoDay(parisDay(ctx.clock.now()));

/**
 * An invitation as the bank's systems would have sent it (rows written directly: the tests of
 * the writing side need a link, not the sending). Returns the link's token.
 */
export async function invitation(
  ctx: AppContext,
  over: Partial<typeof reviewInvitations.$inferInsert> = {},
): Promise<string> {
  const now = ctx.clock.now();
  const [batch] = await ctx.db
    .insert(reviewInvitationBatches)
    .values({ origin: "api", label: "tests", invited: 1, createdAt: now })
    .returning();
  const token = newLinkSecret();
  await ctx.db.insert(reviewInvitations).values({
    batchId: batch!.id,
    tokenHash: secretHash(token),
    email: `invite-${Math.random().toString(36).slice(2)}@exemple.fr`,
    firstName: "Camille",
    lastName: "Durand",
    experienceDate: today(ctx),
    product: "carte",
    expiresAt: new Date(now.getTime() + 30 * 86_400_000),
    createdAt: now,
    ...over,
  });
  return token;
}

/** A complete review form (50 characters at least), to change field by field. */
export const reviewForm = (ctx: AppContext, over: Record<string, string> = {}) => ({
  rating: "4",
  advice: "5",
  digital: "",
  fees: "3",
  availability: "",
  title: "Une conseillère attentive",
  body: "Ma conseillère a pris le temps de m'expliquer chaque ligne de mon prêt, sans jamais me presser.",
  product: "credit-immobilier",
  experienceDate: today(ctx),
  ...over,
});

/** The version of the review a moderator's page shows (its forms carry it with the decision). */
export const shownVersion = (html: string): { version: string } => ({
  version: /name="version" value="(\d+)"/.exec(html)?.[1] ?? "",
});
