import type { FastifyInstance } from "fastify";
import { requireActor } from "../../platform/auth/guards.ts";
import type { AppContext } from "../../platform/context.ts";
import { sendHtml, viewContext } from "../../platform/http/render.ts";
import { i18nFor } from "../../platform/i18n/index.ts";
import { MyDataPage } from "./data-views.tsx";
import { exportPerson } from "./erasure.ts";

/** A member's own data: the page that explains it, and the download (access and portability). */
export async function dataRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  app.get("/compte/donnees", async (request, reply) => {
    requireActor(request);
    return sendHtml(
      reply,
      <MyDataPage v={viewContext(ctx, request, reply)} dpoContact={ctx.config.dpoContact} />,
    );
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
