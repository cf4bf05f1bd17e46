import { eq } from "drizzle-orm";
import { askAsMember } from "../features/privacy/requests/requests.ts";
import { privacyRequests } from "../features/privacy/schema.ts";
import type { Actor } from "../platform/auth/actor.ts";
import type { AppContext } from "../platform/context.ts";

const DAY = 86_400_000;

/**
 * Something for the demo's DPO: Julien's access request, received three weeks ago (its due day
 * is near), and Claire's objection, answered in time.
 */
export async function seedPrivacy(ctx: AppContext, who: (key: string) => Actor, now: Date): Promise<void> {
  const access = await askAsMember(ctx, who("julien"), {
    kind: "access",
    details: "Je voudrais savoir quelles données vous avez sur moi, et à qui vous les communiquez.",
    locale: "fr",
  });
  if (access.ok)
    await ctx.db
      .update(privacyRequests)
      .set({ receivedAt: new Date(now.getTime() - 21 * DAY), createdAt: new Date(now.getTime() - 21 * DAY) })
      .where(eq(privacyRequests.id, access.request.id));
  const objection = await askAsMember(ctx, who("claire"), {
    kind: "objection",
    details: "Merci de ne plus utiliser mes messages publics pour vos statistiques.",
    locale: "fr",
  });
  if (objection.ok)
    await ctx.db
      .update(privacyRequests)
      .set({
        receivedAt: new Date(now.getTime() - 40 * DAY),
        createdAt: new Date(now.getTime() - 40 * DAY),
        status: "answered",
        answeredAt: new Date(now.getTime() - 30 * DAY),
        answer:
          "Vos messages ne servent qu'à la communauté ; les chiffres de la banque sont agrégés et ne vous désignent pas. Nous l'avons précisé au registre des traitements.",
        answeredBy: who("marc").id,
      })
      .where(eq(privacyRequests.id, objection.request.id));
}
