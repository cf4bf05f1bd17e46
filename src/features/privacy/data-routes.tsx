import type { FastifyInstance } from "fastify";
import { requireActor, sendRedirect } from "../../platform/auth/guards.ts";
import { truncateIp } from "../../platform/auth/tokens.ts";
import type { AppContext } from "../../platform/context.ts";
import { field } from "../../platform/http/forms.ts";
import { sendHtml, setFlash, viewContext } from "../../platform/http/render.ts";
import { i18nFor } from "../../platform/i18n/index.ts";
import { isSubscribed, setMemberSubscription } from "../newsletter/service.ts";
import { MyDataPage } from "./data-views.tsx";
import { exportPerson } from "./erasure.ts";

/** A member's own data: the page that explains it, and the download (access and portability). */
export async function dataRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  app.get("/compte/donnees", async (request, reply) => {
    const actor = requireActor(request);
    return sendHtml(
      reply,
      <MyDataPage
        v={viewContext(ctx, request, reply)}
        dpoContact={ctx.config.dpoContact}
        subscribed={await isSubscribed(ctx, actor.email)}
      />,
    );
  });

  // Granting and withdrawing are the same single step: tick or untick, save.
  app.post("/compte/consentements", async (request, reply) => {
    const actor = requireActor(request);
    await setMemberSubscription(
      ctx,
      { id: actor.id, email: actor.email, locale: actor.locale ?? request.i18n.locale },
      field(request, "consent") === "1",
      {
        page: "/compte/donnees",
        ipPrefix: truncateIp(request.ip),
        userAgent: request.headers["user-agent"] ?? null,
      },
    );
    setFlash(ctx, reply, "myData.consents.saved");
    return sendRedirect(reply, "/compte/donnees");
  });

  app.get("/compte/donnees.json", async (request, reply) => {
    const actor = requireActor(request);
    const { t } = i18nFor(request.i18n.locale);
    const data = await exportPerson(ctx.db, { accountId: actor.id, email: actor.email });
    // Secrets are not the person's data to carry away: they would only weaken the account.
    for (const row of (data.accounts ?? []) as Record<string, unknown>[]) {
      delete row.password_hash;
      delete row.totp_secret;
    }
    for (const row of (data.account_sessions ?? []) as Record<string, unknown>[]) delete row.token_hash;
    const body = {
      generatedAt: new Date().toISOString(),
      controller: ctx.config.bankName,
      dpoContact: ctx.config.dpoContact,
      information: {
        purposes: t("privacy.info.purposes"),
        recipients: t("privacy.info.recipients"),
        retention: t("privacy.info.retention"),
        source: t("privacy.info.source"),
        rights: t("privacy.info.rights", { contact: ctx.config.dpoContact }),
      },
      data,
    };
    return reply
      .header("content-disposition", 'attachment; filename="mes-donnees.json"')
      .header("cache-control", "no-store")
      .type("application/json; charset=utf-8")
      .send(JSON.stringify(body, null, 2));
  });
}
